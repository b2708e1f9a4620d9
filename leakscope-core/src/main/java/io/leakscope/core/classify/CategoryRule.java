package io.leakscope.core.classify;

import io.leakscope.core.model.Element;
import io.leakscope.core.text.Names;
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
 * @param tableTitle        words; some record of the person comes from a table whose sheet name or
 *                          title above the header contains one (退職者一覧, 応募者リスト)
 */
public record CategoryRule(String category, List<Glob> paths, Set<Element> hasElements,
                           Set<String> emailDomainIn, Set<String> emailDomainNotIn, List<String> tableTitle) {

    public CategoryRule {
        tableTitle = tableTitle.stream().map(w -> Names.nfkc(w).toLowerCase(Locale.ROOT)).toList();
    }

    public boolean matches(Set<String> documents, Set<Element> elements, Set<String> emails, Set<String> contexts) {
        if (!paths.isEmpty() && documents.stream().noneMatch(d -> paths.stream().anyMatch(g -> g.matches(d)))) {
            return false;
        }
        if (!tableTitle.isEmpty() && contexts.stream().map(c -> Names.nfkc(c).toLowerCase(Locale.ROOT))
                .noneMatch(c -> tableTitle.stream().anyMatch(c::contains))) {
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
