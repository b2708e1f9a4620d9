package io.leakscope.core.obligations.hk;

import io.leakscope.core.obligations.CaseFacts;
import io.leakscope.core.obligations.ForeignResidents;
import io.leakscope.core.obligations.Obligation;
import io.leakscope.core.obligations.ObligationRule;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/**
 * Hong Kong PDPO: no statutory duty to notify; the PCPD's guidance asks for notice to the PCPD and
 * the persons as soon as practicable. Kept in the list, never required.
 */
public final class PdpoNotice implements ObligationRule {

    @Override
    public LocalDate effectiveFrom() {
        return LocalDate.of(2012, 10, 1);
    }

    @Override
    public Obligation evaluate(CaseFacts f) {
        ForeignResidents r = ForeignResidents.of(f, Set.of("HK"));
        return new Obligation("hk.pdpo.notify_authority", "HK", "PDPO", "PCPD (voluntary)", "notify_authority", Obligation.Required.FALSE, null,
                "no statutory duty: the PCPD guidance asks for notice as soon as practicable (voluntary); " + r.caveat(), List.of(),
                r.residents(), "rule");
    }
}
