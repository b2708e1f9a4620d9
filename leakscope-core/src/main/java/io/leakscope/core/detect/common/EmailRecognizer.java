package io.leakscope.core.detect.common;

import io.leakscope.core.detect.Candidate;
import io.leakscope.core.detect.ContextWords;
import io.leakscope.core.detect.NamedPattern;
import io.leakscope.core.detect.PatternRecognizer;
import io.leakscope.core.detect.Validity;
import io.leakscope.core.model.FindingType;
import io.leakscope.core.text.NormalizedText;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * E-mail addresses (RFC 5322 addr-spec, the dot-atom form used in practice: {@code local@domain.tld}).
 * Validation: the domain has at least two labels and an alphabetic top-level domain of two or more
 * letters, or an internationalised one in its ASCII form ({@code xn--p1ai}). Role mailboxes
 * ({@code info@}, {@code support@}, {@code noreply@} …) and the lists and tools that write in many
 * people's names ({@code users@}, {@code jira@}) are INVALID: they are a
 * company's, not a person's; so are mailing lists and their commands ({@code tika-dev@},
 * {@code php-general-subscribe@}, anything {@code @lists.…}) and SSH algorithm names
 * ({@code hmac-ripemd160@openssh.com}). So are machine identifiers shaped like addresses
 * ({@link MachineAddresses}: Message-IDs, calendar UIDs, bounce addresses), by their shape or by the
 * field they stand in ({@code message-id=<…>}); a local part is read whole, "=" included, so the
 * tail of {@code SRS0=…=user@forwarder} is never taken for an address of its own.
 */
public final class EmailRecognizer extends PatternRecognizer {
    private static final Pattern TRAILING_DIGITS = Pattern.compile("[0-9]+$");
    private static final Pattern A_LABEL = Pattern.compile("xn--[a-z0-9-]+");

    /** Local parts that name a function, not a person. */
    static final Set<String> ROLE_MAILBOXES = Set.of(
            "info", "information", "support", "help", "helpdesk", "contact", "contactus", "sales", "eigyo",
            "noreply", "no-reply", "donotreply", "do-not-reply", "admin", "administrator", "webmaster",
            "postmaster", "hostmaster", "abuse", "security", "privacy", "hr", "jinji", "recruit", "saiyo",
            "soumu", "somu", "office", "service", "customer", "cs", "pr", "press", "ir", "marketing",
            "billing", "invoice", "accounting", "keiri", "order", "orders", "shop", "mail", "news",
            "newsletter", "system", "root", "team", "all", "staff", "general", "reception", "uketsuke",
            "users", "user", "dev", "devel", "announce", "list", "lists", "ml", "jira", "confluence", "git", "github", "gitlab",
            "notification", "notifications", "notify", "alert", "alerts", "mailer-daemon", "daemon", "calendar", "wiki");

    /** What a mailing list's name ends in, after a hyphen: the list itself or one of its commands ({@code tika-dev@}, {@code php-general-subscribe@}). */
    private static final Set<String> LIST_SUFFIXES = Set.of("subscribe", "unsubscribe", "request", "owner", "bounces", "digest", "join",
            "leave", "commits", "announce", "general", "devel", "dev", "users", "user", "help", "discuss", "list", "ml");
    /** Hosts of mailing lists ({@code @lists.php.net}, {@code @ml.example.jp}): every address there is a list. */
    private static final List<String> LIST_HOSTS = List.of("lists.", "list.", "ml.", "groups.");
    /**
     * SSH algorithm names, which RFC 4251 §6 writes as name@domain ({@code hmac-ripemd160@openssh.com},
     * {@code rijndael-cbc@lysator.liu.se}): configuration files and manuals list them.
     */
    private static final Pattern SSH_ALGORITHM = Pattern.compile(
            "(?:hmac|umac|chacha20|aes\\d*|rijndael|curve25519|curve448|sntrup\\d*|mlkem\\d*|arcfour\\d*|blowfish|twofish|serpent|cast128|3des"
                    + "|ecdh|ecdsa|ssh|sk-ssh|sk-ecdsa|diffie-hellman|zlib)(?:[-.]\\w+)*");

    public EmailRecognizer() {
        super("common.email", FindingType.EMAIL,
                List.of(NamedPattern.of("addr-spec",
                        "(?<![\\w.+=-])[A-Za-z0-9][A-Za-z0-9._%+=-]{0,63}@[A-Za-z0-9](?:[A-Za-z0-9-]{0,62}[A-Za-z0-9])?"
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
        boolean aLabel = A_LABEL.matcher(tld).matches(); // an internationalised TLD in ASCII: .рф is xn--p1ai
        if (tld.length() < 2 || !aLabel && !tld.chars().allMatch(Character::isLetter)) {
            return Validity.INVALID;
        }
        if (isRoleMailbox(local) || MachineAddresses.hasMachineShape(lower) || SSH_ALGORITHM.matcher(local).matches()
                || LIST_HOSTS.stream().anyMatch(domain::startsWith)) {
            return Validity.INVALID;
        }
        return Validity.VALID;
    }

    @Override
    public List<Candidate> analyze(NormalizedText text) {
        List<Candidate> found = super.analyze(text);
        found.removeIf(c -> MachineAddresses.inIdentifierField(text.normalized(), c.start()));
        return found;
    }

    public static boolean isRoleMailbox(String localPart) {
        String base = TRAILING_DIGITS.matcher(localPart.toLowerCase(Locale.ROOT)).replaceAll("");
        int hyphen = base.lastIndexOf('-');
        return ROLE_MAILBOXES.contains(base) || ROLE_MAILBOXES.contains(base.replace(".", "").replace("_", ""))
                || hyphen > 0 && LIST_SUFFIXES.contains(base.substring(hyphen + 1));
    }

    @Override
    protected String normalize(String candidate) {
        return candidate.toLowerCase(Locale.ROOT);
    }
}
