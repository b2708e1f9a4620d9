package io.leakscope.generator;

import static io.leakscope.core.model.FindingType.DATE_OF_BIRTH;
import static io.leakscope.core.model.FindingType.DEPARTMENT;
import static io.leakscope.core.model.FindingType.EMPLOYEE_ID;
import static io.leakscope.core.model.FindingType.FAMILY_MEMBER;
import static io.leakscope.core.model.FindingType.MY_NUMBER;
import static io.leakscope.core.model.FindingType.NAME_KANA;
import static io.leakscope.core.model.FindingType.PERSON_NAME;
import static io.leakscope.core.model.FindingType.PHONE;
import static io.leakscope.core.model.FindingType.POSTAL_ADDRESS;

import io.leakscope.generator.LeakGenerator.Employee;
import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * HR paperwork about employees' families, as HR files it: the form's subject in header fields on
 * one line ({@code 所属：開発本部 計算機開発部 第一課　社員番号：953111　氏名：青木　裕子}), then a table of
 * relatives with a {@code 続柄} column — a 家族状況届 (docx), family-allowance applications (PDF, in a
 * zip), a year-end 扶養控除等申告書 with the dependants' My Numbers (docx), and the emergency-contact
 * list (employee, then the contact's name, 続柄 and phone). Each relative is a person of their own
 * (employee_family), the same person in every form that lists them; the employee gets family_info.
 */
final class FamilyForms {
    private final LeakGenerator g;

    FamilyForms(LeakGenerator g) {
        this.g = g;
    }

    /** A relative of an employee: one person whatever form lists them. */
    private record Relative(String relationship, String name, String kana, LocalDate born, String phone, String myNumber, TruthPerson truth) {
        String member() {
            return relationship + " " + name;
        }
    }

    void write(Path leak, List<Employee> employees) throws IOException {
        List<Employee> chosen = new ArrayList<>();
        for (int i = employees.size() - 1; i >= 2 && chosen.size() < Math.max(3, employees.size() / 8); i -= 1 + g.random().nextInt(3)) {
            chosen.add(employees.get(i));
        }
        Map<Employee, List<Relative>> families = new LinkedHashMap<>();
        chosen.forEach(e -> families.put(e, family(e)));
        families.values().removeIf(List::isEmpty);
        int n = 0;
        Map<String, byte[]> allowances = new LinkedHashMap<>();
        String zip = "総務/手当/家族手当申請_2024.zip";
        for (Map.Entry<Employee, List<Relative>> f : families.entrySet()) {
            switch (n++ % 3) {
                case 0 -> familyStatus(leak, f.getKey(), f.getValue());
                case 1 -> allowance(zip, f.getKey(), f.getValue()).ifPresent(pdf -> allowances.put(member(f.getKey()), pdf));
                default -> dependantsDeclaration(leak, f.getKey(), f.getValue());
            }
        }
        if (!allowances.isEmpty()) {
            FileWriters.write(leak, zip, FileWriters.zip(allowances));
        }
        emergencyContacts(leak, families);
    }

    private static String member(Employee e) {
        return "家族手当申請書_" + e.id() + ".pdf";
    }

    private List<Relative> family(Employee e) {
        List<Relative> out = new ArrayList<>();
        String spouse = g.random().nextBoolean() ? "妻" : "夫";
        add(out, e, spouse, LocalDate.of(1965 + g.random().nextInt(30), 1 + g.random().nextInt(12), 1 + g.random().nextInt(28)), true);
        for (int c = 0; c < g.random().nextInt(3); c++) {
            add(out, e, List.of("長男", "長女", "次男", "次女").get(c * 2 + g.random().nextInt(2)),
                    LocalDate.of(2000 + g.random().nextInt(22), 1 + g.random().nextInt(12), 1 + g.random().nextInt(28)), false);
        }
        if (g.random().nextInt(4) == 0) {
            add(out, e, g.random().nextBoolean() ? "父" : "母", LocalDate.of(1938 + g.random().nextInt(15), 1 + g.random().nextInt(12),
                    1 + g.random().nextInt(28)), true);
        }
        return out;
    }

    private void add(List<Relative> out, Employee e, String relationship, LocalDate born, boolean withPhone) {
        String given = g.japanese().name().firstName();
        if (!g.claimName(e.name().family() + given)) {
            return;
        }
        String name = e.name().family() + " " + given;
        String kf = Readings.katakana(e.name().family());
        String kg = Readings.katakana(given);
        String kana = kf == null || kg == null ? null : kf + " " + kg;
        TruthPerson t = new TruthPerson("h" + e.id() + "-" + out.size(), "employee_family", name, null, null);
        g.addTruth(t);
        out.add(new Relative(relationship, name, kana, born, withPhone ? g.mobile() : null, Numbers.myNumber(g.random()), t));
    }

    /** The subject's header fields on one line, as forms print them: full-width spaces between fields, a full-width space in the name. */
    private static String headerLine(Employee e, String department) {
        return "所属：" + department + "\u3000社員番号：" + e.id() + "\u3000氏名：" + e.name().family() + "\u3000" + e.name().given();
    }

    private String department(Employee e) {
        return "本社 " + e.department() + " 第" + "一二三".charAt(g.random().nextInt(3)) + "課";
    }

    private void subject(Employee e, String doc, String department, List<Relative> relatives) {
        e.truth().holds(doc, EMPLOYEE_ID, e.id()).holds(doc, PERSON_NAME, e.name().spaced()).holds(doc, DEPARTMENT, department);
        relatives.forEach(r -> e.truth().holds(doc, FAMILY_MEMBER, r.member()));
    }

    private void familyStatus(Path leak, Employee e, List<Relative> relatives) throws IOException {
        String doc = "人事部/家族状況届/家族状況届_" + e.id() + ".docx";
        String department = department(e);
        List<List<String>> table = new ArrayList<>();
        table.add(List.of("続柄", "氏名", "フリガナ", "生年月日", "同居・別居", "連絡先"));
        for (Relative r : relatives) {
            String born = LeakGenerator.eraDate(r.born());
            table.add(List.of(r.relationship(), r.name(), r.kana() == null ? "" : r.kana(), born, "同居", r.phone() == null ? "" : r.phone()));
            r.truth().holds(doc, PERSON_NAME, r.name()).holds(doc, DATE_OF_BIRTH, r.born().toString());
            if (r.kana() != null) {
                r.truth().holds(doc, NAME_KANA, r.kana());
            }
            if (r.phone() != null) {
                r.truth().holds(doc, PHONE, r.phone());
            }
        }
        FileWriters.write(leak, doc, FileWriters.docxForm(List.of("家族状況届", "提出日：2024年4月1日", headerLine(e, department),
                "下記のとおり家族の状況を届け出ます。"), table, List.of("以上")));
        subject(e, doc, department, relatives);
    }

    /** A family-allowance application printed to PDF: its table comes out of the PDF as lines of words. */
    private Optional<byte[]> allowance(String zip, Employee e, List<Relative> relatives) throws IOException {
        String doc = zip + "!/" + member(e);
        String department = e.department();
        List<String> lines = new ArrayList<>(List.of("家族手当 支給申請書", "申請日：2024年4月10日", headerLine(e, department),
                "申請事由：扶養家族の異動", "続柄\u3000氏名\u3000フリガナ\u3000生年月日"));
        for (Relative r : relatives) {
            lines.add(r.relationship() + "\u3000" + r.name().replace(' ', '\u3000') + "\u3000" + (r.kana() == null ? "" : r.kana().replace(' ', '\u3000') + "\u3000")
                    + LeakGenerator.eraDate(r.born()));
        }
        lines.add("上記のとおり申請します。");
        Optional<byte[]> pdf = FileWriters.pdf(lines);
        if (pdf.isPresent()) {
            for (Relative r : relatives) {
                r.truth().holds(doc, PERSON_NAME, r.name()).holds(doc, DATE_OF_BIRTH, r.born().toString());
                if (r.kana() != null) {
                    r.truth().holds(doc, NAME_KANA, r.kana());
                }
            }
            subject(e, doc, department, relatives);
        }
        return pdf;
    }

    /** The year-end dependants' declaration: the employee's own My Number and address, each dependant's My Number. */
    private void dependantsDeclaration(Path leak, Employee e, List<Relative> relatives) throws IOException {
        String doc = "総務/給与/扶養控除申告書/R6_扶養控除等申告書_" + e.id() + ".docx";
        String own = Numbers.myNumber(g.random());
        String address = g.homeAddress();
        List<List<String>> table = new ArrayList<>();
        table.add(List.of("区分", "氏名", "続柄", "個人番号", "生年月日", "住所又は居所"));
        for (Relative r : relatives) {
            String kind = r.relationship().equals("妻") || r.relationship().equals("夫") ? "源泉控除対象配偶者" : "控除対象扶養親族";
            table.add(List.of(kind, r.name(), r.relationship(), r.myNumber(), g.writtenDate(r.born()), "同上"));
            r.truth().holds(doc, PERSON_NAME, r.name()).holds(doc, MY_NUMBER, r.myNumber()).holds(doc, DATE_OF_BIRTH, r.born().toString());
        }
        String department = e.department();
        FileWriters.write(leak, doc, FileWriters.docxForm(List.of("令和6年分 給与所得者の扶養控除等（異動）申告書",
                headerLine(e, department) + "\u3000個人番号：" + own.substring(0, 4) + " " + own.substring(4, 8) + " " + own.substring(8),
                "住所：" + address), table, List.of()));
        subject(e, doc, department, relatives);
        e.truth().holds(doc, MY_NUMBER, own).holds(doc, POSTAL_ADDRESS, address);
    }

    /** The emergency-contact list: the employee, then the contact's name, 続柄 and phone — the contact's, not the employee's. */
    private void emergencyContacts(Path leak, Map<Employee, List<Relative>> families) throws IOException {
        String doc = "総務/緊急連絡先一覧_2024.xlsx";
        List<List<String>> rows = new ArrayList<>();
        rows.add(List.of("緊急連絡先一覧（2024年4月1日現在）"));
        rows.add(List.of());
        rows.add(List.of("社員番号", "氏名", "所属", "緊急連絡先氏名", "続柄", "電話番号"));
        for (Map.Entry<Employee, List<Relative>> f : families.entrySet()) {
            Optional<Relative> contact = f.getValue().stream().filter(r -> r.phone() != null).findFirst();
            if (contact.isEmpty()) {
                continue;
            }
            Employee e = f.getKey();
            Relative r = contact.get();
            String written = g.writtenPhone(r.phone());
            rows.add(List.of(e.id(), e.name().spaced(), e.department(), r.name(), r.relationship(), written));
            e.truth().holds(doc, EMPLOYEE_ID, e.id()).holds(doc, PERSON_NAME, e.name().spaced()).holds(doc, DEPARTMENT, e.department())
                    .holds(doc, FAMILY_MEMBER, r.member());
            r.truth().holds(doc, PERSON_NAME, r.name()).holds(doc, PHONE, written);
        }
        FileWriters.write(leak, doc, FileWriters.xlsx(Map.of("緊急連絡先", rows)));
    }
}
