package io.leakscope.core.resolve;

import io.leakscope.core.detect.jp.JapanesePhoneRecognizer;
import io.leakscope.core.model.Element;
import io.leakscope.core.model.FindingType;
import io.leakscope.core.text.Names;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The form in which a value is looked up — "was this address, this phone, this number in the
 * leak?" — the same for a stored finding and for what someone asks about: e-mail in lower case,
 * phones in E.164, names without spacing or width differences, identification numbers as their
 * letters and digits. The store keeps a keyed hash of it, never the value.
 */
public final class MatchKey {
    private static final Pattern NOT_ALPHANUMERIC = Pattern.compile("[^0-9A-Za-z]");
    private static final JapanesePhoneRecognizer PHONES = new JapanesePhoneRecognizer();

    /** What can be looked up. */
    public enum Kind { EMAIL, PHONE, NAME, ID }

    private MatchKey() {
    }

    /** The key of a stored finding, or empty for types that are not looked up (departments, purchase data …). */
    public static Optional<String> of(FindingType type, String value) {
        if (value == null || value.isBlank()) {
            return Optional.empty();
        }
        Element e = type.element();
        if (e == Element.EMAIL) {
            return Optional.of(email(value));
        }
        if (e == Element.PHONE) {
            return Optional.of("phone|" + value.strip());
        }
        if (e == Element.NAME) {
            return Optional.of(name(value));
        }
        if (e == Element.EMPLOYEE_ID || e == Element.MY_NUMBER || e == Element.ID_DOCUMENT || e == Element.TAXPAYER_ID
                || e == Element.SYSTEM_ACCOUNT || e == Element.CREDIT_CARD || e == Element.BANK_ACCOUNT) {
            return Optional.of(id(value));
        }
        return Optional.empty();
    }

    /** The key of a value someone asks about, or empty when it is not one of that kind (a phone that is no phone). */
    public static Optional<String> query(Kind kind, String raw) {
        return switch (kind) {
            case EMAIL -> Optional.of(email(raw));
            case PHONE -> PHONES.matchWhole(raw).map(c -> "phone|" + c.value());
            case NAME -> Optional.of(name(raw));
            case ID -> Optional.of(id(raw));
        };
    }

    private static String email(String v) {
        return "email|" + Names.nfkc(v).strip().toLowerCase(Locale.ROOT);
    }

    private static String name(String v) {
        return "name|" + Names.key(v);
    }

    private static String id(String v) {
        return "id|" + NOT_ALPHANUMERIC.matcher(Names.nfkc(v)).replaceAll("").toUpperCase(Locale.ROOT);
    }
}
