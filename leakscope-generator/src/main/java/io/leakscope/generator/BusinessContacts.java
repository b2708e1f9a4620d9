package io.leakscope.generator;

import static io.leakscope.core.model.FindingType.COMPANY_ADDRESS;
import static io.leakscope.core.model.FindingType.COMPANY_NAME;
import static io.leakscope.core.model.FindingType.DEPARTMENT;
import static io.leakscope.core.model.FindingType.EMAIL;
import static io.leakscope.core.model.FindingType.JOB_TITLE;
import static io.leakscope.core.model.FindingType.PERSON_NAME;
import static io.leakscope.core.model.FindingType.PHONE;

import io.leakscope.generator.LeakGenerator.Employee;
import io.leakscope.generator.LeakGenerator.Partner;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Where business addresses stand beside people: a business-card app's export (Eight's CSV:
 * 会社名, 部署名, 役職, 氏名, e-mail, 郵便番号, 住所, TEL会社 …), purchasing's vendor list with a plain 住所
 * column, invoices addressed to a partner's contact — each address the partner company's, not the
 * contact's home — and the company's own extension list, where the breached company's name and head
 * office stand beside every employee and are no one's company or address.
 */
final class BusinessContacts {
    static final String OWN_ADDRESS = "〒100-0005 東京都千代田区丸の内1-1-1";

    private final LeakGenerator g;

    BusinessContacts(LeakGenerator g) {
        this.g = g;
    }

    void write(Path leak, List<Partner> partners, List<Employee> employees) throws IOException {
        cardExport(leak, partners);
        vendorList(leak, partners);
        invoices(leak, partners);
        extensionList(leak, employees);
    }

    private static String postcode(String address) {
        return address.substring(1, address.indexOf(' '));
    }

    private static String withoutPostcode(String address) {
        return address.substring(address.indexOf(' ') + 1);
    }

    private void cardExport(Path leak, List<Partner> partners) throws IOException {
        String doc = "営業部/名刺/名刺データ_2024.csv";
        List<List<String>> rows = new ArrayList<>();
        rows.add(List.of("会社名", "部署名", "役職", "氏名", "e-mail", "郵便番号", "住所", "TEL会社", "TEL部門", "TEL直通", "Fax", "携帯電話", "URL", "名刺交換日"));
        for (int i = 0; i < partners.size(); i += 2) {
            Partner p = partners.get(i);
            String department = g.pick(List.of("営業部", "購買部", "技術部"));
            String title = g.pick(List.of("部長", "課長", "主任"));
            String site = "https://www." + p.domain() + "/";
            rows.add(List.of(p.company(), department, title, p.name().spaced(), p.email(), postcode(p.address()), withoutPostcode(p.address()),
                    g.switchboard("0000"), "", p.phone(), g.switchboard("0001"), "", site, "2024/0" + (1 + g.random().nextInt(9)) + "/1" + g.random().nextInt(10)));
            p.truth().holds(doc, COMPANY_NAME, p.company()).holds(doc, PERSON_NAME, p.name().spaced()).holds(doc, EMAIL, p.email())
                    .holds(doc, COMPANY_ADDRESS, withoutPostcode(p.address())).holds(doc, PHONE, p.phone()).holds(doc, DEPARTMENT, department)
                    .holds(doc, JOB_TITLE, title);
        }
        byte[] csv = FileWriters.csv(rows, StandardCharsets.UTF_8);
        byte[] withBom = new byte[csv.length + 3];
        withBom[0] = (byte) 0xEF;
        withBom[1] = (byte) 0xBB;
        withBom[2] = (byte) 0xBF;
        System.arraycopy(csv, 0, withBom, 3, csv.length);
        FileWriters.write(leak, doc, withBom);
    }

    private void vendorList(Path leak, List<Partner> partners) throws IOException {
        String doc = "購買/取引先一覧_2024.xlsx";
        List<List<String>> rows = new ArrayList<>();
        rows.add(List.of("取引先コード", "取引先名", "担当者", "住所", "電話番号", "メールアドレス"));
        for (int i = 1; i < partners.size(); i += 2) {
            Partner p = partners.get(i);
            rows.add(List.of("V" + g.unique("", 5), p.company(), p.name().spaced(), p.address(), p.phone(), p.email()));
            p.truth().holds(doc, COMPANY_NAME, p.company()).holds(doc, PERSON_NAME, p.name().spaced()).holds(doc, COMPANY_ADDRESS, p.address())
                    .holds(doc, PHONE, p.phone()).holds(doc, EMAIL, p.email());
        }
        FileWriters.write(leak, doc, FileWriters.xlsx(Map.of("取引先", rows)));
    }

    /** Invoices to a partner's contact: the contact's company and its address above their name, the issuer's below. */
    private void invoices(Path leak, List<Partner> partners) throws IOException {
        for (int i = 0; i < Math.max(2, partners.size() / 6); i++) {
            Partner p = partners.get(i * 5 % partners.size());
            String doc = "経理/請求書/請求書_INV-2024-" + String.format("%04d", 100 + i) + ".docx";
            FileWriters.write(leak, doc, FileWriters.docx(List.of("請求書", "", p.address(), p.company(), "営業部 " + p.name().spaced() + " 様", "",
                    "請求日：2024年9月30日", "請求番号：INV-2024-" + String.format("%04d", 100 + i), "ご請求金額：" + (10 + g.random().nextInt(90)) + "0,000円（税込）",
                    "", LeakGenerator.ORGANIZATION, OWN_ADDRESS, "TEL：03-3210-0000")));
            p.truth().holds(doc, COMPANY_NAME, p.company()).holds(doc, PERSON_NAME, p.name().spaced()).holds(doc, COMPANY_ADDRESS, p.address());
        }
    }

    /** The company's own extension list: its name and head office on every row, no one's affiliation or address. */
    private void extensionList(Path leak, List<Employee> employees) throws IOException {
        String doc = "総務/内線表_2024.xlsx";
        List<List<String>> rows = new ArrayList<>();
        rows.add(List.of("会社名", "所属", "氏名", "内線", "メールアドレス", "所在地"));
        for (int i = 2; i < employees.size(); i += 3) {
            Employee e = employees.get(i);
            String extension = String.format("%04d", g.random().nextInt(10_000)); // an extension, shared or not: no one's data
            rows.add(List.of(LeakGenerator.ORGANIZATION, e.department(), e.name().spaced(), extension, e.email(), OWN_ADDRESS));
            e.truth().holds(doc, PERSON_NAME, e.name().spaced()).holds(doc, DEPARTMENT, e.department()).holds(doc, EMAIL, e.email());
        }
        FileWriters.write(leak, doc, FileWriters.xlsx(Map.of("内線表", rows)));
    }
}
