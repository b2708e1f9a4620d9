package io.leakscope.core.model;

/** What a recognizer found. Finer than {@link Element}; the export maps each type onto its element. */
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
    ID_DOCUMENT(Element.ID_DOCUMENT),
    MY_NUMBER(Element.MY_NUMBER),
    FAMILY_MEMBER(Element.FAMILY_INFO),
    SYSTEM_ACCOUNT(Element.SYSTEM_ACCOUNT),
    CREDENTIAL(Element.CREDENTIAL),
    TAXPAYER_ID(Element.TAXPAYER_ID),
    COMPANY_NAME(Element.COMPANY_NAME),
    COMPANY_ADDRESS(Element.COMPANY_ADDRESS),
    CAREER_HISTORY(Element.CAREER_HISTORY),
    PURCHASE_INFO(Element.PURCHASE_INFO),
    CREDIT_CARD(Element.CREDIT_CARD),
    BANK_ACCOUNT(Element.BANK_ACCOUNT),
    SENSITIVE_INFO(Element.SENSITIVE_INFO);

    private final Element element;

    FindingType(Element element) {
        this.element = element;
    }

    public Element element() {
        return element;
    }
}
