package io.leakscope.core.obligations.jp;

import io.leakscope.core.obligations.CaseFacts;
import io.leakscope.core.obligations.Obligation;
import io.leakscope.core.obligations.ObligationRule;
import java.time.LocalDate;

/**
 * APPI 委託先の通知 (法26条1項ただし書): a business that handled the data on behalf of another
 * (entrusted) notifies the entrusting business promptly when a reportable situation applies; once
 * it has, the PPC report and the notices are the entrusting business's to make.
 */
public final class AppiNotifyEntrustingParty implements ObligationRule {

    @Override
    public LocalDate effectiveFrom() {
        return LocalDate.of(2022, 4, 1);
    }

    @Override
    public Obligation evaluate(CaseFacts f) {
        AppiSituations s = AppiSituations.of(f);
        Obligation.Required required = f.entrusted() ? s.required() : Obligation.Required.FALSE;
        return new Obligation("jp.appi.notify_entrusting_party", "JP", "APPI", "entrusting business", "notify_entrusting_party", required,
                null, f.entrusted() ? "promptly; then exempt from the PPC report and the notices (法26条1項ただし書)"
                : "the case is not set as entrusted (case.entrusted)", s.triggers(), f.persons().size(), "rule");
    }
}
