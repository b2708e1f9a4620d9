package io.leakscope.core.obligations.jp;

import io.leakscope.core.obligations.CaseFacts;
import io.leakscope.core.obligations.Obligation;
import io.leakscope.core.obligations.ObligationRule;
import java.time.LocalDate;

/** My Number Act 速報 to the PPC, promptly, as under APPI (guideline 3–5 days). */
public final class MyNumberPreliminaryReport implements ObligationRule {

    @Override
    public LocalDate effectiveFrom() {
        return LocalDate.of(2022, 4, 1);
    }

    @Override
    public Obligation evaluate(CaseFacts f) {
        MyNumberSituations s = MyNumberSituations.of(f);
        LocalDate aware = f.awareDateJst();
        return new Obligation("jp.mynumber.preliminary_report", "JP", "My Number Act", "PPC", "preliminary_report", s.required(),
                aware.plusDays(4).toString(), "promptly; guideline 3–5 days: warn on day 3 (" + aware.plusDays(2) + "), overdue after day 5",
                s.triggers(), s.persons(), "rule");
    }
}
