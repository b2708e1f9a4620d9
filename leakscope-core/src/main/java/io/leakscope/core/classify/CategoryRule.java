package io.leakscope.core.classify;

import io.leakscope.core.model.Element;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * A case rule for persons linked to no master: all its conditions must hold (contract
 * {@code case-config.md}). An absent condition holds.
 *
 * @param paths             globs; any of the person's documents may match any glob
 * @param hasElements       the person has all of these elements
 * @param emailDomainIn     some e-mail of the person is in these domains
 * @param emailDomainNotIn  the person has an e-mail and none is in these domains
 */
public record CategoryRule(String category, List<Glob> paths, Set<Element> hasElements,
                           Set<String> emailDomainIn, Set<String> emailDomainNotIn) {

    public boolean matches(Set<String> documents, Set<Element> elements, Set<String> emails) {
        if (!paths.isEmpty() && documents.stream().noneMatch(d -> paths.stream().anyMatch(g -> g.matches(d)))) {
            return false;
        }
        if (!elements.containsAll(hasElements)) {
            return false;
        }
        if (!emailDomainIn.isEmpty() && emails.stream().noneMatch(e -> inDomains(e, emailDomainIn))) {
            return false;
        }
        return emailDomainNotIn.isEmpty() || (!emails.isEmpty() && emails.stream().noneMatch(e -> inDomains(e, emailDomainNotIn)));
    }

    static boolean inDomains(String email, Set<String> domains) {
        String d = email.substring(email.indexOf('@') + 1).toLowerCase(Locale.ROOT);
        return domains.stream().anyMatch(x -> d.equals(x) || d.endsWith("." + x));
    }
}
