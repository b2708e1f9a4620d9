package io.leakscope.core.detect.common;

import io.leakscope.core.model.FindingType;
import io.leakscope.core.text.Names;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The words that label a field or head a column, in Japanese and English, and the type of data
 * they announce. Shared by table-column classification and labelled fields in running text, so a
 * roster column "生年月日" and a form line "生年月日：昭和60年1月1日" are understood alike.
 *
 * <p>Some labels announce data that is explicitly <em>not</em> a person's (a company switchboard,
 * a fax line, an order number) or that are not a finding on their own (a bank's or branch's name
 * beside the account number column): {@link Role#NOT_PERSONAL}.
 */
public final class FieldLabels {

    /** What a label announces. */
    public sealed interface Role permits Role.Data, Role.Part, Role.NotPersonal {
        record Data(FindingType type) implements Role {
        }

        /** One part of a split name: the family or given name, in kanji or kana. */
        record Part(NamePart part) implements Role {
        }

        record NotPersonal() implements Role {
        }

        Role NOT_PERSONAL = new NotPersonal();
    }

    public enum NamePart { FAMILY, GIVEN, FAMILY_KANA, GIVEN_KANA }

    private static final Map<String, Role> LABELS = new LinkedHashMap<>();
    private static final List<String> BY_LENGTH;
    /** The first character of every label: a header whose key holds none holds no label. */
    private static final KeyCharacters LABEL_STARTS_KEYED;
    /**
     * By character, the characters following it at the start of a label of two or more: a header holding
     * no such pair cannot contain a label.
     */
    private static final String[] LABEL_SECOND_CHARACTERS = new String[Character.MAX_VALUE + 1];

    static {
        data(FindingType.PERSON_NAME, "氏名", "名前", "お名前", "氏名(漢字)", "氏名漢字", "担当者", "担当者名", "担当",
                "社員名", "従業員名", "応募者名", "顧客名", "お客様名", "代表者", "代表者名", "受取人", "お届け先氏名",
                "配送先氏名", "name", "full name", "fullname", "employee name", "contact name", "contact person",
                "customer name", "applicant name", "staff name",
                "姓名", "员工姓名", "name of employee", "ชื่อ-นามสกุล", "ชื่อ นามสกุล", "ชื่อพนักงาน");
        data(FindingType.NAME_KANA, "フリガナ", "ふりがな", "カナ", "氏名カナ", "氏名(カナ)", "よみがな", "カナ氏名",
                "name kana", "name (kana)", "reading");
        data(FindingType.EMAIL, "メール", "メールアドレス", "e-mail", "email", "mail", "email address",
                "e-mail address", "電子メール", "mail address");
        data(FindingType.PHONE, "電話", "電話番号", "tel", "携帯", "携帯電話", "携帯番号", "連絡先", "連絡先電話番号",
                "直通", "直通電話", "自宅電話", "自宅電話番号", "phone", "mobile", "telephone", "phone number",
                "mobile phone", "cell", "お届け先電話番号", "配送先電話番号");
        data(FindingType.POSTAL_ADDRESS, "住所", "現住所", "自宅住所", "配送先住所", "配送先", "送付先住所", "お届け先住所",
                "お届け先", "設置先住所", "address", "home address", "delivery address", "shipping address");
        data(FindingType.EMPLOYEE_ID, "社員番号", "社員no", "社員no.", "社員コード", "従業員番号", "職員番号", "社員id",
                "従業員id", "employee id", "employee no", "employee number", "emp id", "emp no", "staff id", "staff no",
                "emp code", "employee code", "personnel no", "personnel number", "工号", "员工编号", "员工号", "รหัสพนักงาน");
        data(FindingType.DEPARTMENT, "所属", "部署", "部門", "所属部署", "所属部門", "部署名", "所属部署名", "所属先",
                "department", "dept", "division", "organization unit", "部门", "แผนก", "ฝ่าย");
        data(FindingType.JOB_TITLE, "役職", "職位", "職名", "肩書", "title", "position", "job title", "role", "designation",
                "职位", "职务", "ตำแหน่ง");
        data(FindingType.HR_FIELD, "等級", "評価", "人事評価", "考課", "評価ランク", "給与", "基本給", "月給", "年収",
                "賞与", "入社日", "入社年月日", "退職日", "退職年月日", "異動", "異動日", "雇用形態", "職能等級", "休職", "休職開始日",
                "休職期間", "復職日", "grade",
                "rating", "evaluation", "performance rating", "salary", "base salary", "hire date", "hired",
                "start date", "leave date", "termination date", "end date", "employment type", "date of joining", "date of leaving",
                "joining date", "leaving date", "last working day", "separation date", "入职日期", "离职日期", "入职时间", "离职时间",
                "วันที่ลาออก", "วันที่เริ่มงาน");
        data(FindingType.GENDER, "性別", "gender", "sex", "性别", "เพศ");
        data(FindingType.DATE_OF_BIRTH, "生年月日", "誕生日", "date of birth", "dob", "birth date", "birthday",
                "birthdate");
        data(FindingType.SYSTEM_ACCOUNT, "アカウント", "アカウントid", "アカウント名", "ログインid", "ユーザーid", "ユーザid",
                "ユーザー名", "user id", "userid", "login", "login id", "account", "account id", "username",
                "user name", "sam account", "samaccountname");
        data(FindingType.US_SSN, "ssn", "social security number", "social security no");
        data(FindingType.US_ITIN, "itin", "individual taxpayer identification number");
        data(FindingType.UK_NINO, "national insurance number", "national insurance no", "nino", "ni number");
        data(FindingType.IN_AADHAAR, "aadhaar", "aadhaar number", "aadhaar no");
        data(FindingType.IN_PAN, "pan", "pan number", "pan no");
        data(FindingType.KR_RRN, "rrn", "住民登録番号", "주민등록번호");
        data(FindingType.CN_RESIDENT_ID, "身份证", "身份证号", "身份证号码", "居民身份证号码");
        data(FindingType.SG_NRIC, "nric", "nric no", "fin", "nric/fin");
        data(FindingType.TH_NATIONAL_ID, "thai id", "thai national id", "tnin", "เลขประจำตัวประชาชน", "เลขบัตรประชาชน");
        data(FindingType.TAXPAYER_ID, "納税者番号", "納税者識別番号", "taxpayer id", "tax id", "tin", "tax number", "national id",
                "taxpayer no", "taxpayer number", "tax identification number", "纳税人识别号", "税号", "เลขประจำตัวผู้เสียภาษี");
        data(FindingType.PASSPORT_NUMBER, "旅券番号", "パスポート番号", "passport no", "passport number");
        data(FindingType.DRIVERS_LICENCE_NUMBER, "運転免許証番号", "免許証番号", "driver's license no",
                "driver license no", "driver's license number", "driving licence number");
        data(FindingType.RESIDENCE_CARD_NUMBER, "在留カード番号", "residence card number");
        data(FindingType.HEALTH_INSURANCE_NUMBER, "保険証番号", "被保険者証番号", "保険証記号番号", "被保険者証記号番号",
                "健康保険証番号", "health insurance number");
        data(FindingType.PENSION_NUMBER, "基礎年金番号", "年金番号", "年金手帳番号", "pension number");
        data(FindingType.ID_DOCUMENT, "身分証", "身分証番号", "身分証明書", "身分証明書番号", "id card no", "id number");
        data(FindingType.COMPANY_NAME, "会社名", "所属会社", "所属会社名", "取引先名", "取引先", "企業名", "社名", "勤務先",
                "company", "company name", "organization", "employer", "vendor name");
        data(FindingType.COMPANY_ADDRESS, "会社住所", "所在地", "本社所在地", "勤務先住所", "company address",
                "office address", "business address");
        data(FindingType.CAREER_HISTORY, "学歴", "職歴", "経歴", "学歴・職歴", "最終学歴", "職務経歴", "education",
                "career", "work history", "work experience", "employment history");
        data(FindingType.PURCHASE_INFO, "購入日", "商品名", "購入商品", "注文日", "製品名", "設置日", "配送日", "購入店",
                "purchase date", "product", "product name", "order date", "item");
        data(FindingType.CREDIT_CARD, "カード番号", "クレジットカード番号", "クレジットカード", "card number", "credit card",
                "credit card number", "card no");
        data(FindingType.MY_NUMBER, "マイナンバー", "個人番号", "my number", "individual number");
        data(FindingType.IBAN, "iban");
        data(FindingType.SWIFT_BIC, "swift", "bic", "swift code", "swift/bic");
        data(FindingType.BANK_ACCOUNT, "口座番号", "振込先口座", "振込口座", "給与振込口座", "給与振込先", "口座", "bank account", "account number", "account no");
        data(FindingType.PASSWORD, "パスワード", "password", "passwd", "暗証番号", "pin", "パスコード", "初期パスワード");
        data(FindingType.API_TOKEN, "api key", "apiキー", "アクセストークン", "access token", "token", "secret", "secret key");
        data(FindingType.FAMILY_MEMBER, "続柄", "relationship", "家族構成");
        data(FindingType.SENSITIVE_INFO, "病歴", "既往歴", "病名", "診断名", "傷病名", "診断", "通院", "通院歴", "休職理由",
                "障害", "障害者手帳", "障害等級", "健康診断結果", "犯罪歴", "前科", "宗教", "信条", "人種", "medical history",
                "diagnosis", "disability", "criminal record", "religion", "health condition");
        part(NamePart.FAMILY, "姓", "氏", "last name", "surname", "family name");
        part(NamePart.GIVEN, "名", "first name", "given name");
        part(NamePart.FAMILY_KANA, "セイ", "せい", "姓カナ", "姓(カナ)");
        part(NamePart.GIVEN_KANA, "メイ", "めい", "名カナ", "名(カナ)");
        for (String w : List.of("代表電話", "代表番号", "代表", "fax", "fax番号", "ファックス", "ファクス", "注文番号",
                "管理番号", "請求書番号", "伝票番号", "型番", "シリアル", "serial", "invoice", "order no", "法人番号",
                "会社電話番号", "代表メール", "取引先コード", "取引先番号", "取引先id", "仕入先コード", "顧客コード", "vendor code", "supplier code",
                "customer code", "tel会社", "会社tel", "tel代表", "tel部門", "部門tel", "会社電話", "company phone", "main phone", "銀行名", "金融機関名", "支店名", "口座種別", "預金種目", "bank name", "branch name", "last login", "last logon", "login date", "login time", "最終ログイン",
                "最終ログイン日時", "ログイン日時", "更新日", "作成日", "updated", "created")) {
            LABELS.put(key(w), Role.NOT_PERSONAL);
        }
        List<String> keys = new ArrayList<>(LABELS.keySet());
        keys.sort(Comparator.comparingInt(String::length).reversed()
                .thenComparing(k -> LABELS.get(k) instanceof Role.NotPersonal ? 0 : 1));
        BY_LENGTH = List.copyOf(keys);
        LABEL_STARTS_KEYED = KeyCharacters.firstOf(keys);
        for (String k : keys) {
            if (k.length() >= 2) {
                String seconds = LABEL_SECOND_CHARACTERS[k.charAt(0)];
                LABEL_SECOND_CHARACTERS[k.charAt(0)] = (seconds == null ? "" : seconds) + k.charAt(1);
            }
        }
    }

    private FieldLabels() {
    }

    /** Words that make a header or label about a relative of the person: 扶養親族氏名, 配偶者の生年月日, 緊急連絡先電話. */
    private static final List<String> RELATIVE_MARKERS = List.of("扶養", "家族", "配偶者", "親族", "緊急連絡先", "続柄", "spouse",
            "dependent", "dependant", "emergency contact", "next of kin", "family", "relationship");

    /** True when the header or label describes a relative of the record's person rather than the person. */
    public static boolean aboutRelative(String header) {
        if (cannotNameARelative(header)) {
            return false;
        }
        Boolean known = RELATIVE_SEEN.get(header);
        if (known == null) {
            String k = key(header);
            // a family name is the person's own ("Family Name"), and so is "family" alone as often as not
            // (YAML, vCard, LDAP: given / family)
            String own = k.equals("family") ? "" : k.replace("family name", "");
            known = RELATIVE_MARKERS.stream().anyMatch(own::contains);
            if (RELATIVE_SEEN.size() > SEEN_LIMIT) {
                RELATIVE_SEEN.clear(); // bounded, as SEEN: asked for the first cell of every row of text
            }
            RELATIVE_SEEN.put(header, known);
        }
        return known;
    }

    /** True when no marker can be in the header's key. The first cell of most rows of text (dates, amounts, codes, words) ends here. */
    private static boolean cannotNameARelative(String header) {
        return !RELATIVE_MARKER_STARTS.mayBeIn(header);
    }

    private static final KeyCharacters RELATIVE_MARKER_STARTS = KeyCharacters.firstOf(RELATIVE_MARKERS);

    private static final java.util.concurrent.ConcurrentHashMap<String, Boolean> RELATIVE_SEEN = new java.util.concurrent.ConcurrentHashMap<>();

    private static void data(FindingType type, String... words) {
        for (String w : words) {
            LABELS.putIfAbsent(key(w), new Role.Data(type));
        }
    }

    private static void part(NamePart p, String... words) {
        for (String w : words) {
            LABELS.putIfAbsent(key(w), new Role.Part(p));
        }
    }

    /** Characters a key leaves out. */
    private static final String DROPPED_FROM_KEYS = ":*※■●・【】[]_";

    /**
     * Normalises a label: NFKC, lower case, without colons, brackets and markers like ※ or *;
     * spaces kept only between latin words ("home address", but "氏 名" becomes "氏名").
     */
    public static String key(String label) {
        String n = Names.nfkc(label).toLowerCase(Locale.ROOT);
        StringBuilder sb = new StringBuilder(n.length());
        for (int i = 0; i < n.length(); i++) {
            char c = n.charAt(i);
            if (Character.isWhitespace(c)) {
                if (sb.length() > 0 && sb.charAt(sb.length() - 1) != ' ') {
                    sb.append(' ');
                }
            } else if (DROPPED_FROM_KEYS.indexOf(c) < 0) {
                sb.append(c);
            }
        }
        String collapsed = sb.toString().strip();
        StringBuilder out = new StringBuilder(collapsed.length());
        for (int i = 0; i < collapsed.length(); i++) {
            char c = collapsed.charAt(i);
            if (c == ' ' && (collapsed.charAt(i - 1) > 0x7f || collapsed.charAt(i + 1) > 0x7f)) {
                continue;
            }
            out.append(c);
        }
        return out.toString();
    }

    /**
     * The role of a column header or field label: an exact label, else the longest known label the
     * header contains ("緊急連絡先電話番号" → phone, "代表電話番号" → not personal). Labels of one
     * character (姓, 名) only match exactly.
     */
    public static Optional<Role> roleOf(String header) {
        return roleOf(header, 0, header.length());
    }

    /** As {@link #roleOf(String)}, for the header {@code text[start, end)}: copied out only when the shortcuts cannot answer. */
    static Optional<Role> roleOf(String text, int start, int end) {
        if (!mayBeLabel(text, start, end)) {
            return Optional.empty(); // most cells: no label can be in them, and no copy or memo lookup
        }
        String header = text.substring(start, end);
        Optional<Role> known = SEEN.get(header);
        if (known == null) {
            known = lookUp(header);
            if (SEEN.size() > SEEN_LIMIT) {
                SEEN.clear(); // a bounded memo: cells of a table are asked about again and again
            }
            SEEN.put(header, known);
        }
        return known;
    }

    /**
     * False when {@code text[start, end)} can have no role, told without a copy of it: too long, no
     * character a label's key starts with, or ASCII without a label ({@link #asciiWithoutLabel}).
     */
    private static boolean mayBeLabel(String text, int start, int end) {
        return end - start <= 60 && LABEL_STARTS_KEYED.mayBeIn(text, start, end) && !asciiWithoutLabel(text, start, end);
    }

    private static final int SEEN_LIMIT = 100_000;
    private static final java.util.concurrent.ConcurrentHashMap<String, Optional<Role>> SEEN = new java.util.concurrent.ConcurrentHashMap<>();

    private static Optional<Role> lookUp(String header) {
        String k = key(header);
        if (k.isEmpty() || k.length() > 30 || k.codePoints().noneMatch(Character::isLetter)) {
            return Optional.empty(); // a label has a letter; amounts, dates and codes do not
        }
        Role exact = LABELS.get(k);
        if (exact != null) {
            return Optional.of(exact);
        }
        if (!holdsALabelStart(k)) {
            return Optional.empty();
        }
        for (String label : BY_LENGTH) {
            if (label.length() >= 2 && k.contains(label) && !isLatinWordInside(k, label)) {
                Role role = LABELS.get(label);
                return Optional.of(role instanceof Role.Data && !k.endsWith(label) ? ending(k).orElse(role) : role);
            }
        }
        return Optional.empty();
    }

    /**
     * The data label the header ends with: a header says whose data first and what data last
     * ("緊急連絡先氏名" is a name, though "連絡先" is the longer label inside it).
     */
    private static Optional<Role> ending(String k) {
        for (String label : BY_LENGTH) {
            if (label.length() >= 2 && k.endsWith(label) && LABELS.get(label) instanceof Role.Data && !isLatinWordInside(k, label)) {
                return Optional.of(LABELS.get(label));
            }
        }
        return Optional.empty();
    }

    /**
     * True for a header of ASCII that its key only lower-cases (no space, no character the key drops)
     * and that holds no two characters a label of two or more starts with: codes, amounts and dates
     * with a letter (P-879525, 12kg), decided without a key or the memo. A label of one character
     * matches only a key of one character, hence the length.
     */
    static boolean asciiWithoutLabel(String header) {
        return asciiWithoutLabel(header, 0, header.length());
    }

    private static boolean asciiWithoutLabel(String text, int start, int end) {
        if (end - start < 2) {
            return false;
        }
        for (int i = start; i < end; i++) {
            char c = text.charAt(i);
            if (c <= ' ' || c >= 0x80 || DROPPED_FROM_KEYS.indexOf(c) >= 0) {
                return false;
            }
        }
        for (int i = start; i + 1 < end; i++) {
            String seconds = LABEL_SECOND_CHARACTERS[asciiLower(text.charAt(i))];
            if (seconds != null && seconds.indexOf(asciiLower(text.charAt(i + 1))) >= 0) {
                return false;
            }
        }
        return true;
    }

    private static char asciiLower(char c) {
        return c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : c;
    }

    /** Only for tests: the role as found without the shortcuts before the memo. */
    static Optional<Role> lookUpWithoutShortcuts(String header) {
        return lookUp(header);
    }

    private static boolean holdsALabelStart(String k) {
        for (int i = 0; i + 1 < k.length(); i++) {
            String seconds = LABEL_SECOND_CHARACTERS[k.charAt(i)];
            if (seconds != null && seconds.indexOf(k.charAt(i + 1)) >= 0) {
                return true;
            }
        }
        return false;
    }

    /** "tin" must not match inside "settings"; latin labels match whole words only. */
    private static boolean isLatinWordInside(String header, String label) {
        if (!label.chars().allMatch(c -> c < 0x80)) {
            return false;
        }
        int i = header.indexOf(label);
        boolean leftOk = i == 0 || !Character.isLetter(header.charAt(i - 1));
        int end = i + label.length();
        boolean rightOk = end == header.length() || !Character.isLetter(header.charAt(end));
        return !(leftOk && rightOk);
    }
}
