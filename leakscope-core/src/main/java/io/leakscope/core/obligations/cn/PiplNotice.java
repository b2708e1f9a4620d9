package io.leakscope.core.obligations.cn;

import io.leakscope.core.obligations.CaseFacts;
import io.leakscope.core.obligations.ForeignResidents;
import io.leakscope.core.obligations.ResidentsRule;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/**
 * China PIPL Art. 57: a leak that occurs or may occur is remedied and reported immediately to the
 * personal-information authority and the persons (C1, no threshold); from 2025-11-01 the CAC
 * incident measures require the provincial CAC within 4 hours at one million persons or more (C2).
 */
public final class PiplNotice extends ResidentsRule {
    static final int C2_THRESHOLD = 1_000_000;

    public PiplNotice() {
        super("cn.pipl.notify_authority", "CN", "PIPL", "PI protection authority (CAC)", "notify_authority", Set.of("CN"), LocalDate.of(2021, 11, 1));
    }

    @Override
    protected List<String> triggers(CaseFacts f, ForeignResidents r) {
        return r.residents() >= C2_THRESHOLD ? List.of("C1", "C2") : List.of("C1");
    }

    @Override
    protected String due(CaseFacts f) {
        return null;
    }

    @Override
    protected String rule() {
        return "immediately (Art. 57); within 4 hours to the provincial CAC at 1,000,000 persons or more (from 2025-11-01)";
    }
}
