package io.leakscope.generator;

import io.leakscope.core.model.Element;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import net.datafaker.Faker;

/**
 * Generates a synthetic ransomware leak modelled on the categories of the Casio disclosure, with
 * the company's master data, a case configuration and the ground truth:
 * <pre>
 *   OUT/leak/      the stolen file share (xlsx, csv in UTF-8 and Shift_JIS, docx, pdf, eml, nested zip,
 *                  a corrupt file, an empty file, decoys)
 *   OUT/masters/   HR, group-staff, partner and customer masters
 *   OUT/case.yaml  the case configuration
 *   OUT/truth.json every exposed person with category, elements, documents and master record
 * </pre>
 * Name variants (with/without space, full-width space, 髙/高), the same person in many documents,
 * two different employees with the same name, and decoys (switchboards, order numbers, 法人番号,
 * role mailboxes) are built in. The same seed gives the same leak.
 */
public final class LeakGenerator {
    static final Charset SJIS = Charset.forName("windows-31j");
    static final String OWN_DOMAIN = "example-corp.co.jp";
    static final String ORGANIZATION = "株式会社エグザンプル";
    private static final List<String> DEPARTMENTS = List.of("営業部", "人事部", "経理部", "開発本部", "品質保証部", "総務部", "法務部", "情報システム部");
    private static final List<String> TITLES = List.of("部長", "課長", "主任", "担当");
    private static final List<String> PRODUCTS = List.of("電子ピアノ PX-S1100", "業務用プロジェクター XJ-F21", "電子ピアノ AP-S450", "大型ディスプレイ DS-55");

    /** How many persons of each kind. */
    public record Sizes(int employees, int groupStaff, int formerOverseas, int partners, int applicants, int customers) {
        public static final Sizes DEMO = new Sizes(60, 20, 8, 24, 6, 12);
        public static final Sizes TEST = new Sizes(150, 40, 12, 50, 10, 25);

        /** The demo sizes times a factor. */
        public static Sizes scaled(int factor) {
            return new Sizes(DEMO.employees * factor, DEMO.groupStaff * factor, DEMO.formerOverseas * factor,
                    DEMO.partners * factor, DEMO.applicants * factor, DEMO.customers * factor);
        }
    }

    private final Random random;
    private final Faker ja;
    private final Faker en;
    private final Sizes sizes;
    private final List<TruthPerson> truth = new ArrayList<>();
    private final Set<String> usedNames = new HashSet<>();
    private final Set<String> usedNumbers = new HashSet<>();

    public LeakGenerator(long seed, Sizes sizes) {
        this.random = new Random(seed);
        this.ja = new Faker(Locale.JAPANESE, new Random(seed));
        this.en = new Faker(Locale.ENGLISH, new Random(seed + 1));
        this.sizes = sizes;
    }

    record JpName(String family, String given, String kana) {
        String spaced() {
            return family + " " + given;
        }
    }

    record Employee(String id, JpName name, String masterName, String email, String department, TruthPerson truth) {
    }

    record GroupStaff(String account, String name, String email, TruthPerson truth) {
    }

    record Partner(String key, String company, String domain, JpName name, String email, String phone, String address, TruthPerson truth) {
    }

    public GroundTruth generate(Path out) throws IOException {
        Path leak = out.resolve("leak");
        Path masters = out.resolve("masters");
        Files.createDirectories(leak);
        Files.createDirectories(masters);
        List<Employee> employees = employees();
        List<GroupStaff> group = groupStaff();
        List<Partner> partners = partners();
        writeMasters(masters, employees, group, partners);
        writeHrFiles(leak, employees);
        writeGroupAccounts(leak, group);
        writeVpnSetup(leak, group);
        writePayrollAccounts(leak, employees);
        writeFormerOverseas(leak);
        writePartnerFiles(leak, partners, employees);
        writeApplicants(leak);
        writeCustomers(leak, masters);
        writeMinutes(leak, employees);
        writeBrokenAndDecoys(leak);
        writeIdentityDocuments(leak, employees);
        writeInvoiceDecoys(leak);
        Files.writeString(out.resolve("case.yaml"), CaseYaml.TEXT, StandardCharsets.UTF_8);
        GroundTruth gt = new GroundTruth(truth);
        gt.write(out.resolve("truth.json"));
        return gt;
    }

    // ---- people -------------------------------------------------------------------------------

    private JpName uniqueJpName() {
        for (int i = 0; i < 1000; i++) {
            String family = ja.name().lastName();
            String given = ja.name().firstName();
            if (usedNames.add(family + given)) {
                String kf = Readings.katakana(family);
                String kg = Readings.katakana(given);
                return new JpName(family, given, kf == null || kg == null ? null : kf + " " + kg);
            }
        }
        throw new IllegalStateException("name space exhausted");
    }

    private String unique(String prefix, int digits) {
        while (true) {
            StringBuilder sb = new StringBuilder(prefix);
            for (int i = 0; i < digits; i++) {
                sb.append(random.nextInt(10));
            }
            if (usedNumbers.add(sb.toString())) {
                return sb.toString();
            }
        }
    }

    private String mobile() {
        String n = unique("0" + (8 + random.nextInt(2)) + "0", 8);
        return n.substring(0, 3) + "-" + (1 + random.nextInt(9)) + n.substring(4, 7) + "-" + n.substring(7);
    }

    private String directLine() {
        String n = unique("035", 7);
        return "03-" + n.substring(2, 6) + "-" + n.substring(6);
    }

    private String homeAddress() {
        String pref = ja.address().state();
        return "〒" + (100 + random.nextInt(800)) + "-" + String.format("%04d", random.nextInt(10000)) + " " + pref
                + ja.name().lastName() + "市" + ja.name().firstName() + "町" + (1 + random.nextInt(5)) + "-" + (1 + random.nextInt(20))
                + "-" + (1 + random.nextInt(30));
    }

    private List<Employee> employees() {
        List<Employee> out = new ArrayList<>();
        for (int i = 0; i < sizes.employees(); i++) {
            JpName n = uniqueJpName();
            if (i == 1) {
                n = out.get(0).name(); // two different employees with the same name
            }
            String id = unique("1", 5);
            String masterName = n.family().contains("高") && random.nextInt(3) == 0 ? n.spaced().replace('高', '髙') : n.spaced();
            TruthPerson t = new TruthPerson("e" + id, "domestic_employee", n.spaced(), "hr_master", id);
            truth.add(t);
            out.add(new Employee(id, n, masterName, "s" + id + "@" + OWN_DOMAIN, pick(DEPARTMENTS), t));
        }
        return out;
    }

    private List<GroupStaff> groupStaff() {
        List<GroupStaff> out = new ArrayList<>();
        for (int i = 0; i < sizes.groupStaff(); i++) {
            String first = en.name().firstName();
            String last = en.name().lastName();
            if (!usedNames.add(first + last) || !first.matches("[A-Za-z]+") || !last.matches("[A-Za-z]+")) {
                i--;
                continue;
            }
            String account = "g" + unique("", 6);
            TruthPerson t = new TruthPerson(account, "group_employee", first + " " + last, "group_staff", account);
            truth.add(t);
            out.add(new GroupStaff(account, first + " " + last, first.toLowerCase(Locale.ROOT) + "." + last.toLowerCase(Locale.ROOT)
                    + "@sg.example-group.com", t));
        }
        return out;
    }

    private List<Partner> partners() {
        List<Partner> out = new ArrayList<>();
        for (int i = 0; i < sizes.partners(); i++) {
            JpName n = uniqueJpName();
            String company = ja.name().lastName() + pick(List.of("商事", "電機", "物流", "精工", "印刷")) + "株式会社";
            String domain = "partner" + (i + 1) + ".co.jp";
            String key = "T" + unique("", 5);
            TruthPerson t = new TruthPerson(key, "partner_contact", n.spaced(), "partner_master", key);
            truth.add(t);
            String address = "〒" + (100 + random.nextInt(80)) + "-00" + String.format("%02d", random.nextInt(100)) + " 東京都"
                    + pick(List.of("千代田区", "中央区", "港区", "品川区")) + ja.name().lastName() + (1 + random.nextInt(4)) + "-"
                    + (1 + random.nextInt(9)) + "-" + (1 + random.nextInt(9)) + " " + ja.name().lastName() + "ビル" + (2 + random.nextInt(8)) + "F";
            out.add(new Partner(key, company, domain, n, "contact" + (i + 1) + "." + key.toLowerCase(Locale.ROOT) + "@" + domain,
                    directLine(), address, t));
        }
        return out;
    }

    private <T> T pick(List<T> list) {
        return list.get(random.nextInt(list.size()));
    }

    /** The name as a careless hand typed it: with a space, without, or with a full-width space. */
    private String variant(JpName n) {
        return switch (random.nextInt(3)) {
            case 0 -> n.spaced();
            case 1 -> n.family() + n.given();
            default -> n.family() + "\u3000" + n.given();
        };
    }

    // ---- masters ------------------------------------------------------------------------------

    private void writeMasters(Path dir, List<Employee> employees, List<GroupStaff> group, List<Partner> partners) throws IOException {
        List<List<String>> hr = new ArrayList<>();
        hr.add(List.of("社員番号", "氏名", "フリガナ", "メールアドレス", "所属", "入社日"));
        for (Employee e : employees) {
            hr.add(List.of(e.id(), e.masterName(), e.name().kana() == null ? "" : e.name().kana(), e.email(), e.department(),
                    (1995 + random.nextInt(28)) + "/04/01"));
        }
        FileWriters.write(dir, "hr_master.csv", FileWriters.csv(hr, StandardCharsets.UTF_8));
        List<List<String>> gs = new ArrayList<>();
        gs.add(List.of("本社システムアカウント一覧"));
        gs.add(List.of());
        gs.add(List.of("Account", "Name", "Email", "Company"));
        group.forEach(g -> gs.add(List.of(g.account(), g.name(), g.email(), "Example Group Singapore Pte. Ltd.")));
        FileWriters.write(dir, "group_staff.xlsx", FileWriters.xlsx(Map.of("accounts", gs)));
        List<List<String>> pm = new ArrayList<>();
        pm.add(List.of("取引先担当者ID", "会社名", "担当者名", "メールアドレス"));
        partners.forEach(p -> pm.add(List.of(p.key(), p.company(), p.name().spaced(), p.email())));
        FileWriters.write(dir, "partner_master.csv", FileWriters.csv(pm, SJIS));
    }

    // ---- leak: HR -----------------------------------------------------------------------------

    private void writeHrFiles(Path leak, List<Employee> employees) throws IOException {
        String evaluation = "人事部/2024/評価一覧.xlsx";
        List<List<String>> rows = new ArrayList<>();
        rows.add(List.of("2024年度 人事評価一覧（社外秘）"));
        rows.add(List.of());
        rows.add(List.of("社員番号", "氏名", "所属", "役職", "等級", "評価"));
        List<Employee> inBackup = new ArrayList<>();
        for (int i = 0; i < employees.size(); i++) {
            Employee e = employees.get(i);
            if (i >= 2 && random.nextInt(100) >= 85) {
                continue;
            }
            rows.add(List.of(e.id(), variant(e.name()), e.department(), pick(TITLES), "G" + (1 + random.nextInt(6)), pick(List.of("S", "A", "B", "C"))));
            e.truth().exposedIn(evaluation, Element.EMPLOYEE_ID, Element.NAME, Element.DEPARTMENT, Element.HR_INFO);
            if (random.nextInt(100) < 30) {
                inBackup.add(e);
            }
        }
        FileWriters.write(leak, evaluation, FileWriters.xlsx(Map.of("評価", rows)));

        String roster = "人事部/社員名簿.csv";
        List<List<String>> r = new ArrayList<>();
        r.add(List.of("社員番号", "氏名", "フリガナ", "メールアドレス", "所属", "性別", "生年月日"));
        for (Employee e : employees) {
            if (random.nextInt(100) < 25 && e.name().kana() != null) {
                r.add(List.of(e.id(), variant(e.name()), e.name().kana(), e.email(), e.department(), pick(List.of("男", "女")),
                        random.nextBoolean() ? (1960 + random.nextInt(40)) + "/" + (1 + random.nextInt(12)) + "/" + (1 + random.nextInt(28))
                                : "昭和" + (40 + random.nextInt(20)) + "年" + (1 + random.nextInt(12)) + "月" + (1 + random.nextInt(28)) + "日"));
                e.truth().exposedIn(roster, Element.EMPLOYEE_ID, Element.NAME, Element.NAME_KANA, Element.EMAIL, Element.DEPARTMENT,
                        Element.GENDER, Element.DATE_OF_BIRTH);
            }
        }
        FileWriters.write(leak, roster, FileWriters.csv(r, SJIS));
        writeBackupArchive(leak, inBackup);
    }

    private void writeBackupArchive(Path leak, List<Employee> employees) throws IOException {
        String zip = "archive/2023_backup.zip";
        String member = "人事部/評価一覧_2023.xlsx";
        String inner = "old/名簿_2019.zip";
        String innerMember = "名簿.csv";
        List<List<String>> rows = new ArrayList<>();
        rows.add(List.of("社員番号", "氏名", "等級"));
        List<List<String>> old = new ArrayList<>();
        old.add(List.of("社員番号", "氏名", "所属"));
        for (Employee e : employees) {
            rows.add(List.of(e.id(), variant(e.name()), "G" + (1 + random.nextInt(6))));
            e.truth().exposedIn(zip + "!/" + member, Element.EMPLOYEE_ID, Element.NAME, Element.HR_INFO);
            if (random.nextBoolean()) {
                old.add(List.of(e.id(), e.name().spaced(), e.department()));
                e.truth().exposedIn(zip + "!/" + inner + "!/" + innerMember, Element.EMPLOYEE_ID, Element.NAME, Element.DEPARTMENT);
            }
        }
        Map<String, byte[]> members = new LinkedHashMap<>();
        members.put(member, FileWriters.xlsx(Map.of("2023", rows)));
        members.put(inner, FileWriters.zip(Map.of(innerMember, FileWriters.csv(old, SJIS))));
        FileWriters.write(leak, zip, FileWriters.zip(members));
    }

    private void writeGroupAccounts(Path leak, List<GroupStaff> group) throws IOException {
        String path = "情報システム/アカウント一覧.csv";
        List<List<String>> rows = new ArrayList<>();
        rows.add(List.of("Account", "Name", "Email", "Last Login"));
        for (GroupStaff g : group) {
            if (random.nextInt(100) < 90) {
                rows.add(List.of("EXAMPLE\\" + g.account(), g.name(), g.email(), "2024-09-" + (10 + random.nextInt(20))));
                g.truth().exposedIn(path, Element.SYSTEM_ACCOUNT, Element.NAME, Element.EMAIL);
            }
        }
        FileWriters.write(leak, path, FileWriters.csv(rows, StandardCharsets.UTF_8));
    }

    /** Initial VPN credentials sent to a few group staff: labelled blocks in plain text. */
    private void writeVpnSetup(Path leak, List<GroupStaff> group) throws IOException {
        String path = "情報システム/VPN初期設定_送付控え.txt";
        StringBuilder sb = new StringBuilder("VPN initial settings (sent by IT)\n\n");
        for (int i = 0; i < Math.max(2, group.size() / 8); i++) {
            GroupStaff g = group.get(i * 3 % group.size());
            if (sb.indexOf(g.account()) >= 0) {
                continue;
            }
            sb.append("Name: ").append(g.name()).append('\n')
                    .append("Account: EXAMPLE\\").append(g.account()).append('\n')
                    .append("Password: ").append("Vp").append(unique("", 6)).append("!x\n\n");
            g.truth().exposedIn(path, Element.NAME, Element.SYSTEM_ACCOUNT, Element.CREDENTIAL);
        }
        FileWriters.write(leak, path, sb.toString().getBytes(StandardCharsets.UTF_8));
    }

    /** Salary transfer accounts of a few employees. */
    private void writePayrollAccounts(Path leak, List<Employee> employees) throws IOException {
        String path = "総務/給与/給与振込口座一覧.csv";
        List<List<String>> rows = new ArrayList<>();
        rows.add(List.of("社員番号", "氏名", "銀行名", "支店名", "口座種別", "口座番号"));
        for (int i = 0; i < Math.max(2, employees.size() / 20); i++) {
            Employee e = employees.get(2 + random.nextInt(employees.size() - 2));
            rows.add(List.of(e.id(), e.name().spaced(), pick(List.of("みずほ銀行", "三菱UFJ銀行", "三井住友銀行")),
                    pick(List.of("本店", "渋谷支店", "新宿支店")), "普通", unique("", 7)));
            e.truth().exposedIn(path, Element.EMPLOYEE_ID, Element.NAME, Element.BANK_ACCOUNT);
        }
        FileWriters.write(leak, path, FileWriters.csv(rows, SJIS));
    }

    private void writeFormerOverseas(Path leak) throws IOException {
        String path = "海外/シンガポール/退職者/former_staff.xlsx";
        List<List<String>> rows = new ArrayList<>();
        rows.add(List.of("Name", "Taxpayer ID", "Position", "Leave Date"));
        for (int i = 0; i < sizes.formerOverseas(); i++) {
            String name = en.name().firstName() + " " + en.name().lastName();
            if (!name.matches("[A-Za-z ]+") || !usedNames.add(name)) {
                i--;
                continue;
            }
            String tin = switch (i % 4) {
                case 0 -> Numbers.ssn(random);
                case 1 -> Numbers.nino(random);
                case 2 -> Numbers.chineseResidentId(random);
                default -> "S" + unique("", 7) + (char) ('A' + random.nextInt(26));
            };
            rows.add(List.of(name, tin, pick(List.of("Sales Executive", "Engineer", "Accountant")), "2021-0" + (1 + random.nextInt(9)) + "-15"));
            TruthPerson t = new TruthPerson("f" + i, "former_overseas_employee", name, null, null);
            t.exposedIn(path, Element.NAME, Element.TAXPAYER_ID, Element.DEPARTMENT, Element.HR_INFO);
            truth.add(t);
        }
        FileWriters.write(leak, path, FileWriters.xlsx(Map.of("Leavers", rows)));
    }

    // ---- leak: partners -----------------------------------------------------------------------

    private void writePartnerFiles(Path leak, List<Partner> partners, List<Employee> employees) throws IOException {
        String list = "営業部/取引先/担当者一覧.xlsx";
        List<List<String>> rows = new ArrayList<>();
        rows.add(List.of("会社名", "担当者名", "メールアドレス", "電話番号", "会社住所", "代表電話"));
        for (Partner p : partners) {
            if (random.nextInt(100) < 70) {
                rows.add(List.of(p.company(), variant(p.name()), p.email(), p.phone(), p.address(), "03-3" + unique("", 3) + "-0000"));
                p.truth().exposedIn(list, Element.COMPANY_NAME, Element.NAME, Element.EMAIL, Element.PHONE, Element.COMPANY_ADDRESS);
            }
        }
        FileWriters.write(leak, list, FileWriters.xlsx(Map.of("担当者", rows)));
        int n = 0;
        for (Partner p : partners) {
            if (random.nextInt(100) >= 50) {
                continue;
            }
            Employee to = employees.get(2 + random.nextInt(employees.size() - 2));
            String path = "営業部/mail/" + String.format("%03d", ++n) + "_見積のご案内.eml";
            String body = to.name().family() + "様\n\nいつも大変お世話になっております。\n" + p.company() + "の" + p.name().family()
                    + "です。\nご依頼の見積書を添付いたします。ご注文番号: 45" + unique("", 8) + "\n"
                    + "ご不明点は代表: 03-3" + unique("", 3) + "-1111 またはinfo@" + p.domain() + "までお問い合わせください。\n\n"
                    + "--\n" + p.company() + "\n営業部\n" + p.name().spaced() + "\nTEL: " + p.phone() + "\nE-mail: " + p.email() + "\n"
                    + p.address() + "\n";
            FileWriters.write(leak, path, FileWriters.eml(p.name().spaced() + " <" + p.email() + ">", to.name().spaced() + " <" + to.email() + ">",
                    "お見積りの件", "Tue, 3 Sep 2024 10:15:00 +0900", body));
            p.truth().exposedIn(path, Element.NAME, Element.EMAIL, Element.PHONE, Element.COMPANY_NAME, Element.COMPANY_ADDRESS);
            to.truth().exposedIn(path, Element.NAME, Element.EMAIL);
        }
    }

    // ---- leak: applicants and customers -------------------------------------------------------

    private void writeApplicants(Path leak) throws IOException {
        for (int i = 0; i < sizes.applicants(); i++) {
            JpName n = uniqueJpName();
            if (n.kana() == null) {
                i--;
                continue;
            }
            String path = "採用/2023/応募者_" + String.format("%02d", i + 1) + ".docx";
            String email = "applicant" + unique("", 4) + "@mail.example.net";
            List<String> paragraphs = List.of("履 歴 書", "氏名：" + n.spaced(), "ふりがな：" + hiragana(n.kana()),
                    "住所：" + homeAddress(), "電話番号：" + mobile(), "メール：" + email, "", "学歴・職歴",
                    (2005 + random.nextInt(10)) + "年3月 " + ja.name().lastName() + "大学 経済学部 卒業",
                    (2015 + random.nextInt(5)) + "年4月 株式会社" + ja.name().lastName() + "商事 入社", "以上");
            FileWriters.write(leak, path, FileWriters.docx(paragraphs));
            TruthPerson t = new TruthPerson("a" + i, "job_applicant", n.spaced(), null, null);
            t.exposedIn(path, Element.NAME, Element.NAME_KANA, Element.POSTAL_ADDRESS, Element.PHONE, Element.EMAIL, Element.CAREER_HISTORY);
            truth.add(t);
        }
    }

    private static String hiragana(String katakana) {
        StringBuilder sb = new StringBuilder();
        for (char c : katakana.toCharArray()) {
            sb.append(c >= 'ァ' && c <= 'ヶ' ? (char) (c - 0x60) : c);
        }
        return sb.toString();
    }

    private void writeCustomers(Path leak, Path masters) throws IOException {
        String path = "物流/配送設置リスト_2024.csv";
        List<List<String>> crm = new ArrayList<>();
        crm.add(List.of("顧客番号", "氏名", "電話番号"));
        List<List<String>> rows = new ArrayList<>();
        rows.add(List.of("受付番号", "お客様名", "配送先住所", "電話番号", "購入日", "商品名"));
        for (int i = 0; i < sizes.customers(); i++) {
            JpName n = uniqueJpName();
            String key = "C" + unique("", 6);
            String phone = mobile();
            crm.add(List.of(key, n.spaced(), phone));
            rows.add(List.of("45" + unique("", 8), variant(n), homeAddress(), phone, "2024/0" + (1 + random.nextInt(9)) + "/1" + random.nextInt(10), pick(PRODUCTS)));
            TruthPerson t = new TruthPerson(key, "customer", n.spaced(), "crm", key);
            t.exposedIn(path, Element.NAME, Element.POSTAL_ADDRESS, Element.PHONE, Element.PURCHASE_INFO);
            truth.add(t);
        }
        FileWriters.write(leak, path, FileWriters.csv(rows, SJIS));
        FileWriters.write(masters, "crm_customers.csv", FileWriters.csv(crm, StandardCharsets.UTF_8));
    }

    // ---- leak: minutes, broken files, decoys --------------------------------------------------

    private void writeMinutes(Path leak, List<Employee> employees) throws IOException {
        List<String> lines = new ArrayList<>(List.of("第12回 品質改善会議 議事録", "日時：2024年6月12日 14:00-15:30", "出席者："));
        List<Employee> attendees = new ArrayList<>();
        for (int i = 2; i < employees.size() && attendees.size() < 8; i += 1 + random.nextInt(6)) {
            attendees.add(employees.get(i));
        }
        attendees.forEach(e -> lines.add("・" + e.name().spaced() + "（" + e.department() + "）"));
        lines.add("議題：新製品の品質目標について");
        lines.add("決定事項：次回までに不良率の集計を行う。");
        String path = "総務/議事録_2024-06.pdf";
        var pdf = FileWriters.pdf(lines);
        if (pdf.isPresent()) {
            FileWriters.write(leak, path, pdf.get());
            attendees.forEach(e -> e.truth().exposedIn(path, Element.NAME));
        }
    }

    /** A My Number ledger and copies of identity documents for a few employees (Casio: 10 persons). */
    private void writeIdentityDocuments(Path leak, List<Employee> employees) throws IOException {
        String ledger = "総務/給与/マイナンバー管理台帳.xlsx";
        String ids = "総務/身分証明書写し一覧.xlsx";
        List<List<String>> ledgerRows = new ArrayList<>();
        ledgerRows.add(List.of("社員番号", "氏名", "個人番号"));
        List<List<String>> idRows = new ArrayList<>();
        idRows.add(List.of("社員番号", "氏名", "書類", "旅券番号"));
        int n = Math.max(2, employees.size() / 15);
        for (int i = 0; i < n; i++) {
            Employee e = employees.get(2 + random.nextInt(employees.size() - 2));
            ledgerRows.add(List.of(e.id(), e.name().spaced(), Numbers.myNumber(random)));
            e.truth().exposedIn(ledger, Element.EMPLOYEE_ID, Element.NAME, Element.MY_NUMBER);
            if (i % 2 == 0) {
                idRows.add(List.of(e.id(), e.name().spaced(), "旅券", "T" + (char) ('K' + random.nextInt(10)) + unique("", 7)));
                e.truth().exposedIn(ids, Element.EMPLOYEE_ID, Element.NAME, Element.ID_DOCUMENT);
            }
        }
        FileWriters.write(leak, ledger, FileWriters.xlsx(Map.of("台帳", ledgerRows)));
        FileWriters.write(leak, ids, FileWriters.xlsx(Map.of("一覧", idRows)));
        String leave = "人事部/休職者管理.xlsx";
        List<List<String>> leaveRows = new ArrayList<>();
        leaveRows.add(List.of("社員番号", "氏名", "休職開始日", "休職理由"));
        for (int i = 0; i < Math.max(2, employees.size() / 30); i++) {
            Employee e = employees.get(2 + random.nextInt(employees.size() - 2));
            leaveRows.add(List.of(e.id(), e.name().spaced(), "2024/0" + (1 + random.nextInt(9)) + "/01",
                    pick(List.of("適応障害による療養", "腰椎椎間板ヘルニアの手術・入院", "うつ病による療養"))));
            e.truth().exposedIn(leave, Element.EMPLOYEE_ID, Element.NAME, Element.HR_INFO, Element.SENSITIVE_INFO);
        }
        FileWriters.write(leak, leave, FileWriters.xlsx(Map.of("休職者", leaveRows)));
        String health = "総務/健康保険組合のお知らせ.txt";
        FileWriters.write(leak, health, ("がん保険のパンフレットを配布します。糖尿病予防セミナーは10月に開催。\n")
                .getBytes(StandardCharsets.UTF_8));
    }

    /**
     * Numbers that look like personal data and are not: 12-digit invoice numbers (some with a valid
     * My Number check digit), 法人番号, JAN codes, Luhn-valid serial numbers, a switchboard.
     */
    private void writeInvoiceDecoys(Path leak) throws IOException {
        List<List<String>> rows = new ArrayList<>();
        rows.add(List.of("請求書番号", "取引先", "法人番号", "品目JAN", "シリアル番号", "金額", "代表電話"));
        for (int i = 0; i < 30; i++) {
            rows.add(List.of(i % 2 == 0 ? Numbers.myNumber(random) : unique("9", 11), ja.name().lastName() + "商事株式会社",
                    Numbers.corporateNumber(random), Numbers.jan(random), Numbers.luhnSerial(random),
                    String.valueOf(10000 + random.nextInt(900000)), "03-3" + unique("", 3) + "-0000"));
        }
        FileWriters.write(leak, "経理/請求書一覧_2024.csv", FileWriters.csv(rows, SJIS));
        String memo = "経理メモ\n\n請求書番号 " + Numbers.myNumber(random) + " の支払いは月末。\n"
                + "シリアル " + Numbers.luhnSerial(random) + " の製品を交換。JAN " + Numbers.jan(random) + "\n"
                + "法人番号 " + Numbers.corporateNumber(random) + "\n";
        FileWriters.write(leak, "経理/メモ.txt", memo.getBytes(StandardCharsets.UTF_8));
        String clipping = "社内報 2024年7月号\n\n"
                + "今月の歴史コラムでは、織田信長と豊臣秀吉、徳川家康の三人を取り上げます。坂本龍馬が京都で活躍した時代の話も紹介します。\n"
                + "夏目漱石の小説を読む会を大阪と名古屋で開催しました。福沢諭吉の言葉に学び、新しい年度も頑張りましょう。\n"
                + "イベント会場：東京国際フォーラム（千代田区丸の内）\n";
        FileWriters.write(leak, "広報/社内報_2024-07.txt", clipping.getBytes(StandardCharsets.UTF_8));
    }

    private void writeBrokenAndDecoys(Path leak) throws IOException {
        byte[] junk = new byte[4096];
        random.nextBytes(junk);
        junk[0] = 'P';
        junk[1] = 'K';
        junk[2] = 3;
        junk[3] = 4;
        FileWriters.write(leak, "人事部/壊れた一覧.xlsx", junk);
        FileWriters.write(leak, "共有/空のファイル.txt", new byte[0]);
        String company = "会社概要\n\n" + ORGANIZATION + "\n本社所在地：〒100-0005 東京都千代田区丸の内1-1-1\n代表電話：03-3210-0000\n"
                + "法人番号：" + "7010001000000" + "\nお問い合わせ：info@" + OWN_DOMAIN + "\n型番：PX-S1100 シリアル：4901234567894\n";
        FileWriters.write(leak, "広報/会社概要.txt", company.getBytes(StandardCharsets.UTF_8));
    }
}
