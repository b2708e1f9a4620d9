package io.leakscope.core.obligations.th;

import io.leakscope.core.obligations.CaseFacts;
import io.leakscope.core.obligations.ForeignResidents;
import io.leakscope.core.obligations.ResidentsRule;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/** Thailand PDPA s37(4): any breach unless it carries no risk (T1) goes to the PDPC Office within 72 hours where feasible. */
public final class PdpaThNotice extends ResidentsRule {

    public PdpaThNotice() {
        super("th.pdpa.notify_authority", "TH", "PDPA (Thailand)", "PDPC Office", "notify_authority", Set.of("TH"), LocalDate.of(2022, 6, 1));
    }

    @Override
    protected List<String> triggers(CaseFacts f, ForeignResidents r) {
        return List.of("T1");
    }

    @Override
    protected String due(CaseFacts f) {
        return hoursAfterAwareness(f, 72);
    }

    @Override
    protected String rule() {
        return "within 72 hours where feasible; persons without delay if the risk is high (s37(4))";
    }
}
