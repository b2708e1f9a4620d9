package io.leakscope.core.analyze;

import io.leakscope.core.text.Names;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The breached company itself: its name, the names of its group's other companies, and its e-mail
 * domains. Its own company name and office address in an employee's signature are not personal data
 * of a partner; beside an employee or a subsidiary's staff they are the employer.
 */
public record OwnOrganization(String name, List<String> groupCompanies, Set<String> emailDomains) {
    private static final Pattern LEGAL_FORM_OR_SPACE = Pattern.compile("株式会社|有限会社|合同会社|\\(株\\)|\\(有\\)|co\\.,? ?ltd\\.?|inc\\.?|corporation|corp\\.?|pte\\.? ?ltd\\.?"
            + "|有限公司|[\\s,.]");
    public static final OwnOrganization NONE = new OwnOrganization("", List.of(), Set.of());

    public OwnOrganization {
        groupCompanies = List.copyOf(groupCompanies);
        emailDomains = emailDomains.stream().map(d -> d.toLowerCase(Locale.ROOT)).collect(Collectors.toUnmodifiableSet());
    }

    public static OwnOrganization of(String name, List<String> domains) {
        return of(name, List.of(), domains);
    }

    public static OwnOrganization of(String name, List<String> groupCompanies, List<String> domains) {
        return new OwnOrganization(name == null ? "" : name, groupCompanies, Set.copyOf(domains));
    }

    /** True when a company name found in a document is this organisation's or one of its group's. */
    public boolean isOwnCompany(String companyName) {
        String found = coreName(companyName);
        if (found.isEmpty()) {
            return false;
        }
        String core = coreName(name);
        return found.equals(core) && !core.isEmpty() || groupCompanies.stream().map(OwnOrganization::coreName).anyMatch(found::equals);
    }

    /** True when the e-mail address is at one of the company's own domains or a subdomain of one. */
    public boolean isOwnDomain(String email) {
        String d = email.substring(email.lastIndexOf('@') + 1).toLowerCase(Locale.ROOT);
        return emailDomains.stream().anyMatch(own -> d.equals(own) || d.endsWith("." + own));
    }

    /** The name without its legal form: "株式会社サンプル" and "サンプル(株)" compare equal. */
    static String coreName(String company) {
        return LEGAL_FORM_OR_SPACE.matcher(Names.nfkc(company).toLowerCase(Locale.ROOT)).replaceAll("");
    }
}
