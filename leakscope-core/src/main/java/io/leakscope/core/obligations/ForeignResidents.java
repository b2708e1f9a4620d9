package io.leakscope.core.obligations;

import io.leakscope.core.model.Element;
import java.util.Set;
import java.util.TreeSet;

/**
 * What the rules of a foreign law share: how many affected persons live under it, and the caveat
 * every such obligation carries — whether that law reaches the company for these persons (an
 * establishment there, a subsidiary as a separate controller) is for counsel, so an obligation
 * with residents is {@code needs_review}, never silently decided (reference, engine note).
 */
public record ForeignResidents(long residents, long unknown, Set<String> countries) {

    /** Data whose leak is likely to harm: special-care, payment, bank, credentials, national ids. */
    public static final Set<Element> HARMFUL = Set.of(Element.SENSITIVE_INFO, Element.CREDIT_CARD, Element.BANK_ACCOUNT,
            Element.CREDENTIAL, Element.MY_NUMBER, Element.TAXPAYER_ID, Element.ID_DOCUMENT);

    public static ForeignResidents of(CaseFacts f, Set<String> jurisdiction) {
        Set<String> found = new TreeSet<>();
        f.persons().stream().filter(p -> p.residence() != null && jurisdiction.contains(p.residence())).forEach(p -> found.add(p.residence()));
        return new ForeignResidents(f.residentsOf(jurisdiction), f.residenceUnknown(), found);
    }

    /** Whether a resident's leaked data includes an element likely to harm. */
    public static boolean harmful(CaseFacts f, Set<String> jurisdiction) {
        return f.persons().stream().anyMatch(p -> p.residence() != null && jurisdiction.contains(p.residence())
                && p.elements().stream().anyMatch(HARMFUL::contains));
    }

    public Obligation.Required required(boolean triggered) {
        return residents > 0 && triggered ? Obligation.Required.NEEDS_REVIEW : Obligation.Required.FALSE;
    }

    /** The note's tail: who lives there, who is unknown, and the reach question. */
    public String caveat() {
        return residents > 0
                ? residents + " affected persons live in " + String.join(", ", countries) + "; whether this law reaches the company for them "
                        + "(establishment, subsidiary as a separate controller) is for counsel"
                : "no affected person known to live there; " + unknown + " persons of unknown residence";
    }
}
