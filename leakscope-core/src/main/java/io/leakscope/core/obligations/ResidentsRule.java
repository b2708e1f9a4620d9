package io.leakscope.core.obligations;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Set;

/**
 * A rule of a foreign law that applies through the persons living under it: it names its
 * countries, its predicates over the case and its deadline; the shared part counts the residents
 * and adds the reach caveat ({@link ForeignResidents}).
 */
public abstract class ResidentsRule implements ObligationRule {
    private final String id;
    private final String jurisdiction;
    private final String law;
    private final String recipient;
    private final String action;
    private final Set<String> countries;
    private final LocalDate effectiveFrom;

    protected ResidentsRule(String id, String jurisdiction, String law, String recipient, String action, Set<String> countries,
                            LocalDate effectiveFrom) {
        this.id = id;
        this.jurisdiction = jurisdiction;
        this.law = law;
        this.recipient = recipient;
        this.action = action;
        this.countries = Set.copyOf(countries);
        this.effectiveFrom = effectiveFrom;
    }

    @Override
    public final LocalDate effectiveFrom() {
        return effectiveFrom;
    }

    /** The predicate ids that hold, given that some affected persons live there. */
    protected abstract List<String> triggers(CaseFacts f, ForeignResidents r);

    /** The due date or date-time, or {@code null} where the law sets no fixed time. */
    protected abstract String due(CaseFacts f);

    /** What the law asks, in one line. */
    protected abstract String rule();

    protected final Set<String> countries() {
        return countries;
    }

    protected static String hoursAfterAwareness(CaseFacts f, int hours) {
        return DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(f.awareAt().plusHours(hours));
    }

    @Override
    public final Obligation evaluate(CaseFacts f) {
        ForeignResidents r = ForeignResidents.of(f, countries);
        List<String> triggers = r.residents() > 0 && !f.encryptedOk() ? triggers(f, r) : List.of();
        return new Obligation(id, jurisdiction, law, recipient, action, r.required(!triggers.isEmpty()), due(f), rule() + "; " + r.caveat(),
                triggers, r.residents(), "to_confirm");
    }
}
