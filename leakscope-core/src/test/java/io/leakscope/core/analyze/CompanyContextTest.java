package io.leakscope.core.analyze;

import static org.assertj.core.api.Assertions.assertThat;

import io.leakscope.core.detect.KnownNames;
import io.leakscope.core.detect.RecognizerRegistry;
import io.leakscope.core.model.Element;
import io.leakscope.core.model.ExtractedDocument;
import io.leakscope.core.model.FindingType;
import io.leakscope.core.model.PersonRecord;
import io.leakscope.core.model.Table;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Which element a value is, for whom: a partner's business address, the breached company's own name and address beside its staff. */
class CompanyContextTest {
    private final DocumentAnalyzer analyzer = new DocumentAnalyzer(RecognizerRegistry.standard(KnownNames.of(List.of("山田 太郎"))),
            OwnOrganization.of("株式会社エグザンプル", List.of("Example America Inc."), List.of("example-corp.co.jp")));

    private List<PersonRecord> records(String path, String text, Table... tables) {
        return analyzer.analyze(new ExtractedDocument(path, "x", text, List.of(tables))).records();
    }

    @Test
    void aBusinessCardExportsAddressIsTheCompanysAndItsSwitchboardNoOnesPhone() {
        Table cards = new Table("名刺データ.csv", List.of(
                List.of("会社名", "部署名", "役職", "氏名", "e-mail", "郵便番号", "住所", "TEL会社", "TEL部門", "TEL直通", "Fax", "携帯電話"),
                List.of("鈴木商事株式会社", "営業部", "課長", "鈴木 一郎", "i.suzuki@partner1.co.jp", "100-0005", "東京都千代田区丸の内1-2-3 丸の内ビル5F",
                        "03-3210-0000", "03-3210-0001", "03-5123-4567", "03-3210-0002", "")));
        PersonRecord contact = records("名刺データ.csv", "", cards).get(0);
        assertThat(contact.elements()).contains(Element.COMPANY_ADDRESS).doesNotContain(Element.POSTAL_ADDRESS);
        assertThat(contact.values(FindingType.PHONE)).containsExactly("+81351234567");
    }

    @Test
    void aVendorListsCodeIsNoCompanyAndItsAddressNoHome() {
        Table vendors = new Table("取引先", List.of(List.of("取引先コード", "取引先名", "担当者", "住所", "電話番号"),
                List.of("V10293", "鈴木商事株式会社", "鈴木 一郎", "〒100-0005 東京都千代田区丸の内1-2-3", "03-5123-4567")));
        PersonRecord contact = records("取引先一覧.xlsx", "", vendors).get(0);
        assertThat(contact.values(FindingType.COMPANY_NAME)).containsExactly("鈴木商事株式会社");
        assertThat(contact.elements()).contains(Element.COMPANY_ADDRESS).doesNotContain(Element.POSTAL_ADDRESS);
    }

    @Test
    void theCompanysOwnNameAndOfficeBesideItsStaffAreTheEmployer() {
        Table extensions = new Table("内線表", List.of(List.of("会社名", "所属", "氏名", "内線", "メールアドレス", "所在地"),
                List.of("株式会社エグザンプル", "営業部", "山田 太郎", "1234", "s100001@example-corp.co.jp", "〒100-0005 東京都千代田区丸の内1-1-1")));
        PersonRecord employee = records("内線表.xlsx", "", extensions).get(0);
        assertThat(employee.elements()).containsExactlyInAnyOrder(Element.NAME, Element.DEPARTMENT, Element.EMAIL);
    }

    @Test
    void aSubsidiarysLetterToItsFormerEmployeeNamesTheEmployerNotTheirCompany() {
        String letter = "Example America Inc.\n1250 Market Street, Suite 400, San Francisco, CA 94103\n\nMarch 31, 2022\n\nGene Volkman\n"
                + "Employee ID: US43672\n\nDear Gene Volkman,\nThis letter confirms that your employment with Example America Inc. ended on March 31, 2022.\n"
                + "SSN: 243-83-4217\n\nSincerely,\nHuman Resources\n";
        assertThat(records("Separation_Letter_US43672.docx", letter)).singleElement().satisfies(r -> {
            assertThat(r.values(FindingType.PERSON_NAME)).containsExactly("Gene Volkman");
            assertThat(r.elements()).containsExactlyInAnyOrder(Element.NAME, Element.EMPLOYEE_ID, Element.TAXPAYER_ID);
        });
    }

    @Test
    void anInvoicesIssuerBlockGivesThePartnerNoPhone() {
        String invoice = "請求書\n\n〒100-0005 東京都千代田区丸の内1-2-3\n鈴木商事株式会社\n営業部 鈴木 一郎 様\n\n請求日：2024年9月30日\n\n"
                + "株式会社エグザンプル\n〒100-0005 東京都千代田区丸の内1-1-1\nTEL：03-3210-0000\n";
        for (String text : List.of(invoice, invoice.replace("\n", "\n\n"))) { // as plain text, and as a Word document's paragraphs
            List<PersonRecord> records = records("請求書.docx", text);
            assertThat(records).flatMap(r -> r.values(FindingType.PHONE)).isEmpty();
            assertThat(records).flatMap(r -> r.values(FindingType.COMPANY_NAME)).containsExactly("鈴木商事株式会社");
        }
    }

    @Test
    void anEmployeesSignatureUnderTheCompanysNameKeepsTheirDirectLine() {
        String mail = "From: 山田 太郎 <s100001@example-corp.co.jp>\nTo: 佐藤 一 <h.sato@partner1.co.jp>\n\nよろしくお願いいたします。\n\n"
                + "山田 太郎\n株式会社エグザンプル 営業部\nTEL: 03-5123-4567\nE-mail: s100001@example-corp.co.jp\n";
        for (String text : List.of(mail, mail.replace("\n", "\n\n"))) {
            assertThat(records("mail.eml", text)).filteredOn(r -> r.values(FindingType.PERSON_NAME).contains("山田 太郎"))
                    .flatMap(r -> r.values(FindingType.PHONE)).containsExactly("+81351234567");
        }
    }

    @Test
    void aCompanySpokenOfOrInAProductIdIsNoOnesAffiliation() {
        String forward = "佐藤さん\n\n下記、鈴木商事株式会社様からの見積です。\n山田 太郎\n";
        assertThat(records("fw.eml", forward)).flatMap(r -> r.values(FindingType.COMPANY_NAME)).isEmpty();
        String ics = "BEGIN:VCALENDAR\nPRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN\nORGANIZER;CN=山田 太郎:mailto:s100001@example-corp.co.jp\n";
        assertThat(records("会議.ics", ics)).flatMap(r -> r.values(FindingType.COMPANY_NAME)).isEmpty();
        String letter = "鈴木商事株式会社 御中\n営業部 鈴木 一郎 様\n";
        assertThat(records("letter.txt", letter)).flatMap(r -> r.values(FindingType.COMPANY_NAME)).containsExactly("鈴木商事株式会社");
    }
}
