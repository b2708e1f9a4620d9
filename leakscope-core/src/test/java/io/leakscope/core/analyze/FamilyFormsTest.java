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

/** HR forms about families as HR files them: the subject in header fields, the relatives in a table with 続柄. */
class FamilyFormsTest {
    private final DocumentAnalyzer analyzer = new DocumentAnalyzer(RecognizerRegistry.standard(KnownNames.of(List.of("青木 裕子", "山田 太郎"))),
            OwnOrganization.of("株式会社エグザンプル", List.of("example-corp.co.jp")));

    private static final String HEADER = "家族状況届\n提出日：2024年4月1日\n所属：開発本部 計算機開発部 第一課\u3000社員番号：953111\u3000氏名：青木\u3000裕子\n"
            + "下記のとおり家族の状況を届け出ます。\n";

    private static PersonRecord only(List<PersonRecord> records, PersonRecord.Kind kind) {
        return records.stream().filter(r -> r.kind() == kind).findFirst().orElseThrow();
    }

    @Test
    void aFamilyStatusFormsTableListsTheSubjectsRelatives() {
        Table relatives = new Table("", List.of(List.of("続柄", "氏名", "フリガナ", "生年月日", "同居・別居", "連絡先"),
                List.of("夫", "青木 太郎", "アオキ タロウ", "昭和55年3月2日", "同居", "090-1234-5678"),
                List.of("長女", "青木 美咲", "アオキ ミサキ", "平成22年5月1日", "同居", "")));
        List<PersonRecord> records = analyzer.analyze(new ExtractedDocument("家族状況届_953111.docx", "x", HEADER, List.of(relatives))).records();
        PersonRecord subject = only(records, PersonRecord.Kind.FORM);
        assertThat(subject.values(FindingType.EMPLOYEE_ID)).containsExactly("953111");
        assertThat(subject.values(FindingType.DEPARTMENT)).containsExactly("開発本部 計算機開発部 第一課");
        assertThat(subject.values(FindingType.PERSON_NAME)).containsExactly("青木 裕子");
        assertThat(subject.values(FindingType.FAMILY_MEMBER)).containsExactly("夫 青木 太郎", "長女 青木 美咲");
        assertThat(records).filteredOn(r -> r.kind() == PersonRecord.Kind.RELATIVE).hasSize(2).first().satisfies(r -> {
            assertThat(r.values(FindingType.PERSON_NAME)).containsExactly("青木 太郎");
            assertThat(r.elements()).contains(Element.NAME_KANA, Element.DATE_OF_BIRTH, Element.PHONE);
            assertThat(r.context()).endsWith("夫");
        });
    }

    @Test
    void aPdfsRelativesTableReadAsLinesOfWordsStillListsRelatives() {
        String text = "家族手当 支給申請書\n申請日：2024年4月10日\n所属：営業部\u3000社員番号：123456\u3000氏名：山田\u3000太郎\n申請事由：扶養家族の異動\n"
                + "続柄\u3000氏名\u3000フリガナ\u3000生年月日\n妻\u3000山田\u3000花子\u3000ヤマダ\u3000ハナコ\u3000昭和60年1月2日\n"
                + "長男\u3000山田\u3000翔\u3000ヤマダ\u3000ショウ\u3000令和2年4月2日\n上記のとおり申請します。\n";
        List<PersonRecord> records = analyzer.analyze(new ExtractedDocument("家族手当申請書_123456.pdf", "application/pdf", text, List.of())).records();
        PersonRecord subject = only(records, PersonRecord.Kind.FORM);
        assertThat(subject.values(FindingType.EMPLOYEE_ID)).containsExactly("123456");
        assertThat(subject.values(FindingType.FAMILY_MEMBER)).containsExactly("妻 山田 花子", "長男 山田 翔");
        assertThat(records).filteredOn(r -> r.kind() == PersonRecord.Kind.RELATIVE).extracting(r -> r.values(FindingType.DATE_OF_BIRTH))
                .containsExactly(List.of("1985-01-02"), List.of("2020-04-02"));
    }

    /** As PDFBox gives such a PDF's text: radicals for some ideographs (⼿, ⽒, ⻑⼥), single spaces, blank lines between rows. */
    @Test
    void aPdfsTextWithRadicalsForIdeographsReadsTheSameRelatives() {
        String text = "\n家族⼿当 ⽀給申請書\n\n\n申請⽇：2024年4⽉10⽇\n\n\n所属：経理部 社員番号：186351 ⽒名：⾕川 結⾐\n\n\n"
                + "申請事由：扶養家族の異動\n\n\n続柄 ⽒名 フリガナ ⽣年⽉⽇\n\n\n妻 ⾕川 栄⼦ タニガワ エイコ 昭和46年8⽉28⽇\n\n\n"
                + "⻑⼥ ⾕川 進 タニガワ ススム 平成27年9⽉27⽇\n\n\n上記のとおり申請します。\n";
        List<PersonRecord> records = analyzer.analyze(new ExtractedDocument("家族手当申請書_186351.pdf", "application/pdf", text, List.of())).records();
        PersonRecord subject = only(records, PersonRecord.Kind.FORM);
        assertThat(subject.values(FindingType.PERSON_NAME)).containsExactly("谷川 結衣");
        assertThat(subject.values(FindingType.FAMILY_MEMBER)).containsExactly("妻 谷川 栄子", "長女 谷川 進");
        assertThat(records).filteredOn(r -> r.kind() == PersonRecord.Kind.RELATIVE).extracting(r -> r.values(FindingType.NAME_KANA).toString()
                + r.values(FindingType.DATE_OF_BIRTH)).containsExactly("[タニガワ エイコ][1971-08-28]", "[タニガワ ススム][2015-09-27]");
    }

    @Test
    void anEmergencyContactsPhoneAfterTheContactIsTheContacts() {
        Table list = new Table("緊急連絡先", List.of(List.of("緊急連絡先一覧（2024年4月1日現在）"), List.of(),
                List.of("社員番号", "氏名", "所属", "緊急連絡先氏名", "続柄", "電話番号"),
                List.of("953111", "青木 裕子", "開発本部", "青木 太郎", "夫", "090-1234-5678")));
        List<PersonRecord> records = analyzer.analyze(new ExtractedDocument("緊急連絡先一覧.xlsx", "x", "", List.of(list))).records();
        PersonRecord employee = only(records, PersonRecord.Kind.TABLE_ROW);
        assertThat(employee.values(FindingType.PERSON_NAME)).containsExactly("青木 裕子");
        assertThat(employee.values(FindingType.FAMILY_MEMBER)).containsExactly("夫 青木 太郎");
        assertThat(employee.elements()).doesNotContain(Element.PHONE);
        PersonRecord contact = only(records, PersonRecord.Kind.RELATIVE);
        assertThat(contact.values(FindingType.PERSON_NAME)).containsExactly("青木 太郎");
        assertThat(contact.values(FindingType.PHONE)).containsExactly("+819012345678");
    }

    @Test
    void anHrSystemsFamilyListKeyedByEmployeeNumberKeepsThePersonThemselves() {
        Table family = new Table("家族", List.of(List.of("社員番号", "続柄", "氏名", "生年月日"),
                List.of("953111", "本人", "青木 裕子", "1982/04/05"),
                List.of("953111", "夫", "青木 太郎", "1980/03/02")));
        List<PersonRecord> records = analyzer.analyze(new ExtractedDocument("家族情報.csv", "text/csv", "", List.of(family))).records();
        assertThat(records).filteredOn(r -> r.kind() == PersonRecord.Kind.RELATIVE).singleElement()
                .satisfies(r -> assertThat(r.values(FindingType.PERSON_NAME)).containsExactly("青木 太郎"));
        assertThat(records).filteredOn(r -> r.kind() == PersonRecord.Kind.TABLE_ROW).extracting(r -> r.values(FindingType.FAMILY_MEMBER))
                .containsExactlyInAnyOrder(List.of(), List.of("夫 青木 太郎"));
        assertThat(records).filteredOn(r -> r.kind() == PersonRecord.Kind.TABLE_ROW)
                .allSatisfy(r -> assertThat(r.values(FindingType.EMPLOYEE_ID)).containsExactly("953111"));
    }

    @Test
    void aRelativeListedInTwoFormsOfOneEmployeeIsOnePerson() {
        Table status = new Table("", List.of(List.of("続柄", "氏名", "生年月日"), List.of("夫", "青木 太郎", "昭和55年3月2日")));
        Table contacts = new Table("緊急連絡先", List.of(List.of("社員番号", "氏名", "緊急連絡先氏名", "続柄", "電話番号"),
                List.of("953111", "青木 裕子", "青木 太郎", "夫", "090-1234-5678")));
        List<PersonRecord> records = new java.util.ArrayList<>(
                analyzer.analyze(new ExtractedDocument("家族状況届_953111.docx", "x", HEADER, List.of(status))).records());
        records.addAll(analyzer.analyze(new ExtractedDocument("緊急連絡先一覧.xlsx", "x", "", List.of(contacts))).records());
        assertThat(records).filteredOn(r -> r.kind() == PersonRecord.Kind.RELATIVE).extracting(PersonRecord::relativeOf)
                .containsExactly("953111", "953111");
        long[] id = {0};
        var leak = records.stream().map(r -> new io.leakscope.core.resolve.LeakRecord(++id[0], r)).toList();
        var classifier = new io.leakscope.core.classify.CategoryClassifier(List.of(), "unknown", "employee_family");
        var persons = new io.leakscope.core.resolve.PersonResolver(List.of(), classifier).resolve(leak).persons();
        assertThat(persons).filteredOn(p -> p.category().equals("employee_family")).singleElement()
                .satisfies(p -> assertThat(p.documents()).containsExactly("家族状況届_953111.docx", "緊急連絡先一覧.xlsx"));
    }
}
