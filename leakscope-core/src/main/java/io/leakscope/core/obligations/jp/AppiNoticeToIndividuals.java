package io.leakscope.core.obligations.jp;

import io.leakscope.core.obligations.CaseFacts;
import io.leakscope.core.obligations.Obligation;
import io.leakscope.core.obligations.ObligationRule;
import java.time.LocalDate;

/**
 * APPI 本人への通知 (法26条2項, 規則10条): notice to every affected person "promptly, as the situation
 * allows", carrying items 1, 2, 4, 5 and 9 of the report; no fixed days. Where notice is difficult,
 * a public announcement or a published inquiry contact may stand in (to be confirmed by counsel).
 */
public final class AppiNoticeToIndividuals implements ObligationRule {

    @Override
    public LocalDate effectiveFrom() {
        return LocalDate.of(2022, 4, 1);
    }

    @Override
    public Obligation evaluate(CaseFacts f) {
        AppiSituations s = AppiSituations.of(f);
        return new Obligation("jp.appi.notify_individuals", "JP", "APPI", "affected persons", "notify_individuals", AppiSituations.exemptIfEntrusted(f, s.required()), null,
                "promptly, as the situation allows (規則10条); no fixed days", s.triggers(), f.persons().size(), "rule");
    }
}
