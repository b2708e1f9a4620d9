package io.leakscope.core.obligations;

import io.leakscope.core.model.Element;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * What the obligation rules look at: when the company became aware, the cause, and the affected
 * persons with their categories and leaked elements (reference §0).
 *
 * @param encryptedOk high-grade encryption with the key not compromised
 * @param published   the data was posted on a leak site or the web
 * @param entrusted   the company handled the data on behalf of another business (委託)
 */
public record CaseFacts(String caseName, OffsetDateTime awareAt, String cause, boolean encryptedOk, boolean published,
                        boolean entrusted, List<PersonFacts> persons) {

    /** Causes that mean a wrongful purpose (APPI A3, My Number Act M2). */
    public static final Set<String> MALICIOUS = Set.of("ransomware", "unauthorized_access", "malware", "insider", "theft", "web_skimming");

    /**
     * One affected person, as the rules need them.
     *
     * @param residence ISO 3166-1 alpha-2 country of residence ({@link Residence}), or {@code null} when unknown
     */
    public record PersonFacts(String category, Set<Element> elements, String residence) {
        public PersonFacts(String category, Set<Element> elements) {
            this(category, elements, null);
        }
    }

    public CaseFacts {
        persons = List.copyOf(persons);
        cause = cause == null ? "other" : cause.toLowerCase(Locale.ROOT);
    }

    /** The date of awareness in Japan (JST), day 1 of Japanese deadlines. */
    public LocalDate awareDateJst() {
        return awareAt.atZoneSameInstant(ZoneId.of("Asia/Tokyo")).toLocalDate();
    }

    public boolean malicious() {
        return MALICIOUS.contains(cause);
    }

    /** Persons living in any of these countries. */
    public long residentsOf(Set<String> countries) {
        return persons.stream().filter(p -> p.residence() != null && countries.contains(p.residence())).count();
    }

    /** Persons whose country of residence is unknown. */
    public long residenceUnknown() {
        return persons.stream().filter(p -> p.residence() == null).count();
    }

    public long personsWith(Element e) {
        return persons.stream().filter(p -> p.elements().contains(e)).count();
    }
}
