package io.leakscope.core.obligations.jp;

import io.leakscope.core.obligations.CaseFacts;
import io.leakscope.core.obligations.Obligation;
import io.leakscope.core.obligations.ObligationRule;
import java.time.LocalDate;

/**
 * My Number Act 確報 to the PPC: 30 days, 60 when the leak was possibly for an improper purpose (M2);
 * the 60-day reading is to be confirmed by counsel.
 */
public final class MyNumberFinalReport implements ObligationRule {

    @Override
    public LocalDate effectiveFrom() {
        return LocalDate.of(2022, 4, 1);
    }

    @Override
    public Obligation evaluate(CaseFacts f) {
        MyNumberSituations s = MyNumberSituations.of(f);
        boolean improper = s.triggers().contains("M2");
        JapaneseDeadlines.Deadline d = JapaneseDeadlines.days(f.awareDateJst(), improper ? 60 : 30, improper ? "improper purpose" : "standard");
        return new Obligation("jp.mynumber.final_report", "JP", "My Number Act", "PPC", "final_report", s.required(), d.due().toString(),
                d.note(), s.triggers(), s.persons(), improper ? "to_confirm" : "rule");
    }
}
