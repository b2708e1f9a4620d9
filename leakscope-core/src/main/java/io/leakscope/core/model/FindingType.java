package io.leakscope.core.model;

import java.util.Locale;

/**
 * What a recognizer found: the fine info-type (a passport number, a US SSN, an IBAN …). The export
 * maps each type onto its reporting {@link Element}. A few types are <em>generic</em>: a value a
 * label or column header announces only as "an identity number" or "a taxpayer id"; where a
 * specific recognizer validates such a value it takes the specific type.
 */
public enum FindingType {
    PERSON_NAME(Element.NAME),
    NAME_KANA(Element.NAME_KANA),
    EMAIL(Element.EMAIL),
    PHONE(Element.PHONE),
    POSTAL_ADDRESS(Element.POSTAL_ADDRESS),
    EMPLOYEE_ID(Element.EMPLOYEE_ID),
    DEPARTMENT(Element.DEPARTMENT),
    JOB_TITLE(Element.DEPARTMENT),
    HR_FIELD(Element.HR_INFO),
    GENDER(Element.GENDER),
    DATE_OF_BIRTH(Element.DATE_OF_BIRTH),
    ID_DOCUMENT(Element.ID_DOCUMENT, true),
    PASSPORT_NUMBER(Element.ID_DOCUMENT),
    DRIVERS_LICENCE_NUMBER(Element.ID_DOCUMENT),
    RESIDENCE_CARD_NUMBER(Element.ID_DOCUMENT),
    HEALTH_INSURANCE_NUMBER(Element.ID_DOCUMENT),
    PENSION_NUMBER(Element.ID_DOCUMENT),
    MY_NUMBER(Element.MY_NUMBER),
    FAMILY_MEMBER(Element.FAMILY_INFO),
    SYSTEM_ACCOUNT(Element.SYSTEM_ACCOUNT),
    CREDENTIAL(Element.CREDENTIAL, true),
    PASSWORD(Element.CREDENTIAL),
    PRIVATE_KEY(Element.CREDENTIAL),
    API_TOKEN(Element.CREDENTIAL),
    TAXPAYER_ID(Element.TAXPAYER_ID, true),
    US_SSN(Element.TAXPAYER_ID),
    US_ITIN(Element.TAXPAYER_ID),
    UK_NINO(Element.TAXPAYER_ID),
    CN_RESIDENT_ID(Element.TAXPAYER_ID),
    IN_PAN(Element.TAXPAYER_ID),
    IN_AADHAAR(Element.TAXPAYER_ID),
    KR_RRN(Element.TAXPAYER_ID),
    TH_NATIONAL_ID(Element.TAXPAYER_ID),
    SG_NRIC(Element.TAXPAYER_ID),
    COMPANY_NAME(Element.COMPANY_NAME),
    COMPANY_ADDRESS(Element.COMPANY_ADDRESS),
    CAREER_HISTORY(Element.CAREER_HISTORY),
    PURCHASE_INFO(Element.PURCHASE_INFO),
    CREDIT_CARD(Element.CREDIT_CARD),
    BANK_ACCOUNT(Element.BANK_ACCOUNT),
    IBAN(Element.BANK_ACCOUNT),
    SWIFT_BIC(Element.BANK_ACCOUNT),
    SENSITIVE_INFO(Element.SENSITIVE_INFO);

    private final Element element;
    private final boolean generic;

    FindingType(Element element) {
        this(element, false);
    }

    FindingType(Element element, boolean generic) {
        this.element = element;
        this.generic = generic;
    }

    public Element element() {
        return element;
    }

    /** True for a type a label announces without telling which kind of number it is. */
    public boolean generic() {
        return generic;
    }

    /** The id used in reports and the evaluation table, e.g. {@code passport_number}. */
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }
}
