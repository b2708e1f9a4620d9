package io.leakscope.core.resolve;

import io.leakscope.core.detect.common.EmailRecognizer;
import io.leakscope.core.detect.common.FieldValues;
import io.leakscope.core.detect.jp.JapanesePhoneRecognizer;
import io.leakscope.core.detect.jp.JapanesePostalAddressRecognizer;
import io.leakscope.core.model.Element;
import io.leakscope.core.model.Finding;
import io.leakscope.core.model.FindingType;
import io.leakscope.core.model.PersonRecord;
import io.leakscope.core.text.Names;
import io.leakscope.core.text.Romaji;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The matching keys of one record or master row: strong identifiers (e-mail, employee id, system
 * account, identity and taxpayer numbers), name keys (any script, and kana readings), and
 * attributes that confirm a name (phone, address, department, company, e-mail, date of birth).
 * Kept compact — a million of them must fit in the heap: each key is one pooled string
 * {@code kind|value}, in small arrays.
 */
record Identity(String[] strong, String[] names, String[] kanaNames, String[] attributes) {
    private static final Pattern LEADING_POSTAL_CODE = Pattern.compile("^〒?\\d{3}-?\\d{4}");
    private static final Pattern NOT_ALPHANUMERIC = Pattern.compile("[^0-9A-Za-z]");

    private static final JapanesePhoneRecognizer PHONES = new JapanesePhoneRecognizer();
    static final String EMAIL = "email";
    static final String EMPLOYEE_ID = "employee_id";
    static final String ACCOUNT = "system_account";
    /** For a relative: the employee number of the person they are a relative of. */
    static final String RELATIVE_OF = "relative_of";
    /** My Number, passport, licence, taxpayer and national id numbers: one person's each. */
    static final String NATIONAL_ID = "national_id";
    private static final Set<Element> NATIONAL_IDS = Set.of(Element.MY_NUMBER, Element.ID_DOCUMENT, Element.TAXPAYER_ID);

    /** Collects keys, pooling equal strings so that a key shared by many records is stored once. */
    private static final class Builder {
        final StringPool pool;
        final List<String> strong = new ArrayList<>(2);
        final List<String> names = new ArrayList<>(1);
        final List<String> kana = new ArrayList<>(0);
        final List<String> attributes = new ArrayList<>(2);

        Builder(StringPool pool) {
            this.pool = pool;
        }

        void add(List<String> to, String kind, String value) {
            String k = pool.of(kind == null ? value : kind + "|" + value);
            if (!to.contains(k)) {
                to.add(k);
            }
        }

        void email(String email) {
            if (!EmailRecognizer.isRoleMailbox(email.substring(0, Math.max(0, email.indexOf('@'))))) {
                add(strong, EMAIL, email);
                add(attributes, EMAIL, email);
            }
        }

        Identity build() {
            return new Identity(strong.toArray(String[]::new), names.toArray(String[]::new), kana.toArray(String[]::new),
                    attributes.toArray(String[]::new));
        }
    }

    static Identity of(PersonRecord r, StringPool pool) {
        Builder b = new Builder(pool);
        if (r.kind() == PersonRecord.Kind.RELATIVE && !r.relativeOf().isEmpty()) {
            b.add(b.attributes, RELATIVE_OF, Names.nfkc(r.relativeOf()).strip().toUpperCase(Locale.ROOT)); // a name of one employee's family is one person
        }
        for (Finding f : r.findings()) {
            String v = f.value();
            switch (f.type()) {
                case EMAIL -> b.email(v);
                case EMPLOYEE_ID -> b.add(b.strong, EMPLOYEE_ID, v.toUpperCase(Locale.ROOT));
                case SYSTEM_ACCOUNT -> b.add(b.strong, ACCOUNT, account(v));
                case PERSON_NAME -> b.add(b.names, null, Names.key(v));
                case NAME_KANA -> b.add(b.kana, null, Names.key(v));
                case PHONE -> b.add(b.attributes, "phone", v);
                case POSTAL_ADDRESS -> b.add(b.attributes, "address", addressKey(v));
                case DEPARTMENT -> b.add(b.attributes, "department", Names.key(v));
                case COMPANY_NAME -> b.add(b.attributes, "company", Names.key(v));
                case DATE_OF_BIRTH -> b.add(b.attributes, "date_of_birth", v);
                default -> {
                    if (NATIONAL_IDS.contains(f.element())) {
                        b.add(b.strong, NATIONAL_ID, f.type().id() + ":" + NOT_ALPHANUMERIC.matcher(v).replaceAll("").toUpperCase(Locale.ROOT));
                    }
                }
            }
        }
        return b.build();
    }

    static Identity of(MasterRecord m, StringPool pool) {
        Builder b = new Builder(pool);
        m.values().forEach((element, raw) -> {
            if (raw == null || raw.isBlank()) {
                return;
            }
            switch (element) {
                case EMAIL -> b.email(Names.nfkc(raw).strip().toLowerCase(Locale.ROOT));
                case EMPLOYEE_ID -> b.add(b.strong, EMPLOYEE_ID, Names.nfkc(raw).strip().toUpperCase(Locale.ROOT));
                case SYSTEM_ACCOUNT -> b.add(b.strong, ACCOUNT, account(raw));
                case NAME -> b.add(b.names, null, Names.key(raw));
                case NAME_KANA -> {
                    b.add(b.kana, null, Names.key(raw));
                    Romaji.keys(raw).forEach(k -> b.add(b.names, null, k)); // YAMADA TARO meets 山田 太郎 through its reading
                }
                case DEPARTMENT -> b.add(b.attributes, "department", Names.key(raw));
                case COMPANY_NAME -> b.add(b.attributes, "company", Names.key(raw));
                case PHONE -> PHONES.matchWhole(raw).ifPresent(c -> b.add(b.attributes, "phone", c.value()));
                case POSTAL_ADDRESS -> FieldValues.accept(FindingType.POSTAL_ADDRESS, raw)
                        .ifPresent(v -> b.add(b.attributes, "address", addressKey(v)));
                default -> {
                }
            }
        });
        return b.build();
    }

    /** The kind of a {@code kind|value} key. */
    static String kindOf(String key) {
        int bar = key.indexOf('|');
        return bar < 0 ? "" : key.substring(0, bar);
    }

    /** DOMAIN\\user and user@domain logins compare by the user part. */
    static String account(String raw) {
        String v = Names.nfkc(raw).strip().toLowerCase(Locale.ROOT);
        int bs = v.lastIndexOf('\\');
        return bs >= 0 ? v.substring(bs + 1) : v;
    }

    /** An address without its postcode, so "〒100-0001 東京都…" and "東京都…" compare equal. */
    static String addressKey(String canonical) {
        return LEADING_POSTAL_CODE.matcher(JapanesePostalAddressRecognizer.canonical(canonical)).replaceFirst("");
    }
}
