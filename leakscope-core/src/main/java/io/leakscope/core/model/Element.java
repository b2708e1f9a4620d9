package io.leakscope.core.model;

import java.util.Locale;

/**
 * The reporting data elements of the persons export (contract {@code persons-export.md}).
 * A recognizer may find finer {@link FindingType}s; each maps onto exactly one element.
 */
public enum Element {
    NAME, NAME_KANA, EMAIL, PHONE, POSTAL_ADDRESS, EMPLOYEE_ID, DEPARTMENT, HR_INFO, GENDER,
    DATE_OF_BIRTH, ID_DOCUMENT, MY_NUMBER, FAMILY_INFO, SYSTEM_ACCOUNT, CREDENTIAL, TAXPAYER_ID,
    COMPANY_NAME, COMPANY_ADDRESS, CAREER_HISTORY, PURCHASE_INFO, CREDIT_CARD, BANK_ACCOUNT,
    SENSITIVE_INFO;

    /**
     * Whether a value of this element is leaked data even with no person named beside it: it
     * identifies or harms someone by itself (a card number, an account, a My Number, an identity
     * document or taxpayer number). Such a value tied to no person is kept as the document's own
     * (unattributed); a name, a phone or an address alone is not — a company's main line or a
     * historical figure would flood the count.
     */
    public boolean leaksAlone() {
        return switch (this) {
            case CREDIT_CARD, BANK_ACCOUNT, MY_NUMBER, ID_DOCUMENT, TAXPAYER_ID -> true;
            default -> false;
        };
    }

    /** The contract's id, e.g. {@code postal_address}. */
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Element fromId(String id) {
        for (Element e : values()) {
            if (e.id().equals(id)) {
                return e;
            }
        }
        throw new IllegalArgumentException("unknown data element '" + id + "'");
    }
}
