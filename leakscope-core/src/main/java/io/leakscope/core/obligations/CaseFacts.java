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

    /** One affected person, as the rules need them. */
    public record PersonFacts(String category, Set<Element> elements) {
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

    public long personsWith(Element e) {
        return persons.stream().filter(p -> p.elements().contains(e)).count();
    }
}
