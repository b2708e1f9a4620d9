package io.leakscope.core.analyze;

import static org.assertj.core.api.Assertions.assertThat;

import io.leakscope.core.detect.KnownNames;
import io.leakscope.core.detect.RecognizerRegistry;
import io.leakscope.core.model.Element;
import io.leakscope.core.model.ExtractedDocument;
import io.leakscope.core.model.PersonRecord;
import io.leakscope.core.model.Table;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class DocumentAnalyzerTest {
    private final DocumentAnalyzer analyzer = new DocumentAnalyzer(RecognizerRegistry.standard(KnownNames.of(List.of("佐藤 花子"))),
            OwnOrganization.of("株式会社エグザンプル", List.of("example-corp.co.jp")));

    /**
     * Before, a card number and an IBAN in a document that names nobody were dropped: only values
     * tied to a person were kept, and "no card numbers leaked" became a statement about persons only.
     */
    @Test
    void valuesThatLeakAloneAreKeptForTheDocumentWhenTheyBelongToNoOne() {
        String text = "決済エラー一覧\nカード番号：4111 1111 1111 1111\n振込先 IBAN: DE89 3704 0044 0532 0130 00\n"
                + "代表電話：03-1234-5678\n";
        AnalysisResult result = analyzer.analyze(new ExtractedDocument("経理/エラー.txt", "text/plain", text, List.of()));
        assertThat(result.records()).isEmpty();
        assertThat(result.unattributed()).extracting(f -> f.element()).containsExactlyInAnyOrder(Element.CREDIT_CARD, Element.BANK_ACCOUNT);
    }

    /**
     * Shapes from Apache Tika's test documents (testChm2.chm, a PHP manual; testChm3.chm; an
     * Access database): before, each cell of a "… Name" column and each word after "Name" became a
     * person — 442 persons on Tika's documents, most of them words like these.
     */
    @Test
    void aManualsNameColumnsAndNameLabelsHoldNoPersons() {
        Table resources = new Table("List of Resource Types", List.of(
                List.of("Resource Type Name", "Created By", "Used By", "Destroyed By", "Definition"),
                List.of("aspell", "aspell_new()", "aspell_check()", "None", "Aspell dictionary"),
                List.of("COM", "com_load()", "com_invoke()", "None", "Reference to COM object"),
                List.of("VARIANT", "", "", "None", "COM variant"),
                List.of("cpdf outline", "cpdf_add_outline()", "", "", "PDF outline"),
                List.of("pgsql link", "pg_connect()", "pg_query()", "pg_close()", "Link to PostgreSQL database"),
                List.of("GMP integer", "gmp_init()", "gmp_add()", "None", "GMP number")));
        String help = "Name\tDefault\tChangeable\nName\tDescription\nName: readme.doc\nName: SurfaceArea\nName\tPossible values\n"
                + "Name: The data type used for this field\nname: imap\n";
        AnalysisResult result = analyzer.analyze(new ExtractedDocument("manual.chm", "x", help, List.of(resources)));
        assertThat(result.records()).isEmpty();
    }

    /**
     * A manual's YAML example (Tika's testChm2.chm): "family" there is the family name; before, Dumars
     * became a relative of another person, five times, counted as employee family.
     */
    @Test
    void aFamilyNameKeyIsNoRelative() {
        String yaml = "bill-to:\n  given: Chris\n  family: Dumars\n  address:\n    city: Royal Oak\n";
        AnalysisResult result = analyzer.analyze(new ExtractedDocument("manual.txt", "x", yaml, List.of()));
        assertThat(result.records()).noneMatch(r -> r.kind() == PersonRecord.Kind.RELATIVE);
        String form = "氏名：山田 太郎\nFamily member: 山田 花子\n";
        assertThat(analyzer.analyze(new ExtractedDocument("form.txt", "x", form, List.of())).records())
                .anyMatch(r -> r.kind() == PersonRecord.Kind.RELATIVE);
    }

    /** Before, a "Family Name" column was read as about a relative ("family"): the row's own surname became a relative's. */
    @Test
    void aFamilyNameColumnIsThePersonsOwn() {
        Table roster = new Table("Staff", List.of(List.of("Given Name", "Family Name", "Email"),
                List.of("Maria", "Schmidt", "maria.schmidt@example.de")));
        AnalysisResult result = analyzer.analyze(new ExtractedDocument("staff.xlsx", "x", "", List.of(roster)));
        assertThat(result.records()).singleElement().satisfies(r -> {
            assertThat(r.kind()).isEqualTo(PersonRecord.Kind.TABLE_ROW);
            assertThat(r.values(io.leakscope.core.model.FindingType.PERSON_NAME)).containsExactly("Maria Schmidt");
        });
    }

    @Test
    void aRosterOfLatinNamesIsStillReadAndALabelledOneWordNameKept() {
        Table roster = new Table("Staff", List.of(List.of("Employee Name", "Email", "Department"),
                List.of("Maria Schmidt", "maria.schmidt@example.de", "Sales"),
                List.of("YAMADA Taro", "taro.yamada@example.co.jp", "HR"),
                List.of("john smith", "john.smith@example.com", "IT"),
                List.of("Sean O'Brien", "sean@example.ie", "Sales")));
        AnalysisResult result = analyzer.analyze(new ExtractedDocument("staff.xlsx", "x", "Name: Mayers\nEmail: mayers@example.org\n",
                List.of(roster)));
        assertThat(result.records().stream().flatMap(r -> r.values(io.leakscope.core.model.FindingType.PERSON_NAME).stream()))
                .containsExactlyInAnyOrder("Maria Schmidt", "YAMADA Taro", "john smith", "Sean O'Brien", "Mayers");
    }

    @Test
    void aValueTiedToAPersonIsNotUnattributedToo() {
        String text = "氏名：山田 太郎\nカード番号：4111 1111 1111 1111\n";
        AnalysisResult result = analyzer.analyze(new ExtractedDocument("経理/申込.txt", "text/plain", text, List.of()));
        assertThat(result.records()).singleElement().satisfies(r -> assertThat(r.elements()).contains(Element.CREDIT_CARD));
        assertThat(result.unattributed()).isEmpty();
    }

    @Test
    void resumeIsOneRecordWithItsElements() {
        String text = "履 歴 書\n氏名：山田 太郎\nふりがな：やまだ たろう\n住所：〒150-0001 東京都渋谷区神宮前1-2-3\n"
                + "電話番号：090-1234-5678\nメール：taro.yamada@mail.example.net\n\n学歴・職歴\n2010年3月 東京大学 卒業\n"
                + "2012年4月 株式会社山田商事 入社\n以上\n";
        List<PersonRecord> records = analyzer.analyze(new ExtractedDocument("採用/a.docx", "x", text, List.of())).records();
        assertThat(records).hasSize(1);
        assertThat(records.get(0).elements()).containsExactlyInAnyOrder(Element.NAME, Element.NAME_KANA, Element.POSTAL_ADDRESS,
                Element.PHONE, Element.EMAIL, Element.CAREER_HISTORY);
    }

    @Test
    void aNameInsideAnAddressIsPartOfThePlace() {
        String text = "履 歴 書\n氏名：森本 静子\n1997年2月27日生\n住所：〒556-0642 沖縄県今野市優斗町1-13-26\n電話番号：080-3479-3924\n";
        List<PersonRecord> records = analyzer.analyze(new ExtractedDocument("採用/b.docx", "x", text, List.of())).records();
        assertThat(records).singleElement().satisfies(r -> {
            assertThat(r.values(io.leakscope.core.model.FindingType.PERSON_NAME)).containsExactly("森本 静子");
            assertThat(r.elements()).contains(Element.DATE_OF_BIRTH, Element.POSTAL_ADDRESS, Element.PHONE);
        });
    }

    /** The company on the line above is the person's employer, not a sign that the name is part of a company. */
    @Test
    void aBusinessCardWithTheCompanyRightAboveTheNameIsOnePerson() {
        String text = "株式会社山田商事\n営業部 佐藤 健一 様\n携帯 090-2345-6789\n\nk.sato@yamada-shoji.co.jp\n";
        List<PersonRecord> records = analyzer.analyze(new ExtractedDocument("名刺.png", "image/png", text, List.of())).records();
        assertThat(records.stream().flatMap(r -> r.values(io.leakscope.core.model.FindingType.PERSON_NAME).stream())).containsExactly("佐藤 健一");
        assertThat(records.stream().flatMap(r -> r.elements().stream())).contains(Element.COMPANY_NAME, Element.PHONE);
    }

    @Test
    void signatureBlockGivesCompanyAddressAndSkipsSwitchboardAndRoleMailbox() {
        String text = "From: 鈴木 一郎 <ichiro.suzuki@partner1.co.jp>\nTo: 佐藤 花子 <s100001@example-corp.co.jp>\nSubject: 見積\n\n"
                + "佐藤様\n\nご注文番号: 4512345678\n代表: 03-3210-1111 またはinfo@partner1.co.jp まで。\n\n"
                + "--\n鈴木商事株式会社\n営業部\n鈴木 一郎\nTEL: 03-5123-4567\nE-mail: ichiro.suzuki@partner1.co.jp\n"
                + "〒100-0005 東京都千代田区丸の内1-2-3 丸の内ビル5F\n";
        List<PersonRecord> records = analyzer.analyze(new ExtractedDocument("m.eml", "message/rfc822", text, List.of())).records();
        Set<Element> partner = records.stream().filter(r -> r.values(io.leakscope.core.model.FindingType.PERSON_NAME).contains("鈴木 一郎"))
                .flatMap(r -> r.elements().stream()).collect(java.util.stream.Collectors.toSet());
        assertThat(partner).containsExactlyInAnyOrder(Element.NAME, Element.EMAIL, Element.PHONE, Element.COMPANY_NAME, Element.COMPANY_ADDRESS);
        assertThat(records.stream().flatMap(r -> r.values(io.leakscope.core.model.FindingType.PHONE).stream()))
                .containsOnly("+81351234567");
    }

    @Test
    void personTableRowsAreRecordsBelowATitle() {
        Table t = new Table("評価", List.of(List.of("2024年度 人事評価一覧"), List.of("社員番号", "氏名", "所属", "評価"),
                List.of("100123", "山田　太郎", "営業部", "A"), List.of("100124", "", "人事部", "B")));
        List<PersonRecord> records = analyzer.analyze(new ExtractedDocument("hr.xlsx", "x", "", List.of(t))).records();
        assertThat(records).hasSize(2);
        assertThat(records.get(0).elements()).containsExactlyInAnyOrder(Element.EMPLOYEE_ID, Element.NAME, Element.DEPARTMENT, Element.HR_INFO);
        assertThat(records.get(0).context()).contains("人事評価一覧");
        assertThat(records.get(0).values(io.leakscope.core.model.FindingType.PERSON_NAME)).containsExactly("山田 太郎");
    }

    @Test
    void aDependantInARowIsARecordOfTheirOwnAndFamilyInfoOfTheEmployee() {
        Table t = new Table("扶養親族", List.of(List.of("社員番号", "氏名", "扶養親族氏名", "続柄", "扶養親族生年月日", "緊急連絡先電話番号"),
                List.of("100123", "山田 太郎", "山田 花子", "妻", "昭和60年1月23日", "090-1111-2222")));
        List<PersonRecord> records = analyzer.analyze(new ExtractedDocument("fuyo.xlsx", "x", "", List.of(t))).records();
        assertThat(records).extracting(PersonRecord::kind).containsExactly(PersonRecord.Kind.RELATIVE, PersonRecord.Kind.TABLE_ROW);
        PersonRecord relative = records.get(0);
        PersonRecord employee = records.get(1);
        assertThat(relative.values(io.leakscope.core.model.FindingType.PERSON_NAME)).containsExactly("山田 花子");
        assertThat(relative.elements()).containsExactlyInAnyOrder(Element.NAME, Element.DATE_OF_BIRTH, Element.PHONE);
        assertThat(relative.context()).contains("妻");
        assertThat(employee.elements()).containsExactlyInAnyOrder(Element.EMPLOYEE_ID, Element.NAME, Element.FAMILY_INFO);
        assertThat(employee.values(io.leakscope.core.model.FindingType.FAMILY_MEMBER)).containsExactly("妻 山田 花子");
    }

    @Test
    void anEmergencyContactLineInAFormIsTheRelativesRecord() {
        String text = "身上書\n社員番号：100123\n氏名：山田 太郎\n携帯電話：090-1234-5678\n緊急連絡先：山田 花子（妻） 080-2222-3333\n";
        List<PersonRecord> records = analyzer.analyze(new ExtractedDocument("form.docx", "x", text, List.of())).records();
        assertThat(records).extracting(PersonRecord::kind).containsExactlyInAnyOrder(PersonRecord.Kind.RELATIVE, PersonRecord.Kind.FORM);
        PersonRecord relative = records.stream().filter(r -> r.kind() == PersonRecord.Kind.RELATIVE).findFirst().orElseThrow();
        PersonRecord employee = records.stream().filter(r -> r.kind() == PersonRecord.Kind.FORM).findFirst().orElseThrow();
        assertThat(relative.values(io.leakscope.core.model.FindingType.PHONE)).containsExactly("+818022223333");
        assertThat(relative.context()).contains("妻");
        assertThat(employee.values(io.leakscope.core.model.FindingType.PHONE)).containsExactly("+819012345678");
        assertThat(employee.values(io.leakscope.core.model.FindingType.FAMILY_MEMBER)).containsExactly("妻 山田 花子");
    }

    @Test
    void companyProfileHoldsNoPerson() {
        String text = "会社概要\n\n株式会社エグザンプル\n本社所在地：〒100-0005 東京都千代田区丸の内1-1-1\n代表電話：03-3210-0000\n"
                + "法人番号：7010001000000\nお問い合わせ：info@example-corp.co.jp\n";
        assertThat(analyzer.analyze(new ExtractedDocument("c.txt", "text/plain", text, List.of())).records()).isEmpty();
    }

    @Test
    void famousNamesInRunningTextAreMentionsNotRecords() {
        String text = "歴史コラム：織田信長と徳川家康、坂本龍馬の時代。\n夏目漱石を読む会を大阪で開催。\n";
        assertThat(analyzer.analyze(new ExtractedDocument("news.txt", "text/plain", text, List.of())).records()).isEmpty();
        String labelled = "担当者：坂本 龍馬\n";
        assertThat(analyzer.analyze(new ExtractedDocument("memo.txt", "text/plain", labelled, List.of())).records()).hasSize(1);
    }

    @Test
    void tableCellsOfAValidatedTypeMustPassTheValidator() {
        Table t = new Table("staff", List.of(List.of("Name", "SSN"), List.of("John Smith", "123-45-6789"),
                List.of("Jane Roe", "666-12-3456")));
        List<PersonRecord> records = analyzer.analyze(new ExtractedDocument("us.xlsx", "x", "", List.of(t))).records();
        assertThat(records).hasSize(2);
        assertThat(records.get(0).elements()).contains(Element.TAXPAYER_ID);
        assertThat(records.get(1).elements()).containsExactly(Element.NAME);
    }

    /** The sender of a mail whose body says nothing of them is known only from its headers (before: a form-like record like any subject). */
    @Test
    void aSenderNamedOnlyOnTheHeaderLinesIsAMailHeaderRecord() {
        String text = "From: Ivan Petrov <ivan.petrov@mail-relay.example>\nTo: soumu@example.co.jp\nSubject: 請求書の確認\n\n"
                + "添付の請求書をご確認ください。\n";
        List<PersonRecord> records = analyzer.analyze(new ExtractedDocument("至急.eml", "message/rfc822", text, List.of())).records();
        assertThat(records).filteredOn(r -> r.values(io.leakscope.core.model.FindingType.EMAIL).contains("ivan.petrov@mail-relay.example"))
                .singleElement().satisfies(r -> assertThat(r.kind()).isEqualTo(PersonRecord.Kind.MAIL_HEADER));
    }
}
