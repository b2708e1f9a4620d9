package io.leakscope.core.resolve;

import io.leakscope.core.detect.common.EmailRecognizer;
import io.leakscope.core.detect.common.FieldValues;
import io.leakscope.core.detect.jp.JapanesePhoneRecognizer;
import io.leakscope.core.detect.jp.JapanesePostalAddressRecognizer;
import io.leakscope.core.model.Element;
import io.leakscope.core.model.FindingType;
import io.leakscope.core.model.PersonRecord;
import io.leakscope.core.text.Names;
import io.leakscope.core.text.Romaji;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The matching keys of one record or master row: strong identifiers (e-mail, employee id, system
 * account, identity and taxpayer numbers), name keys (any script, and kana readings), and attributes that confirm a name
 * (phone, address, department, company, e-mail, date of birth).
 */
record Identity(Map<String, Set<String>> strong, Set<String> names, Set<String> kanaNames, Map<String, Set<String>> attributes) {

    private static final JapanesePhoneRecognizer PHONES = new JapanesePhoneRecognizer();
    static final String EMAIL = "email";
    static final String EMPLOYEE_ID = "employee_id";
    static final String ACCOUNT = "system_account";
    /** My Number, passport, licence, taxpayer and national id numbers: one person's each. */
    static final String NATIONAL_ID = "national_id";
    private static final Set<Element> NATIONAL_IDS = Set.of(Element.MY_NUMBER, Element.ID_DOCUMENT, Element.TAXPAYER_ID);

    static Identity of(PersonRecord r) {
        Identity id = empty();
        r.values(FindingType.EMAIL).forEach(v -> id.addEmail(v));
        r.values(FindingType.EMPLOYEE_ID).forEach(v -> id.add(id.strong, EMPLOYEE_ID, v.toUpperCase(Locale.ROOT)));
        r.values(FindingType.SYSTEM_ACCOUNT).forEach(v -> id.add(id.strong, ACCOUNT, account(v)));
        r.findings().stream().filter(f -> NATIONAL_IDS.contains(f.element()))
                .forEach(f -> id.add(id.strong, NATIONAL_ID, f.type().id() + ":" + f.value().replaceAll("[^0-9A-Za-z]", "").toUpperCase(Locale.ROOT)));
        r.values(FindingType.PERSON_NAME).forEach(v -> id.names.add(Names.key(v)));
        r.values(FindingType.NAME_KANA).forEach(v -> id.kanaNames.add(Names.key(v)));
        r.values(FindingType.PHONE).forEach(v -> id.add(id.attributes, "phone", v));
        r.values(FindingType.POSTAL_ADDRESS).forEach(v -> id.add(id.attributes, "address", addressKey(v)));
        r.values(FindingType.DEPARTMENT).forEach(v -> id.add(id.attributes, "department", Names.key(v)));
        r.values(FindingType.COMPANY_NAME).forEach(v -> id.add(id.attributes, "company", Names.key(v)));
        r.values(FindingType.DATE_OF_BIRTH).forEach(v -> id.add(id.attributes, "date_of_birth", v));
        return id;
    }

    static Identity of(MasterRecord m) {
        Identity id = empty();
        m.values().forEach((element, raw) -> {
            if (raw == null || raw.isBlank()) {
                return;
            }
            switch (element) {
                case EMAIL -> id.addEmail(Names.nfkc(raw).strip().toLowerCase(Locale.ROOT));
                case EMPLOYEE_ID -> id.add(id.strong, EMPLOYEE_ID, Names.nfkc(raw).strip().toUpperCase(Locale.ROOT));
                case SYSTEM_ACCOUNT -> id.add(id.strong, ACCOUNT, account(raw));
                case NAME -> id.names.add(Names.key(raw));
                case NAME_KANA -> {
                    id.kanaNames.add(Names.key(raw));
                    id.names.addAll(Romaji.keys(raw)); // YAMADA TARO meets 山田 太郎 through its reading
                }
                case DEPARTMENT -> id.add(id.attributes, "department", Names.key(raw));
                case COMPANY_NAME -> id.add(id.attributes, "company", Names.key(raw));
                case PHONE -> PHONES.matchWhole(raw).ifPresent(c -> id.add(id.attributes, "phone", c.value()));
                case POSTAL_ADDRESS -> FieldValues.accept(FindingType.POSTAL_ADDRESS, raw)
                        .ifPresent(v -> id.add(id.attributes, "address", addressKey(v)));
                default -> {
                }
            }
        });
        return id;
    }

    private static Identity empty() {
        return new Identity(new HashMap<>(), new HashSet<>(), new HashSet<>(), new HashMap<>());
    }

    private void addEmail(String email) {
        if (!EmailRecognizer.isRoleMailbox(email.substring(0, Math.max(0, email.indexOf('@'))))) {
            add(strong, EMAIL, email);
            add(attributes, EMAIL, email);
        }
    }

    private void add(Map<String, Set<String>> map, String kind, String value) {
        map.computeIfAbsent(kind, k -> new HashSet<>()).add(value);
    }

    /** DOMAIN\\user and user@domain logins compare by the user part. */
    static String account(String raw) {
        String v = Names.nfkc(raw).strip().toLowerCase(Locale.ROOT);
        int bs = v.lastIndexOf('\\');
        return bs >= 0 ? v.substring(bs + 1) : v;
    }

    /** An address without its postcode, so "〒100-0001 東京都…" and "東京都…" compare equal. */
    static String addressKey(String canonical) {
        return JapanesePostalAddressRecognizer.canonical(canonical).replaceFirst("^〒?\\d{3}-?\\d{4}", "");
    }

}
