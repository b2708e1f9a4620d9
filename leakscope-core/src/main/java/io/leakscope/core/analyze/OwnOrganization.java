package io.leakscope.core.analyze;

import io.leakscope.core.text.Names;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The breached company itself: its name and e-mail domains. Its own company name and office
 * address in an employee's signature are not personal data of a partner.
 */
public record OwnOrganization(String name, Set<String> emailDomains) {
    public static final OwnOrganization NONE = new OwnOrganization("", Set.of());

    public OwnOrganization {
        emailDomains = emailDomains.stream().map(d -> d.toLowerCase(Locale.ROOT)).collect(Collectors.toUnmodifiableSet());
    }

    public static OwnOrganization of(String name, List<String> domains) {
        return new OwnOrganization(name == null ? "" : name, Set.copyOf(domains));
    }

    /** True when a company name found in a document is this organisation's. */
    public boolean isOwnCompany(String companyName) {
        String core = coreName(name);
        return !core.isEmpty() && coreName(companyName).equals(core);
    }

    /** True when the e-mail address is at one of the company's own domains or a subdomain of one. */
    public boolean isOwnDomain(String email) {
        String d = email.substring(email.lastIndexOf('@') + 1).toLowerCase(Locale.ROOT);
        return emailDomains.stream().anyMatch(own -> d.equals(own) || d.endsWith("." + own));
    }

    /** The name without its legal form: "株式会社サンプル" and "サンプル(株)" compare equal. */
    static String coreName(String company) {
        return Names.nfkc(company).toLowerCase(Locale.ROOT)
                .replaceAll("株式会社|有限会社|合同会社|\\(株\\)|\\(有\\)|co\\.,? ?ltd\\.?|inc\\.?|corporation|corp\\.?|[\\s,.]", "");
    }
}
