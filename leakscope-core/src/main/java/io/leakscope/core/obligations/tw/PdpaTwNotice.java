package io.leakscope.core.obligations.tw;

import io.leakscope.core.obligations.CaseFacts;
import io.leakscope.core.obligations.ForeignResidents;
import io.leakscope.core.obligations.ResidentsRule;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/**
 * Taiwan PDPA Art. 12: persons whose data was stolen, leaked or altered (TW1) are told after the
 * investigation; sector rules add 72-hour regulator reports, and a 2025 amendment (not in force)
 * adds them generally.
 */
public final class PdpaTwNotice extends ResidentsRule {

    public PdpaTwNotice() {
        super("tw.pdpa.notify_individuals", "TW", "PDPA (Taiwan)", "affected persons", "notify_individuals", Set.of("TW"), LocalDate.of(2012, 10, 1));
    }

    @Override
    protected List<String> triggers(CaseFacts f, ForeignResidents r) {
        return List.of("TW1");
    }

    @Override
    protected String due(CaseFacts f) {
        return null;
    }

    @Override
    protected String rule() {
        return "after the investigation (Art. 12); 72 hours to the regulator under sector rules";
    }
}
