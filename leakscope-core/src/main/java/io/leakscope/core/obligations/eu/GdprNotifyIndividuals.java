package io.leakscope.core.obligations.eu;

import io.leakscope.core.obligations.CaseFacts;
import io.leakscope.core.obligations.ForeignResidents;
import io.leakscope.core.obligations.Obligation;
import io.leakscope.core.obligations.ObligationRule;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * GDPR Art. 34: where the breach is likely to result in a high risk, the persons are told without
 * undue delay, in plain language. G2 (high risk): a malicious cause (ransomware with exfiltration is
 * usually high risk) or harmful data of a resident; exemptions (encryption, later measures,
 * disproportionate effort) are for counsel.
 */
public final class GdprNotifyIndividuals implements ObligationRule {

    @Override
    public LocalDate effectiveFrom() {
        return LocalDate.of(2018, 5, 25);
    }

    @Override
    public Obligation evaluate(CaseFacts f) {
        ForeignResidents r = ForeignResidents.of(f, GdprNotifyAuthority.EEA);
        boolean highRisk = !f.encryptedOk() && (f.malicious() || ForeignResidents.harmful(f, GdprNotifyAuthority.EEA));
        List<String> triggers = new ArrayList<>();
        if (r.residents() > 0) {
            triggers.add("G1");
            if (highRisk) {
                triggers.add("G2");
            }
        }
        return new Obligation("eu.gdpr.notify_individuals", "EU", "GDPR", "affected persons", "notify_individuals", r.required(highRisk), null,
                "without undue delay where the risk is high (Art. 34); " + r.caveat(), triggers, r.residents(), "to_confirm");
    }
}
