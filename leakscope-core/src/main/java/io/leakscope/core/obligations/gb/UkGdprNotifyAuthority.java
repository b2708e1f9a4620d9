package io.leakscope.core.obligations.gb;

import io.leakscope.core.obligations.CaseFacts;
import io.leakscope.core.obligations.ForeignResidents;
import io.leakscope.core.obligations.Obligation;
import io.leakscope.core.obligations.ObligationRule;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Set;

/** UK GDPR Art. 33: the ICO, separately from any EU authority, within 72 hours where feasible. */
public final class UkGdprNotifyAuthority implements ObligationRule {

    @Override
    public LocalDate effectiveFrom() {
        return LocalDate.of(2021, 1, 1);
    }

    @Override
    public Obligation evaluate(CaseFacts f) {
        ForeignResidents r = ForeignResidents.of(f, Set.of("GB"));
        return new Obligation("gb.ukgdpr.notify_authority", "GB", "UK GDPR", "ICO", "notify_authority", r.required(true),
                DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(f.awareAt().plusHours(72)),
                "without undue delay, where feasible within 72 hours of awareness; " + r.caveat(),
                r.residents() > 0 ? List.of("G1") : List.of(), r.residents(), "to_confirm");
    }
}
