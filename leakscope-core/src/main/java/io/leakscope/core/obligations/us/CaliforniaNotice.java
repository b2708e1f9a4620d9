package io.leakscope.core.obligations.us;

import io.leakscope.core.obligations.CaseFacts;
import io.leakscope.core.obligations.ForeignResidents;
import io.leakscope.core.obligations.ResidentsRule;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/**
 * California Civ. Code 1798.82 (as amended from 2026-01-01): residents are notified within 30
 * calendar days of discovery under the heading "Notice of Data Breach"; above 500 residents a
 * sample notice goes to the Attorney General within 15 days of notifying them. The state of a US
 * resident is rarely in the files, so every US resident counts until a reviewer knows better.
 */
public final class CaliforniaNotice extends ResidentsRule {

    public CaliforniaNotice() {
        super("us-ca.civ1798_82.notify_individuals", "US-CA", "Cal. Civ. Code 1798.82", "California residents; the AG above 500",
                "notify_individuals", Set.of("US"), LocalDate.of(2026, 1, 1));
    }

    @Override
    protected List<String> triggers(CaseFacts f, ForeignResidents r) {
        return UsStateNotice.coveredData(f);
    }

    @Override
    protected String due(CaseFacts f) {
        return f.awareDateJst().plusDays(30).toString();
    }

    @Override
    protected String rule() {
        return "30 calendar days of discovery; AG sample notice within 15 days after, above 500 residents; state of residence to confirm";
    }
}
