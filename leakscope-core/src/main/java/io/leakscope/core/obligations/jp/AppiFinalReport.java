package io.leakscope.core.obligations.jp;

import io.leakscope.core.obligations.CaseFacts;
import io.leakscope.core.obligations.Obligation;
import io.leakscope.core.obligations.ObligationRule;
import java.time.LocalDate;

/**
 * APPI 確報: the final report to the PPC within 30 days, 60 days when the leak was possibly caused
 * with a wrongful purpose (A3), even combined with other situations (規則8条2項). APPI counts every
 * person whose data the business held, whatever their residence.
 */
public final class AppiFinalReport implements ObligationRule {

    @Override
    public LocalDate effectiveFrom() {
        return LocalDate.of(2022, 4, 1);
    }

    @Override
    public Obligation evaluate(CaseFacts f) {
        AppiSituations s = AppiSituations.of(f);
        boolean wrongful = s.triggers().contains("A3");
        JapaneseDeadlines.Deadline d = JapaneseDeadlines.days(f.awareDateJst(), wrongful ? 60 : 30, wrongful ? "wrongful purpose" : "standard");
        return new Obligation("jp.appi.final_report", "JP", "APPI", "PPC", "final_report", AppiSituations.exemptIfEntrusted(f, s.required()), d.due().toString(), d.note(),
                s.triggers(), f.persons().size(), "rule");
    }
}
