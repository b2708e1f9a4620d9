package io.leakscope.generator;

import static io.leakscope.core.model.FindingType.*;

import io.leakscope.core.model.FindingType;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
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

    private final long seed;

    public LeakGenerator(long seed, Sizes sizes) {
        this.random = new Random(seed);
        this.seed = seed;
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

    /** The ground truth of the labelled business documents (classes and flags), beside truth.json. */
    public static final String CLASS_TRUTH = "classes.json";
    private static final int DOCUMENTS_PER_KIND = 4;

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
        writeMigrationMemo(leak, group);
        writePersonnelForms(leak, employees);
        writePayrollAccounts(leak, employees);
        writeDependants(leak, employees);
        writeBusinessTrips(leak, employees);
        writeFormerOverseas(leak);
        writePartnerFiles(leak, partners, employees);
        writeApplicants(leak);
        writeCustomers(leak, masters);
        writeMinutes(leak, employees);
        writeBrokenAndDecoys(leak);
        writeIdentityDocuments(leak, employees);
        writeInvoiceDecoys(leak);
        writeRealWorldShapes(leak, employees, group, partners);
        List<TruthFinding> unattributed = new PaymentGatewayLog(seed).write(leak, Math.max(4, sizes.customers() / 2));
        new DocumentClassCorpus(seed).generate(leak, out.resolve(CLASS_TRUTH), DOCUMENTS_PER_KIND);
        Files.writeString(out.resolve("case.yaml"), CaseYaml.TEXT, StandardCharsets.UTF_8);
        GroundTruth gt = new GroundTruth(truth);
        gt.write(out.resolve("truth.json"));
        GroundTruth.writeUnattributed(unattributed, out.resolve(PaymentGatewayLog.FILE));
        return gt;
    }

    /**
     * The shapes of files that leaks we did not write held (mail logs, quoted replies, family forms,
     * foreign leavers' sheets, business cards), each family in a class of its own.
     */
    private void writeRealWorldShapes(Path leak, List<Employee> employees, List<GroupStaff> group, List<Partner> partners) throws IOException {
        new MailServerLogs(this).write(leak, employees, group, partners);
        new MailThreads(this).write(leak, employees, group, partners);
        new FamilyForms(this).write(leak, employees);
        new ForeignLeavers(this).write(leak, sizes.formerOverseas());
        new BusinessContacts(this).write(leak, partners, employees);
    }

    // ---- people -------------------------------------------------------------------------------

    Random random() {
        return random;
    }

    Faker english() {
        return en;
    }

    Faker japanese() {
        return ja;
    }

    /** False when a person of this name was made already: every generated person's name is their own. */
    boolean claimName(String name) {
        return usedNames.add(name);
    }

    void addTruth(TruthPerson person) {
        truth.add(person);
    }

    static List<String> departments() {
        return DEPARTMENTS;
    }

    JpName uniqueJpName() {
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

    String unique(String prefix, int digits) {
        for (int attempt = 0; attempt < 100_000; attempt++) {
            StringBuilder sb = new StringBuilder(prefix);
            for (int i = 0; i < digits; i++) {
                sb.append(random.nextInt(10));
            }
            if (usedNumbers.add(sb.toString())) {
                return sb.toString();
            }
        }
        throw new IllegalStateException("no unused " + digits + "-digit number left after prefix " + prefix);
    }

    /** A company's main line in Tokyo: 03-NNNN-0000 style, never a person's. */
    String switchboard(String last) {
        return "03-" + String.format("%04d", random.nextInt(10_000)) + "-" + last; // a main line: companies may share one in the data
    }

    String mobile() {
        String n = unique("0" + (8 + random.nextInt(2)) + "0", 8);
        return n.substring(0, 3) + "-" + (1 + random.nextInt(9)) + n.substring(4, 7) + "-" + n.substring(7);
    }

    String directLine() {
        String n = unique("035", 7);
        return "03-" + n.substring(2, 6) + "-" + n.substring(6);
    }

    /** A home address, its block numbers written as people write them: 1-2-3, 1丁目2番3号, 一丁目2番3号, full-width. */
    String homeAddress() {
        String pref = ja.address().state();
        int chome = 1 + random.nextInt(5);
        int ban = 1 + random.nextInt(20);
        int go = 1 + random.nextInt(30);
        String block = switch (random.nextInt(4)) {
            case 0 -> chome + "丁目" + ban + "番" + go + "号";
            case 1 -> "一二三四五".charAt(chome - 1) + "丁目" + ban + "番" + go + "号";
            case 2 -> fullWidth(chome + "-" + ban + "-" + go).replace('-', '－');
            default -> chome + "-" + ban + "-" + go;
        };
        return "〒" + (100 + random.nextInt(800)) + "-" + String.format("%04d", random.nextInt(10000)) + " " + pref
                + ja.name().lastName() + "市" + ja.name().firstName() + "町" + block;
    }

    /** A phone number as people write it: with or without hyphens, full-width, +81, area code in brackets. */
    String writtenPhone(String phone) {
        return switch (random.nextInt(5)) {
            case 0 -> phone.replace("-", "");
            case 1 -> fullWidth(phone).replace('-', '－');
            case 2 -> "+81 " + phone.substring(1);
            case 3 -> "(" + phone.substring(0, phone.indexOf('-')) + ")" + phone.substring(phone.indexOf('-') + 1);
            default -> phone;
        };
    }

    static String fullWidth(String s) {
        StringBuilder sb = new StringBuilder();
        for (char c : s.toCharArray()) {
            sb.append(c >= '0' && c <= '9' ? (char) (c - '0' + '０') : c);
        }
        return sb.toString();
    }

    /** A birth date in one of the forms Japanese files use: 昭和60年1月23日, 平成元年5月1日, S60.1.23, 1985/1/23, 1985年01月23日. */
    String writtenDate(LocalDate d) {
        return switch (random.nextInt(5)) {
            case 0, 1 -> eraDate(d);
            case 2 -> eraLetter(d) + eraYear(d) + "." + d.getMonthValue() + "." + d.getDayOfMonth();
            case 3 -> String.format("%d年%02d月%02d日", d.getYear(), d.getMonthValue(), d.getDayOfMonth());
            default -> d.getYear() + "/" + d.getMonthValue() + "/" + d.getDayOfMonth();
        };
    }

    static String eraDate(LocalDate d) {
        int y = eraYear(d);
        String era = switch (eraLetter(d)) {
            case "S" -> "昭和";
            case "H" -> "平成";
            default -> "令和";
        };
        return era + (y == 1 ? "元" : String.valueOf(y)) + "年" + d.getMonthValue() + "月" + d.getDayOfMonth() + "日";
    }

    private static String eraLetter(LocalDate d) {
        return d.isBefore(LocalDate.of(1989, 1, 8)) ? "S" : d.isBefore(LocalDate.of(2019, 5, 1)) ? "H" : "R";
    }

    private static int eraYear(LocalDate d) {
        return d.getYear() - switch (eraLetter(d)) {
            case "S" -> 1925;
            case "H" -> 1988;
            default -> 2018;
        };
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

    <T> T pick(List<T> list) {
        return list.get(random.nextInt(list.size()));
    }

    /** The name as a careless hand typed it: with a space, without, or with a full-width space. */
    String variant(JpName n) {
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
            String name = variant(e.name());
            String title = pick(TITLES);
            String grade = "G" + (1 + random.nextInt(6));
            String rating = pick(List.of("S", "A", "B", "C"));
            rows.add(List.of(e.id(), name, e.department(), title, grade, rating));
            e.truth().holds(evaluation, EMPLOYEE_ID, e.id()).holds(evaluation, PERSON_NAME, name).holds(evaluation, DEPARTMENT, e.department())
                    .holds(evaluation, JOB_TITLE, title).holds(evaluation, HR_FIELD, grade).holds(evaluation, HR_FIELD, rating);
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
                String name = variant(e.name());
                String gender = pick(List.of("男", "女"));
                LocalDate born = LocalDate.of(1960 + random.nextInt(40), 1 + random.nextInt(12), 1 + random.nextInt(28));
                r.add(List.of(e.id(), name, e.name().kana(), e.email(), e.department(), gender, writtenDate(born)));
                e.truth().holds(roster, EMPLOYEE_ID, e.id()).holds(roster, PERSON_NAME, name).holds(roster, NAME_KANA, e.name().kana())
                        .holds(roster, EMAIL, e.email()).holds(roster, DEPARTMENT, e.department()).holds(roster, GENDER, gender)
                        .holds(roster, DATE_OF_BIRTH, born.toString());
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
            String name = variant(e.name());
            String grade = "G" + (1 + random.nextInt(6));
            rows.add(List.of(e.id(), name, grade));
            String doc = zip + "!/" + member;
            e.truth().holds(doc, EMPLOYEE_ID, e.id()).holds(doc, PERSON_NAME, name).holds(doc, HR_FIELD, grade);
            if (random.nextBoolean()) {
                old.add(List.of(e.id(), e.name().spaced(), e.department()));
                String oldDoc = zip + "!/" + inner + "!/" + innerMember;
                e.truth().holds(oldDoc, EMPLOYEE_ID, e.id()).holds(oldDoc, PERSON_NAME, e.name().spaced()).holds(oldDoc, DEPARTMENT, e.department());
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
                g.truth().holds(path, SYSTEM_ACCOUNT, "EXAMPLE\\" + g.account()).holds(path, PERSON_NAME, g.name()).holds(path, EMAIL, g.email());
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
            String password = "Vp" + unique("", 6) + "!x";
            sb.append("Name: ").append(g.name()).append('\n')
                    .append("Account: EXAMPLE\\").append(g.account()).append('\n')
                    .append("Password: ").append(password).append("\n\n");
            g.truth().holds(path, PERSON_NAME, g.name()).holds(path, SYSTEM_ACCOUNT, "EXAMPLE\\" + g.account()).holds(path, PASSWORD, password);
        }
        FileWriters.write(leak, path, sb.toString().getBytes(StandardCharsets.UTF_8));
    }

    /** IT's server-migration memo: who did what under which domain login, with a leaked access key. */
    private void writeMigrationMemo(Path leak, List<GroupStaff> group) throws IOException {
        String path = "情報システム/サーバ移行_作業メモ.txt";
        StringBuilder sb = new StringBuilder("サーバ移行作業メモ（2024/08）\n\n");
        for (int i = 0; i < Math.max(2, group.size() / 10); i++) {
            GroupStaff g = group.get((i * 7 + 1) % group.size());
            if (sb.indexOf(g.account()) >= 0) {
                continue;
            }
            String key = "AKIA" + unique("", 16).replace('0', 'Q').replace('5', 'Z');
            sb.append("作業担当：").append(g.name()).append("（EXAMPLE\\").append(g.account()).append("）\n")
                    .append("作業用 AWS アクセスキー: ").append(key).append('\n');
            if (i == 0) {
                sb.append("踏み台サーバ用の鍵（本人用）:\n-----BEGIN OPENSSH PRIVATE KEY-----\nb3BlbnNzaC1rZXktdjEAAAAABG5vbmUAAAAEbm9uZQ\n"
                        + "-----END OPENSSH PRIVATE KEY-----\n");
                g.truth().holds(path, PRIVATE_KEY, "-----BEGIN OPENSSH PRIVATE KEY-----");
            }
            sb.append("手順書は \\\\fs01\\share\\migration と C:\\Users\\admin\\Desktop\\手順書.docx を参照。\n\n");
            g.truth().holds(path, PERSON_NAME, g.name()).holds(path, SYSTEM_ACCOUNT, "EXAMPLE\\" + g.account()).holds(path, API_TOKEN, key);
        }
        FileWriters.write(leak, path, sb.toString().getBytes(StandardCharsets.UTF_8));
    }

    /**
     * 身上書: one personnel form per employee for a few, with the identity numbers HR keeps — driver's
     * licence, basic pension number, health-insurance card, salary account — and a birth date without
     * a label (昭和60年1月23日生（39歳）).
     */
    private void writePersonnelForms(Path leak, List<Employee> employees) throws IOException {
        for (int i = 0; i < Math.max(2, employees.size() / 25); i++) {
            Employee e = employees.get(2 + i * 5 % (employees.size() - 2));
            if (e.name().kana() == null) {
                continue;
            }
            String path = "人事部/身上書/身上書_" + e.id() + ".docx";
            LocalDate born = LocalDate.of(1960 + random.nextInt(35), 1 + random.nextInt(12), 1 + random.nextInt(28));
            int age = java.time.Period.between(born, LocalDate.of(2024, 4, 1)).getYears();
            String address = homeAddress();
            String phone = writtenPhone(mobile());
            String licence = unique(String.valueOf(3 + random.nextInt(6)), 11);
            String pension = unique(String.valueOf(1 + random.nextInt(9)), 9);
            String symbol = String.valueOf(1000 + random.nextInt(9000));
            String number = String.valueOf(1 + random.nextInt(999));
            String account = unique("", 7);
            String relationship = pick(List.of("妻", "夫", "父", "母"));
            String contactGiven = ja.name().firstName();
            if (!usedNames.add(e.name().family() + contactGiven)) {
                continue;
            }
            String contact = e.name().family() + " " + contactGiven;
            String contactPhone = mobile();
            List<String> lines = List.of("身上書（2024年4月1日現在）", "社員番号：" + e.id(), "氏名：" + e.name().spaced(),
                    "フリガナ：" + e.name().kana(), eraDate(born) + "生（" + age + "歳）",
                    "現住所：" + address, "携帯電話：" + phone, "運転免許証番号：" + licence,
                    "基礎年金番号：" + pension.substring(0, 4) + "-" + pension.substring(4),
                    "健康保険証 記号 " + symbol + " 番号 " + number,
                    "給与振込口座：" + pick(List.of("みずほ銀行 渋谷支店", "三井住友銀行 新宿支店", "りそな銀行 本店")) + " 普通 " + account,
                    "緊急連絡先：" + contact + "（" + relationship + "） " + contactPhone);
            FileWriters.write(leak, path, FileWriters.docx(lines));
            e.truth().holds(path, EMPLOYEE_ID, e.id()).holds(path, PERSON_NAME, e.name().spaced()).holds(path, NAME_KANA, e.name().kana())
                    .holds(path, DATE_OF_BIRTH, born.toString()).holds(path, POSTAL_ADDRESS, address).holds(path, PHONE, phone)
                    .holds(path, DRIVERS_LICENCE_NUMBER, licence).holds(path, PENSION_NUMBER, pension)
                    .holds(path, HEALTH_INSURANCE_NUMBER, symbol + "-" + number).holds(path, BANK_ACCOUNT, account)
                    .holds(path, FAMILY_MEMBER, relationship + " " + contact);
            TruthPerson relative = new TruthPerson("c" + e.id(), "employee_family", contact, null, null);
            relative.holds(path, PERSON_NAME, contact).holds(path, PHONE, contactPhone);
            truth.add(relative);
        }
    }

    /**
     * The year-end tax dependants' declaration: one row per dependant, the employee repeated. Each
     * dependant is a person of their own (employee_family) and family_info of the employee.
     */
    private void writeDependants(Path leak, List<Employee> employees) throws IOException {
        String path = "総務/給与/扶養控除等申告書_2024.xlsx";
        List<List<String>> rows = new ArrayList<>();
        rows.add(List.of("令和6年分 扶養控除等（異動）申告書 集計"));
        rows.add(List.of("社員番号", "氏名", "扶養親族氏名", "続柄", "扶養親族生年月日"));
        for (int i = 0; i < Math.max(2, employees.size() / 10); i++) {
            Employee e = employees.get(2 + (i * 7) % (employees.size() - 2));
            if (rows.stream().anyMatch(r -> r.get(0).equals(e.id()))) {
                continue;
            }
            for (int d = 0; d < 1 + random.nextInt(2); d++) {
                String relationship = d == 0 ? pick(List.of("妻", "夫")) : pick(List.of("長男", "長女", "次男", "母"));
                String given = ja.name().firstName();
                String name = e.name().family() + " " + given;
                if (!usedNames.add(e.name().family() + given)) {
                    continue;
                }
                LocalDate born = relationship.equals("母") ? LocalDate.of(1940 + random.nextInt(15), 1 + random.nextInt(12), 1 + random.nextInt(28))
                        : d == 0 ? LocalDate.of(1965 + random.nextInt(30), 1 + random.nextInt(12), 1 + random.nextInt(28))
                        : LocalDate.of(2000 + random.nextInt(20), 1 + random.nextInt(12), 1 + random.nextInt(28));
                rows.add(List.of(e.id(), e.name().spaced(), name, relationship, writtenDate(born)));
                e.truth().holds(path, EMPLOYEE_ID, e.id()).holds(path, PERSON_NAME, e.name().spaced())
                        .holds(path, FAMILY_MEMBER, relationship + " " + name);
                TruthPerson t = new TruthPerson("r" + e.id() + "-" + d, "employee_family", name, null, null);
                t.holds(path, PERSON_NAME, name).holds(path, DATE_OF_BIRTH, born.toString());
                truth.add(t);
            }
        }
        FileWriters.write(leak, path, FileWriters.xlsx(Map.of("扶養親族", rows)));
    }

    /**
     * The travel desk's list of employees abroad, by the names in their passports (YAMADA TARO),
     * with no employee number: only the HR master's reading links them to 山田 太郎.
     */
    private void writeBusinessTrips(Path leak, List<Employee> employees) throws IOException {
        String path = "総務/出張/海外出張者リスト_2024.xlsx";
        List<List<String>> rows = new ArrayList<>();
        rows.add(List.of("Name (as in passport)", "Passport No.", "Destination", "Travel dates"));
        for (int i = 0; i < Math.max(2, employees.size() / 20); i++) {
            Employee e = employees.get(2 + (i * 13) % (employees.size() - 2));
            if (e.name().kana() == null || rows.stream().anyMatch(r -> r.get(0).equals(passportName(e.name().kana())))) {
                continue;
            }
            String name = passportName(e.name().kana());
            String passport = "T" + (char) ('K' + random.nextInt(10)) + unique("", 7);
            rows.add(List.of(name, passport, pick(List.of("Singapore", "Frankfurt", "Los Angeles")), "2024-10-0" + (1 + random.nextInt(9))));
            e.truth().holds(path, PERSON_NAME, name).holds(path, PASSPORT_NUMBER, passport);
        }
        FileWriters.write(leak, path, FileWriters.xlsx(Map.of("Travellers", rows)));
    }

    /** ヤマダ タロウ as a Japanese passport prints it: YAMADA TARO (Hepburn, long vowels dropped). */
    private static String passportName(String kana) {
        StringBuilder sb = new StringBuilder();
        for (String part : kana.split(" ")) {
            String r = org.apache.lucene.analysis.ja.util.ToStringUtil.getRomanization(part).replace("'", "")
                    .replace("ō", "o").replace("ū", "u").replace("oo", "o").replace("uu", "u");
            sb.append(sb.length() == 0 ? "" : " ").append(r.toUpperCase(Locale.ROOT));
        }
        return sb.toString();
    }

    /** Salary transfer accounts of a few employees. */
    private void writePayrollAccounts(Path leak, List<Employee> employees) throws IOException {
        String path = "総務/給与/給与振込口座一覧.csv";
        List<List<String>> rows = new ArrayList<>();
        rows.add(List.of("社員番号", "氏名", "銀行名", "支店名", "口座種別", "口座番号"));
        for (int i = 0; i < Math.max(2, employees.size() / 20); i++) {
            Employee e = employees.get(2 + random.nextInt(employees.size() - 2));
            String account = unique("", 7);
            rows.add(List.of(e.id(), e.name().spaced(), pick(List.of("みずほ銀行", "三菱UFJ銀行", "三井住友銀行")),
                    pick(List.of("本店", "渋谷支店", "新宿支店")), "普通", account));
            e.truth().holds(path, EMPLOYEE_ID, e.id()).holds(path, PERSON_NAME, e.name().spaced()).holds(path, BANK_ACCOUNT, account);
        }
        FileWriters.write(leak, path, FileWriters.csv(rows, SJIS));
    }

    /**
     * Former staff of the Singapore subsidiary: a leavers sheet whose one "Taxpayer ID" column holds
     * US, UK, Chinese and Singaporean numbers, and HR's handover notes on some of them in running
     * English text with passport numbers, national ids and bank details.
     */
    private void writeFormerOverseas(Path leak) throws IOException {
        String path = "海外/シンガポール/退職者/former_staff.xlsx";
        String notes = "海外/シンガポール/退職者/handover_notes.txt";
        List<List<String>> rows = new ArrayList<>();
        rows.add(List.of("Name", "Taxpayer ID", "Position", "Leave Date"));
        StringBuilder text = new StringBuilder("Leavers 2021 - handover notes (HR Singapore)\n\n");
        for (int i = 0; i < sizes.formerOverseas(); i++) {
            String name = en.name().firstName() + " " + en.name().lastName();
            if (!name.matches("[A-Za-z ]+") || !usedNames.add(name)) {
                i--;
                continue;
            }
            boolean itin = i % 8 == 4;
            String tin = switch (i % 4) {
                case 0 -> itin ? Numbers.itin(random) : Numbers.ssn(random);
                case 1 -> Numbers.nino(random);
                case 2 -> Numbers.chineseResidentId(random);
                default -> Numbers.singaporeNric(random);
            };
            FindingType tinType = switch (i % 4) {
                case 0 -> itin ? US_ITIN : US_SSN;
                case 1 -> UK_NINO;
                case 2 -> CN_RESIDENT_ID;
                default -> SG_NRIC;
            };
            String position = pick(List.of("Sales Executive", "Engineer", "Accountant"));
            String leaveDate = "2021-0" + (1 + random.nextInt(9)) + "-15";
            rows.add(List.of(name, tin, position, leaveDate));
            TruthPerson t = new TruthPerson("f" + i, "former_overseas_employee", name, null, null);
            t.holds(path, PERSON_NAME, name).holds(path, tinType, tin).holds(path, JOB_TITLE, position).holds(path, HR_FIELD, leaveDate);
            if (i % 2 == 0) {
                handoverNote(text, notes, name, tinType, tin, t, i / 2);
            }
            truth.add(t);
        }
        FileWriters.write(leak, path, FileWriters.xlsx(Map.of("Leavers", rows)));
        FileWriters.write(leak, notes, text.toString().getBytes(StandardCharsets.UTF_8));
    }

    private void handoverNote(StringBuilder text, String doc, String name, FindingType tinType, String tin, TruthPerson t, int n) {
        String passport = (char) ('E' + random.nextInt(3)) + unique("", 8);
        String iban = Numbers.iban(random);
        text.append("Name: ").append(name).append('\n')
                .append("Passport No.: ").append(passport).append('\n')
                .append("Taxpayer ID: ").append(tin).append('\n')
                .append("Final salary paid to IBAN ").append(iban.replaceAll("(.{4})", "$1 ").strip()).append(" (SWIFT: MUFGSGSG).\n");
        t.holds(doc, PERSON_NAME, name).holds(doc, PASSPORT_NUMBER, passport).holds(doc, tinType, tin).holds(doc, IBAN, iban).holds(doc, SWIFT_BIC, "MUFGSGSG");
        switch (n % 4) {
            case 0 -> {
                String aadhaar = Numbers.aadhaar(random);
                text.append("Aadhaar: ").append(aadhaar.replaceAll("(\\d{4})(\\d{4})(\\d{4})", "$1 $2 $3")).append('\n');
                t.holds(doc, IN_AADHAAR, aadhaar);
            }
            case 1 -> {
                String pan = Numbers.indianPan(random);
                text.append("PAN (India, for the final tax return): ").append(pan).append('\n');
                t.holds(doc, IN_PAN, pan);
            }
            case 2 -> {
                String rrn = Numbers.koreanRrn(random);
                text.append("Korean RRN: ").append(rrn).append('\n');
                t.holds(doc, KR_RRN, rrn);
            }
            default -> {
                String thai = Numbers.thaiNationalId(random);
                text.append("Thai ID: ").append(thai).append('\n');
                t.holds(doc, TH_NATIONAL_ID, thai);
            }
        }
        text.append("Order no. ").append(unique("", 9)).append(" for the laptop return is closed.\n\n");
    }

    // ---- leak: partners -----------------------------------------------------------------------

    private void writePartnerFiles(Path leak, List<Partner> partners, List<Employee> employees) throws IOException {
        String list = "営業部/取引先/担当者一覧.xlsx";
        List<List<String>> rows = new ArrayList<>();
        rows.add(List.of("会社名", "担当者名", "メールアドレス", "電話番号", "会社住所", "代表電話"));
        for (Partner p : partners) {
            if (random.nextInt(100) < 70) {
                String name = variant(p.name());
                rows.add(List.of(p.company(), name, p.email(), p.phone(), p.address(), switchboard("0000")));
                p.truth().holds(list, COMPANY_NAME, p.company()).holds(list, PERSON_NAME, name).holds(list, EMAIL, p.email())
                        .holds(list, PHONE, p.phone()).holds(list, COMPANY_ADDRESS, p.address());
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
                    + "ご不明点は代表: " + switchboard("1111") + " またはinfo@" + p.domain() + "までお問い合わせください。\n\n"
                    + "--\n" + p.company() + "\n営業部\n" + p.name().spaced() + "\nTEL: " + p.phone() + "\nE-mail: " + p.email() + "\n"
                    + p.address() + "\n";
            FileWriters.write(leak, path, FileWriters.eml(p.name().spaced() + " <" + p.email() + ">", to.name().spaced() + " <" + to.email() + ">",
                    "お見積りの件", "Tue, 3 Sep 2024 10:15:00 +0900", body));
            p.truth().holds(path, PERSON_NAME, p.name().spaced()).holds(path, EMAIL, p.email()).holds(path, PHONE, p.phone())
                    .holds(path, COMPANY_NAME, p.company()).holds(path, COMPANY_ADDRESS, p.address())
                    .mentions(path, PERSON_NAME, p.name().family()).mentions(path, DEPARTMENT, "営業部");
            to.truth().holds(path, PERSON_NAME, to.name().spaced()).holds(path, EMAIL, to.email()).mentions(path, PERSON_NAME, to.name().family());
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
            String email = "applicant" + unique("", 6) + "@mail.example.net";
            String address = homeAddress();
            String phone = writtenPhone(mobile());
            LocalDate born = LocalDate.of(1985 + random.nextInt(15), 1 + random.nextInt(12), 1 + random.nextInt(28));
            String school = (born.getYear() + 22) + "年3月 " + ja.name().lastName() + "大学 経済学部 卒業";
            String employer = "株式会社" + ja.name().lastName() + "商事";
            List<String> paragraphs = List.of("履 歴 書", "氏名：" + n.spaced(), "ふりがな：" + hiragana(n.kana()),
                    born.getYear() + "年" + born.getMonthValue() + "月" + born.getDayOfMonth() + "日生",
                    "住所：" + address, "電話番号：" + phone, "メール：" + email, "", "学歴・職歴",
                    school, (born.getYear() + 27) + "年4月 " + employer + " 入社", "以上");
            FileWriters.write(leak, path, FileWriters.docx(paragraphs));
            TruthPerson t = new TruthPerson("a" + i, "job_applicant", n.spaced(), null, null);
            t.holds(path, PERSON_NAME, n.spaced()).holds(path, NAME_KANA, n.kana()).holds(path, DATE_OF_BIRTH, born.toString())
                    .holds(path, POSTAL_ADDRESS, address).holds(path, PHONE, phone).holds(path, EMAIL, email)
                    .holds(path, CAREER_HISTORY, school).holds(path, CAREER_HISTORY, employer);
            truth.add(t);
        }
    }

    static String hiragana(String katakana) {
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
        List<Map.Entry<JpName, TruthPerson>> customers = new ArrayList<>();
        for (int i = 0; i < sizes.customers(); i++) {
            JpName n = uniqueJpName();
            String key = "C" + unique("", 6);
            String phone = mobile();
            crm.add(List.of(key, n.spaced(), phone));
            String name = variant(n);
            String address = homeAddress();
            String bought = "2024/0" + (1 + random.nextInt(9)) + "/1" + random.nextInt(10);
            String product = pick(PRODUCTS);
            String writtenPhone = writtenPhone(phone);
            rows.add(List.of("45" + unique("", 8), name, address, writtenPhone, bought, product));
            TruthPerson t = new TruthPerson(key, "customer", n.spaced(), "crm", key);
            t.holds(path, PERSON_NAME, name).holds(path, POSTAL_ADDRESS, address).holds(path, PHONE, writtenPhone)
                    .holds(path, PURCHASE_INFO, bought).holds(path, PURCHASE_INFO, product);
            truth.add(t);
            customers.add(Map.entry(n, t));
        }
        FileWriters.write(leak, path, FileWriters.csv(rows, SJIS));
        FileWriters.write(masters, "crm_customers.csv", FileWriters.csv(crm, StandardCharsets.UTF_8));
        writeCardErrors(leak, customers);
    }

    /**
     * The web shop's card-payment error export: full card numbers for some customers (grouped, as
     * the payment provider wrote them), masked ones (4111-****-****-1111) for others.
     */
    private void writeCardErrors(Path leak, List<Map.Entry<JpName, TruthPerson>> customers) throws IOException {
        String path = "EC/決済エラー一覧_2024.csv";
        List<List<String>> rows = new ArrayList<>();
        rows.add(List.of("お客様名", "カード番号", "有効期限", "エラー内容"));
        for (int i = 0; i < customers.size(); i += 2) {
            JpName n = customers.get(i).getKey();
            String card = Numbers.paymentCard(random);
            boolean masked = i % 4 == 2;
            String written = masked ? card.substring(0, 4) + "-****-****-" + card.substring(12)
                    : card.replaceAll("(\\d{4})(?=\\d)", "$1-");
            rows.add(List.of(n.spaced(), written, String.format("%02d/%02d", 1 + random.nextInt(12), 26 + random.nextInt(5)),
                    pick(List.of("与信エラー", "有効期限切れ", "本人認証失敗"))));
            customers.get(i).getValue().holds(path, PERSON_NAME, n.spaced());
            if (!masked) {
                customers.get(i).getValue().holds(path, CREDIT_CARD, card);
            }
        }
        FileWriters.write(leak, path, FileWriters.csv(rows, StandardCharsets.UTF_8));
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
            attendees.forEach(e -> e.truth().holds(path, PERSON_NAME, e.name().spaced()).mentions(path, DEPARTMENT, e.department()));
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
            String myNumber = Numbers.myNumber(random);
            ledgerRows.add(List.of(e.id(), e.name().spaced(), myNumber));
            e.truth().holds(ledger, EMPLOYEE_ID, e.id()).holds(ledger, PERSON_NAME, e.name().spaced()).holds(ledger, MY_NUMBER, myNumber);
            if (i % 2 == 0) {
                String passport = "T" + (char) ('K' + random.nextInt(10)) + unique("", 7);
                idRows.add(List.of(e.id(), e.name().spaced(), "旅券", passport));
                e.truth().holds(ids, EMPLOYEE_ID, e.id()).holds(ids, PERSON_NAME, e.name().spaced()).holds(ids, PASSPORT_NUMBER, passport);
            }
        }
        FileWriters.write(leak, ledger, FileWriters.xlsx(Map.of("台帳", ledgerRows)));
        String cards = "総務/在留カード写し一覧.xlsx";
        List<List<String>> cardRows = new ArrayList<>();
        cardRows.add(List.of("社員番号", "氏名", "在留カード番号", "在留期間満了日"));
        for (int i = 0; i < Math.max(2, employees.size() / 20); i++) {
            Employee e = employees.get(2 + (i * 11) % (employees.size() - 2));
            String card = Numbers.residenceCard(random);
            cardRows.add(List.of(e.id(), e.name().spaced(), card, "2027/0" + (1 + random.nextInt(9)) + "/30"));
            e.truth().holds(cards, EMPLOYEE_ID, e.id()).holds(cards, PERSON_NAME, e.name().spaced()).holds(cards, RESIDENCE_CARD_NUMBER, card);
        }
        FileWriters.write(leak, cards, FileWriters.xlsx(Map.of("在留カード", cardRows)));
        FileWriters.write(leak, ids, FileWriters.xlsx(Map.of("一覧", idRows)));
        String leave = "人事部/休職者管理.xlsx";
        List<List<String>> leaveRows = new ArrayList<>();
        leaveRows.add(List.of("社員番号", "氏名", "休職開始日", "休職理由"));
        for (int i = 0; i < Math.max(2, employees.size() / 30); i++) {
            Employee e = employees.get(2 + random.nextInt(employees.size() - 2));
            String from = "2024/0" + (1 + random.nextInt(9)) + "/01";
            String reason = pick(List.of("適応障害による療養", "腰椎椎間板ヘルニアの手術・入院", "うつ病による療養"));
            leaveRows.add(List.of(e.id(), e.name().spaced(), from, reason));
            e.truth().holds(leave, EMPLOYEE_ID, e.id()).holds(leave, PERSON_NAME, e.name().spaced()).holds(leave, HR_FIELD, from)
                    .holds(leave, SENSITIVE_INFO, reason);
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
                    String.valueOf(10000 + random.nextInt(900000)), switchboard("0000")));
        }
        FileWriters.write(leak, "経理/請求書一覧_2024.csv", FileWriters.csv(rows, SJIS));
        String memo = "経理メモ\n\n請求書番号 " + Numbers.myNumber(random) + " の支払いは月末。\n"
                + "シリアル " + Numbers.luhnSerial(random) + " の製品を交換。JAN " + Numbers.jan(random) + "\n"
                + "法人番号 " + Numbers.corporateNumber(random) + "\n"
                + "2020年6月1日生産開始の PX-S1100 は注文番号 " + unique("", 9) + " で返品。\n"
                + "共有フォルダ \\\\fs01\\keiri\\2024 と C:\\Users\\keiri\\Desktop\\請求書.xlsx に保存。\n";
        FileWriters.write(leak, "経理/メモ.txt", memo.getBytes(StandardCharsets.UTF_8));
        String clipping = "社内報 2024年7月号\n\n"
                + "今月の歴史コラムでは、織田信長と豊臣秀吉、徳川家康の三人を取り上げます。坂本龍馬が京都で活躍した時代の話も紹介します。\n"
                + "夏目漱石の小説を読む会を大阪と名古屋で開催しました。福沢諭吉の言葉に学び、新しい年度も頑張りましょう。\n"
                + "イベント会場：東京国際フォーラム（千代田区丸の内）\n";
        FileWriters.write(leak, "広報/社内報_2024-07.txt", clipping.getBytes(StandardCharsets.UTF_8));
        String weekly = "営業週報 2024年9月第2週\n\n"
                + "・福井、長野、岡山の販売店を訪問。新潟 駅前店の売上が好調。\n"
                + "・山田電機株式会社 福岡支店との商談は継続、次回は大阪 梅田の展示会で。\n"
                + "・豊田市の工場見学と松下記念館の視察を実施。本田 技研の新型車も展示されていた。\n"
                + "・型番 TK1234567 の在庫は 1234567 台。パスポートケースの販促品 300 個を手配。\n";
        FileWriters.write(leak, "営業部/週報_2024-09.txt", weekly.getBytes(StandardCharsets.UTF_8));
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
