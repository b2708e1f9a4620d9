package io.leakscope.core.obligations.sg;

import io.leakscope.core.obligations.CaseFacts;
import io.leakscope.core.obligations.ForeignResidents;
import io.leakscope.core.obligations.Obligation;
import io.leakscope.core.obligations.ObligationRule;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Singapore PDPA Part 6A: a breach is notifiable when significant harm is likely (S2: special-care,
 * financial, credential or national-id data) or it affects 500 or more persons (S1). The
 * organisation assesses within 30 days and notifies the PDPC within 3 calendar days after the
 * assessment; the due date is the latest: awareness + 30 + 3 days.
 */
public final class PdpaNotifyCommission implements ObligationRule {
    static final int S1_THRESHOLD = 500;

    @Override
    public LocalDate effectiveFrom() {
        return LocalDate.of(2021, 2, 1);
    }

    @Override
    public Obligation evaluate(CaseFacts f) {
        Set<String> sg = Set.of("SG");
        ForeignResidents r = ForeignResidents.of(f, sg);
        List<String> triggers = new ArrayList<>();
        if (r.residents() >= S1_THRESHOLD) {
            triggers.add("S1");
        }
        if (ForeignResidents.harmful(f, sg)) {
            triggers.add("S2");
        }
        LocalDate due = f.awareDateJst().plusDays(33);
        return new Obligation("sg.pdpa.notify_authority", "SG", "PDPA", "PDPC", "notify_authority", r.required(!triggers.isEmpty()),
                due.toString(), "assess within 30 days, then notify within 3 calendar days (latest " + due + "); " + r.caveat(),
                triggers, r.residents(), "to_confirm");
    }
}
