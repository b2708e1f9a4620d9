package io.leakscope.core.detect.common;

import io.leakscope.core.detect.ContextWords;
import io.leakscope.core.detect.NamedPattern;
import io.leakscope.core.detect.PatternRecognizer;
import io.leakscope.core.detect.Validity;
import io.leakscope.core.model.FindingType;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * E-mail addresses (RFC 5322 addr-spec, the dot-atom form used in practice: {@code local@domain.tld}).
 * Validation: the domain has at least two labels and an alphabetic top-level domain of two or more
 * letters. Role mailboxes ({@code info@}, {@code support@}, {@code noreply@} …) are INVALID: they
 * are a company's, not a person's.
 */
public final class EmailRecognizer extends PatternRecognizer {

    /** Local parts that name a function, not a person. */
    static final Set<String> ROLE_MAILBOXES = Set.of(
            "info", "information", "support", "help", "helpdesk", "contact", "contactus", "sales", "eigyo",
            "noreply", "no-reply", "donotreply", "do-not-reply", "admin", "administrator", "webmaster",
            "postmaster", "hostmaster", "abuse", "security", "privacy", "hr", "jinji", "recruit", "saiyo",
            "soumu", "somu", "office", "service", "customer", "cs", "pr", "press", "ir", "marketing",
            "billing", "invoice", "accounting", "keiri", "order", "orders", "shop", "mail", "news",
            "newsletter", "system", "root", "team", "all", "staff", "general", "reception", "uketsuke");

    public EmailRecognizer() {
        super("common.email", FindingType.EMAIL,
                List.of(NamedPattern.of("addr-spec",
                        "(?<![\\w.+-])[A-Za-z0-9][A-Za-z0-9._%+-]{0,63}@[A-Za-z0-9](?:[A-Za-z0-9-]{0,62}[A-Za-z0-9])?"
                                + "(?:\\.[A-Za-z0-9](?:[A-Za-z0-9-]{0,62}[A-Za-z0-9])?)+", 0.9).within(256, "@")),
                new ContextWords(List.of("mail", "メール", "e-mail"), List.of()));
    }

    @Override
    protected Validity validate(String candidate) {
        String lower = candidate.toLowerCase(Locale.ROOT);
        int at = lower.indexOf('@');
        String local = lower.substring(0, at);
        String domain = lower.substring(at + 1);
        String tld = domain.substring(domain.lastIndexOf('.') + 1);
        if (tld.length() < 2 || !tld.chars().allMatch(Character::isLetter)) {
            return Validity.INVALID;
        }
        if (isRoleMailbox(local)) {
            return Validity.INVALID;
        }
        return Validity.VALID;
    }

    public static boolean isRoleMailbox(String localPart) {
        String base = localPart.toLowerCase(Locale.ROOT).replaceAll("[0-9]+$", "");
        return ROLE_MAILBOXES.contains(base) || ROLE_MAILBOXES.contains(base.replace(".", "").replace("_", ""));
    }

    @Override
    protected String normalize(String candidate) {
        return candidate.toLowerCase(Locale.ROOT);
    }
}
