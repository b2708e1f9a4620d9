package io.leakscope.generator;

import static io.leakscope.core.model.FindingType.CN_RESIDENT_ID;
import static io.leakscope.core.model.FindingType.DEPARTMENT;
import static io.leakscope.core.model.FindingType.EMPLOYEE_ID;
import static io.leakscope.core.model.FindingType.GENDER;
import static io.leakscope.core.model.FindingType.HR_FIELD;
import static io.leakscope.core.model.FindingType.IN_AADHAAR;
import static io.leakscope.core.model.FindingType.IN_PAN;
import static io.leakscope.core.model.FindingType.JOB_TITLE;
import static io.leakscope.core.model.FindingType.PERSON_NAME;
import static io.leakscope.core.model.FindingType.TH_NATIONAL_ID;
import static io.leakscope.core.model.FindingType.US_SSN;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Overseas subsidiaries' leavers, in the subsidiaries' own languages and column headers: a US sheet
 * with SSNs ({@code Employee ID, First Name, Last Name, SSN, Hire Date, Termination Date}) and a zip
 * of separation letters, a Chinese {@code 离职员工名单} ({@code 姓名, 身份证号码, 纳税人识别号}), an Indian
 * CSV with PAN and Aadhaar, and a Thai sheet ({@code เลขประจำตัวประชาชน, เลขประจำตัวผู้เสียภาษี}). Names in
 * Latin, Chinese and Thai script; every person a former overseas employee.
 */
final class ForeignLeavers {
    private static final String CATEGORY = "former_overseas_employee";
    private static final List<String> CN_FAMILY = List.of("王", "李", "张", "刘", "陈", "杨", "黄", "赵", "周", "吴", "徐", "孙", "马", "朱", "胡");
    private static final List<String> CN_GIVEN = List.of("伟", "芳", "娜", "敏", "静", "丽", "强", "磊", "洋", "艳", "勇", "军", "杰", "娟",
            "涛", "明", "超", "秀英", "华", "建国", "志强", "晓明", "海燕", "文博", "子涵");
    private static final List<String> TH_GIVEN = List.of("สมชาย", "สมศักดิ์", "วิไล", "สุดา", "ประเสริฐ", "อรุณ", "นิภา", "กิตติ", "จันทร์เพ็ญ", "ธนพล");
    private static final List<String> TH_FAMILY = List.of("ใจดี", "ศรีสุข", "วงศ์ใหญ่", "บุญมา", "แสงทอง", "รัตนพันธ์", "สุขสวัสดิ์", "ทองดี");

    private final LeakGenerator g;
    private int persons;

    ForeignLeavers(LeakGenerator g) {
        this.g = g;
    }

    void write(Path leak, int size) throws IOException {
        unitedStates(leak, size);
        china(leak, size);
        india(leak, Math.max(2, size / 2));
        thailand(leak, Math.min(TH_GIVEN.size() * TH_FAMILY.size() / 2, Math.max(2, size / 2)));
    }

    private TruthPerson person(String name) {
        TruthPerson t = new TruthPerson("x" + persons++, CATEGORY, name, null, null);
        g.addTruth(t);
        return t;
    }

    private String latinName() {
        while (true) {
            String first = g.english().name().firstName();
            String last = g.english().name().lastName();
            if ((first + last).matches("[A-Za-z]+") && g.claimName(first + " " + last)) {
                return first + " " + last;
            }
        }
    }

    private String date(int fromYear, int years) {
        return String.format("%d-%02d-%02d", fromYear + g.random().nextInt(years), 1 + g.random().nextInt(12), 1 + g.random().nextInt(28));
    }

    private void unitedStates(Path leak, int size) throws IOException {
        String sheet = "海外/US/HR/Terminated_Employees_2019-2023.xlsx";
        String zip = "海外/US/HR/separation_letters_2022.zip";
        List<List<String>> rows = new ArrayList<>();
        rows.add(List.of("Example America Inc. - Terminated Employees 2019-2023 (CONFIDENTIAL)"));
        rows.add(List.of());
        rows.add(List.of("Employee ID", "First Name", "Last Name", "SSN", "Hire Date", "Termination Date", "Reason"));
        Map<String, byte[]> letters = new LinkedHashMap<>();
        for (int i = 0; i < size; i++) {
            String name = latinName();
            String id = "US" + g.unique("", 5);
            String ssn = Numbers.ssn(g.random());
            String hired = date(2010, 9);
            String left = date(2019, 5);
            rows.add(List.of(id, name.substring(0, name.indexOf(' ')), name.substring(name.indexOf(' ') + 1), ssn, hired, left,
                    g.pick(List.of("Voluntary resignation", "Relocation", "Position eliminated", "Retirement"))));
            TruthPerson t = person(name);
            t.holds(sheet, EMPLOYEE_ID, id).holds(sheet, PERSON_NAME, name).holds(sheet, US_SSN, ssn).holds(sheet, HR_FIELD, hired)
                    .holds(sheet, HR_FIELD, left);
            if (i % 2 == 0) {
                String member = "Separation_Letter_" + id + ".docx";
                letters.put(member, separationLetter(name, id, ssn));
                String doc = zip + "!/" + member;
                t.holds(doc, PERSON_NAME, name).holds(doc, EMPLOYEE_ID, id).holds(doc, US_SSN, ssn);
            }
        }
        FileWriters.write(leak, sheet, FileWriters.xlsx(Map.of("Terminated", rows)));
        FileWriters.write(leak, zip, FileWriters.zip(letters));
    }

    private static byte[] separationLetter(String name, String id, String ssn) throws IOException {
        return FileWriters.docx(List.of("Example America Inc.", "1250 Market Street, Suite 400, San Francisco, CA 94103", "", "March 31, 2022",
                "", name, "Employee ID: " + id, "", "Dear " + name + ",",
                "This letter confirms that your employment with Example America Inc. ended on March 31, 2022.",
                "Your final paycheck, including accrued vacation, will be deposited on your regular pay date. Your Form W-2 will be mailed "
                        + "to the address on file.",
                "SSN: " + ssn, "", "Sincerely,", "Human Resources", "Example America Inc."));
    }

    private void china(Path leak, int size) throws IOException {
        String sheet = "海外/中国/人事/离职员工名单_2019-2023.xlsx";
        List<List<String>> rows = new ArrayList<>();
        rows.add(List.of("爱克赞普尔（上海）有限公司 离职员工名单 2019-2023"));
        rows.add(List.of("序号", "工号", "姓名", "性别", "身份证号码", "纳税人识别号", "部门", "职位", "入职日期", "离职日期"));
        for (int i = 0; i < size; i++) {
            String name = g.pick(CN_FAMILY) + g.pick(CN_GIVEN) + (g.random().nextBoolean() ? "" : g.pick(CN_GIVEN).substring(0, 1));
            if (!g.claimName(name)) {
                i--;
                continue;
            }
            String id = "CN" + g.unique("", 5);
            String resident = Numbers.chineseResidentId(g.random());
            String gender = g.random().nextBoolean() ? "男" : "女";
            String department = g.pick(List.of("销售部", "财务部", "技术部", "人事部"));
            String title = g.pick(List.of("经理", "主管", "专员", "工程师"));
            String hired = date(2012, 7);
            String left = date(2019, 5);
            rows.add(List.of(String.valueOf(i + 1), id, name, gender, resident, resident, department, title, hired, left));
            person(name).holds(sheet, EMPLOYEE_ID, id).holds(sheet, PERSON_NAME, name).holds(sheet, GENDER, gender)
                    .holds(sheet, CN_RESIDENT_ID, resident).holds(sheet, CN_RESIDENT_ID, resident).holds(sheet, DEPARTMENT, department)
                    .holds(sheet, JOB_TITLE, title).holds(sheet, HR_FIELD, hired).holds(sheet, HR_FIELD, left);
        }
        FileWriters.write(leak, sheet, FileWriters.xlsx(Map.of("离职员工", rows)));
    }

    private void india(Path leak, int size) throws IOException {
        String path = "海外/India/HR/leavers_FY2022-23.csv";
        List<List<String>> rows = new ArrayList<>();
        rows.add(List.of("Emp Code", "Employee Name", "PAN", "Aadhaar No.", "Date of Joining", "Date of Leaving"));
        for (int i = 0; i < size; i++) {
            String name = latinName();
            String id = "IN" + g.unique("", 5);
            String pan = Numbers.indianPan(g.random());
            String aadhaar = Numbers.aadhaar(g.random());
            String joined = date(2014, 6);
            String left = date(2022, 2);
            rows.add(List.of(id, name, pan, aadhaar.replaceAll("(\\d{4})(\\d{4})(\\d{4})", "$1 $2 $3"), joined, left));
            person(name).holds(path, EMPLOYEE_ID, id).holds(path, PERSON_NAME, name).holds(path, IN_PAN, pan).holds(path, IN_AADHAAR, aadhaar)
                    .holds(path, HR_FIELD, joined).holds(path, HR_FIELD, left);
        }
        FileWriters.write(leak, path, FileWriters.csv(rows, StandardCharsets.UTF_8));
    }

    private void thailand(Path leak, int size) throws IOException {
        String sheet = "海外/Thailand/HR/รายชื่อพนักงานลาออก_2566.xlsx";
        List<List<String>> rows = new ArrayList<>();
        rows.add(List.of("ลำดับ", "รหัสพนักงาน", "ชื่อ-นามสกุล", "เลขประจำตัวประชาชน", "เลขประจำตัวผู้เสียภาษี", "วันที่ลาออก"));
        for (int i = 0; i < size; i++) {
            String name = g.pick(TH_GIVEN) + " " + g.pick(TH_FAMILY);
            if (!g.claimName(name)) {
                i--;
                continue;
            }
            String id = "TH" + g.unique("", 5);
            String national = Numbers.thaiNationalId(g.random());
            String left = date(2022, 2);
            rows.add(List.of(String.valueOf(i + 1), id, name, national, national, left));
            person(name).holds(sheet, EMPLOYEE_ID, id).holds(sheet, PERSON_NAME, name).holds(sheet, TH_NATIONAL_ID, national)
                    .holds(sheet, TH_NATIONAL_ID, national).holds(sheet, HR_FIELD, left);
        }
        FileWriters.write(leak, sheet, FileWriters.xlsx(Map.of("ลาออก".toUpperCase(Locale.ROOT), rows)));
    }
}
