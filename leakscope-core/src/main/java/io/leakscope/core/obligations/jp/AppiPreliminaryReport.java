package io.leakscope.core.obligations.jp;

import io.leakscope.core.obligations.CaseFacts;
import io.leakscope.core.obligations.Obligation;
import io.leakscope.core.obligations.ObligationRule;
import java.time.LocalDate;

/**
 * APPI 速報: a preliminary report to the PPC "promptly" (法26条1項, 規則8条1項) with what is known,
 * when a reportable situation applies. The guideline reading is 3–5 days: the due date is day 5,
 * with day 3 as the warning (day of awareness = day 1).
 */
public final class AppiPreliminaryReport implements ObligationRule {

    @Override
    public LocalDate effectiveFrom() {
        return LocalDate.of(2022, 4, 1);
    }

    @Override
    public Obligation evaluate(CaseFacts f) {
        AppiSituations s = AppiSituations.of(f);
        LocalDate aware = f.awareDateJst();
        return new Obligation("jp.appi.preliminary_report", "JP", "APPI", "PPC", "preliminary_report", AppiSituations.exemptIfEntrusted(f, s.required()),
                aware.plusDays(4).toString(), "promptly; guideline 3–5 days: warn on day 3 (" + aware.plusDays(2) + "), overdue after day 5 "
                + "(day of awareness = day 1)", s.triggers(), f.persons().size(), "rule");
    }
}
