package io.leakscope.core.detect.common;

import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Identifiers that have the shape of an e-mail address and are no one's mailbox:
 * <ul>
 *   <li>Message-IDs (RFC 5322 §3.6.4: {@code Message-ID:}, {@code In-Reply-To:}, {@code References:}),
 *       as mail servers log them ({@code message-id=<…>} in Postfix, the {@code message-id} column of
 *       Exchange message tracking) and as mailers make them: digits or a GUID at the sender's domain,
 *       Exchange Online's {@code <…@TYWPR01MB1234.jpnprd01.prod.outlook.com>}, Gmail's
 *       {@code <CA…@mail.gmail.com>}, Postfix's {@code <20240915011501.4F1A22C0A3@mx01…>};</li>
 *   <li>calendar UIDs (RFC 5545 §3.8.4.7: {@code UID:040000008200E000…@example.co.jp});</li>
 *   <li>bounce addresses: VERP ({@code bounce-123-user=example.co.jp@news.example}), SRS
 *       ({@code SRS0=HHH=TT=example.co.jp=user@forwarder}), BATV ({@code prvs=tag=user@…}) — the
 *       recipient's or sender's address folded into another's local part.</li>
 * </ul>
 * A person's mailbox has none of these shapes. An all-digit local part at the company's own domain
 * is also an identifier ({@code <4046651004@company.co.jp>}), but only the case knows its domains
 * ({@code DocumentAnalyzer}): elsewhere digits are real mailboxes (QQ, Japanese carriers).
 */
public final class MachineAddresses {
    private static final Pattern UUID = Pattern.compile("\\{?[0-9a-f]{8}-?[0-9a-f]{4}-?[0-9a-f]{4}-?[0-9a-f]{4}-?[0-9a-f]{12}\\}?");
    private static final Pattern HEX = Pattern.compile("[0-9a-f]{16,}");
    private static final Pattern TIMESTAMP_ID = Pattern.compile(".*\\d{10,}\\..*");
    private static final List<String> BOUNCE_PREFIXES = List.of("srs0", "srs1", "prvs", "msprvs", "btv1", "bounce", "bounces");
    /** Hosts that name mail servers, where mailers mint Message-IDs and no one has a mailbox. */
    private static final List<String> SERVER_DOMAIN_ENDINGS = List.of(".prod.outlook.com", ".prod.exchangelabs.com");
    private static final List<String> SERVER_DOMAINS = List.of("mail.gmail.com");
    /** Labels of header fields and log fields whose value is a Message-ID or a UID, lower case. */
    private static final List<String> IDENTIFIER_LABELS = List.of("message-id", "messageid", "msgid", "in-reply-to", "references",
            "content-id", "resent-message-id", "original-message-id", "x-ms-exchange-", "thread-index");
    private static final String UID_LABEL = "uid";

    private MachineAddresses() {
    }

    /** True when the address's own shape makes it a machine identifier, wherever it stands. */
    public static boolean hasMachineShape(String address) {
        String a = address.toLowerCase(Locale.ROOT);
        int at = a.lastIndexOf('@');
        if (at <= 0) {
            return false;
        }
        String local = a.substring(0, at);
        String domain = a.substring(at + 1);
        if (local.indexOf('=') >= 0 || BOUNCE_PREFIXES.stream().anyMatch(p -> local.startsWith(p + "-") || local.startsWith(p + "+")
                || local.equals(p))) {
            return true;
        }
        if (UUID.matcher(local).matches() || HEX.matcher(local).matches() && digits(local) >= 4 || TIMESTAMP_ID.matcher(local).matches()) {
            return true;
        }
        return SERVER_DOMAINS.contains(domain) || SERVER_DOMAIN_ENDINGS.stream().anyMatch(domain::endsWith);
    }

    /** True for an all-digit local part: a Message-ID when the domain is the company's own. */
    public static boolean allDigits(String address) {
        int at = address.lastIndexOf('@');
        return at > 0 && address.substring(0, at).chars().allMatch(c -> c >= '0' && c <= '9');
    }

    /**
     * True when the address at {@code start} of {@code text} stands in a field that holds Message-IDs
     * or UIDs: after {@code message-id=<}, {@code Message-ID: <}, {@code References: <…> <}, or a
     * line opening with {@code UID:}.
     */
    public static boolean inIdentifierField(String text, int start) {
        int lineStart = text.lastIndexOf('\n', start - 1) + 1;
        if (start - lineStart > 400) {
            lineStart = start - 400;
        }
        if (opensWithUidLabel(text, lineStart, start)) {
            return true;
        }
        int last = start - 1;
        while (last >= lineStart && Character.isWhitespace(text.charAt(last))) {
            last--;
        }
        if (last < lineStart || text.charAt(last) != '<') {
            return false; // only a bracketed value: "message-id=<…"; checked before copying, as most candidates fail here
        }
        String before = text.substring(lineStart, start).toLowerCase(Locale.ROOT);
        int bracket = before.lastIndexOf('<');
        String label = before.substring(0, bracket);
        for (String l : IDENTIFIER_LABELS) {
            int i = label.lastIndexOf(l);
            if (i >= 0 && onlyIdentifiersBetween(label, i + l.length())) {
                return true;
            }
        }
        return false;
    }

    private static boolean opensWithUidLabel(String text, int lineStart, int start) {
        int i = lineStart;
        while (i < start && Character.isWhitespace(text.charAt(i))) {
            i++;
        }
        int end = i + UID_LABEL.length();
        return end < start && text.regionMatches(true, i, UID_LABEL, 0, UID_LABEL.length())
                && (text.charAt(end) == ':' || text.charAt(end) == ';');
    }

    /** After the label: its separator, then only bracketed identifiers and spaces (a References list). */
    private static boolean onlyIdentifiersBetween(String s, int from) {
        int i = from;
        while (i < s.length() && (s.charAt(i) == ':' || s.charAt(i) == '=' || s.charAt(i) == ' ' || s.charAt(i) == '\t')) {
            i++;
        }
        while (i < s.length()) {
            char c = s.charAt(i);
            if (c == '<') {
                int close = s.indexOf('>', i);
                if (close < 0) {
                    return false;
                }
                i = close + 1;
            } else if (c == ' ' || c == '\t' || c == ',') {
                i++;
            } else {
                return false;
            }
        }
        return true;
    }

    private static int digits(String s) {
        int n = 0;
        for (int i = 0; i < s.length(); i++) {
            if (Character.isDigit(s.charAt(i))) {
                n++;
            }
        }
        return n;
    }
}
