package io.leakscope.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.leakscope.core.analyze.DocumentAnalyzer;
import io.leakscope.core.analyze.OwnOrganization;
import io.leakscope.core.detect.KnownNames;
import io.leakscope.core.detect.RecognizerRegistry;
import io.leakscope.core.model.FindingType;
import io.leakscope.core.model.PersonRecord;
import io.leakscope.generator.FileWriters;
import io.leakscope.ingest.Blob;
import io.leakscope.ingest.DocumentReader;
import io.leakscope.ingest.IngestLimits;
import io.leakscope.ingest.Outcome;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A 家族状況届 as Word and as PDF, read as the scan reads them: the subject in the header fields, the relatives in the table. */
class FamilyFormFilesTest {
    private static final List<String> HEADER = List.of("家族状況届", "提出日：2024年4月1日",
            "所属：開発本部 計算機開発部 第一課\u3000社員番号：953111\u3000氏名：青木\u3000裕子", "下記のとおり家族の状況を届け出ます。");
    private static final List<List<String>> TABLE = List.of(List.of("続柄", "氏名", "フリガナ", "生年月日"),
            List.of("夫", "青木 太郎", "アオキ タロウ", "昭和55年3月2日"), List.of("長女", "青木 美咲", "アオキ ミサキ", "平成22年5月1日"));

    @TempDir
    Path tmp;

    private List<PersonRecord> read(String path, byte[] bytes) {
        Outcome outcome = new DocumentReader(IngestLimits.DEFAULT, tmp).read(path, new Blob.InMemory(bytes));
        assertThat(outcome.status()).isEqualTo(Outcome.Status.DONE);
        DocumentAnalyzer analyzer = new DocumentAnalyzer(RecognizerRegistry.standard(KnownNames.of(List.of("青木 裕子"))),
                OwnOrganization.of("株式会社エグザンプル", List.of("example-corp.co.jp")));
        return analyzer.analyze(outcome.document()).records();
    }

    private static void assertFamilyOfTheSubject(List<PersonRecord> records) {
        PersonRecord subject = records.stream().filter(r -> r.kind() != PersonRecord.Kind.RELATIVE).findFirst().orElseThrow();
        assertThat(records).filteredOn(r -> r.kind() != PersonRecord.Kind.RELATIVE).hasSize(1);
        assertThat(subject.values(FindingType.EMPLOYEE_ID)).containsExactly("953111");
        assertThat(subject.values(FindingType.PERSON_NAME)).containsExactly("青木 裕子");
        assertThat(subject.values(FindingType.FAMILY_MEMBER)).containsExactlyInAnyOrder("夫 青木 太郎", "長女 青木 美咲");
        assertThat(records).filteredOn(r -> r.kind() == PersonRecord.Kind.RELATIVE).hasSize(2).allSatisfy(r -> {
            assertThat(r.relativeOf()).isEqualTo("953111");
            assertThat(r.values(FindingType.NAME_KANA)).hasSize(1);
            assertThat(r.values(FindingType.DATE_OF_BIRTH)).hasSize(1);
        });
    }

    @Test
    void asAWordDocument() throws Exception {
        assertFamilyOfTheSubject(read("家族状況届_953111.docx", FileWriters.docxForm(HEADER, TABLE, List.of("以上"))));
    }

    @Test
    void asAPdfWhoseTableComesOutAsLinesOfWords() throws Exception {
        List<String> lines = new java.util.ArrayList<>(HEADER);
        TABLE.forEach(row -> lines.add(String.join("\u3000", row).replace(' ', '\u3000')));
        var pdf = FileWriters.pdf(lines);
        assumeTrue(pdf.isPresent(), "the Japanese font of scripts/setup.sh");
        assertFamilyOfTheSubject(read("家族状況届_953111.pdf", pdf.get()));
    }
}
