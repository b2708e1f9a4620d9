package io.leakscope.core.obligations.eu;

import io.leakscope.core.obligations.CaseFacts;
import io.leakscope.core.obligations.ForeignResidents;
import io.leakscope.core.obligations.Obligation;
import io.leakscope.core.obligations.ObligationRule;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Set;

/**
 * GDPR Art. 33: a personal-data breach is notified to the supervisory authority without undue delay
 * and where feasible within 72 hours of awareness (clock hours, weekends included); without an EU
 * establishment, to the authority of every member state where affected people live (EDPB 9/2022
 * ¶73). Trigger G1: residents of the EU/EEA among the affected persons.
 */
public final class GdprNotifyAuthority implements ObligationRule {
    /** EU member states and the EEA countries where the GDPR applies. */
    public static final Set<String> EEA = Set.of("AT", "BE", "BG", "HR", "CY", "CZ", "DK", "EE", "FI", "FR", "DE", "GR", "HU", "IE", "IT", "LV",
            "LT", "LU", "MT", "NL", "PL", "PT", "RO", "SK", "SI", "ES", "SE", "IS", "LI", "NO");

    @Override
    public LocalDate effectiveFrom() {
        return LocalDate.of(2018, 5, 25);
    }

    @Override
    public Obligation evaluate(CaseFacts f) {
        ForeignResidents r = ForeignResidents.of(f, EEA);
        String recipient = r.countries().isEmpty() ? "supervisory authority" : "supervisory authorities of " + String.join(", ", r.countries());
        return new Obligation("eu.gdpr.notify_authority", "EU", "GDPR", recipient, "notify_authority", r.required(true),
                DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(f.awareAt().plusHours(72)),
                "without undue delay, where feasible within 72 hours of awareness (Art. 33); " + r.caveat(),
                r.residents() > 0 ? List.of("G1") : List.of(), r.residents(), "to_confirm");
    }
}
