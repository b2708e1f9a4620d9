package io.leakscope.report;

import io.leakscope.core.model.Element;
import java.util.EnumMap;
import java.util.Map;

/** How a disclosure names each data element, in Japanese and English. */
public final class ElementLabels {
    private static final Map<Element, String[]> LABELS = new EnumMap<>(Element.class);

    static {
        put(Element.NAME, "氏名", "name");
        put(Element.NAME_KANA, "氏名（カナ）", "name reading");
        put(Element.EMAIL, "メールアドレス", "e-mail address");
        put(Element.PHONE, "電話番号", "phone number");
        put(Element.POSTAL_ADDRESS, "住所", "postal address");
        put(Element.EMPLOYEE_ID, "社員番号", "employee number");
        put(Element.DEPARTMENT, "所属", "department");
        put(Element.HR_INFO, "人事情報", "HR information");
        put(Element.GENDER, "性別", "gender");
        put(Element.DATE_OF_BIRTH, "生年月日", "date of birth");
        put(Element.ID_DOCUMENT, "身分証明書記載情報", "identity document data");
        put(Element.MY_NUMBER, "マイナンバー", "My Number");
        put(Element.FAMILY_INFO, "家族の情報", "family information");
        put(Element.SYSTEM_ACCOUNT, "システムアカウント情報", "system account");
        put(Element.CREDENTIAL, "パスワード等の認証情報", "credentials");
        put(Element.TAXPAYER_ID, "納税者番号", "taxpayer id");
        put(Element.COMPANY_NAME, "所属会社名", "company name");
        put(Element.COMPANY_ADDRESS, "会社住所", "company address");
        put(Element.CAREER_HISTORY, "経歴情報", "career history");
        put(Element.PURCHASE_INFO, "購入情報（購入日・商品名等）", "purchase information");
        put(Element.CREDIT_CARD, "クレジットカード情報", "payment card number");
        put(Element.BANK_ACCOUNT, "銀行口座情報", "bank account");
        put(Element.SENSITIVE_INFO, "要配慮個人情報", "special-care data");
    }

    private ElementLabels() {
    }

    private static void put(Element e, String ja, String en) {
        LABELS.put(e, new String[] {ja, en});
    }

    public static String ja(Element e) {
        return LABELS.get(e)[0];
    }

    public static String en(Element e) {
        return LABELS.get(e)[1];
    }
}
