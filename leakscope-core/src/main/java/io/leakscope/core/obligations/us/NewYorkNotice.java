package io.leakscope.core.obligations.us;

import io.leakscope.core.obligations.CaseFacts;
import io.leakscope.core.obligations.ForeignResidents;
import io.leakscope.core.obligations.ResidentsRule;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/**
 * New York GBL 899-aa (from 2024-12-21): residents within 30 days of discovery; any New York
 * resident notified means the Attorney General, the Department of State and the State Police too
 * (and DFS if regulated); consumer reporting agencies above 5,000. The state of a US resident is
 * rarely in the files, so every US resident counts until a reviewer knows better.
 */
public final class NewYorkNotice extends ResidentsRule {

    public NewYorkNotice() {
        super("us-ny.gbl899aa.notify_individuals", "US-NY", "N.Y. GBL 899-aa", "New York residents; AG, Department of State, State Police",
                "notify_individuals", Set.of("US"), LocalDate.of(2024, 12, 21));
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
        return "30 days of discovery; AG, Department of State and State Police when any resident is notified; CRAs above 5,000; state to confirm";
    }
}
