package io.leakscope.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.leakscope.core.model.Element;
import io.leakscope.core.docclass.ConfidentialFlag;
import io.leakscope.core.docclass.DocumentClass;
import io.leakscope.core.docclass.DocumentClassification;
import io.leakscope.core.docclass.FlagKind;
import io.leakscope.core.model.InventoryEntry;
import io.leakscope.core.resolve.ResolvedPerson;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReportWriterTest {
    @TempDir
    Path dir;

    private static ResolvedPerson person(String id, String category, String name, Element... elements) {
        return new ResolvedPerson(id, category, name, new TreeSet<>(List.of(elements)), new TreeSet<>(List.of("a.xlsx")),
                null, null, List.of(1L), "rule 1", Set.of());
    }

    @Test
    void reportStatesTheTableTheInventoryAndWhatWasNotFoundWithoutPersonalValues() throws Exception {
        List<ResolvedPerson> persons = List.of(
                person("p-1", "domestic_employee", "山田 太郎", Element.NAME, Element.EMPLOYEE_ID),
                person("p-2", "domestic_employee", "佐藤 花子", Element.NAME, Element.EMPLOYEE_ID),
                person("p-3", "customer", "鈴木 一郎", Element.NAME, Element.PHONE));
        List<InventoryEntry> inventory = List.of(
                new InventoryEntry("a.xlsx", null, 10L, "ab", "application/x", "done", null, 6),
                new InventoryEntry("b.pdf", null, 10L, "cd", "application/pdf", "failed", "encrypted", 0));
        ReportWriter.write(ReportData.of("case-1", persons, inventory, Map.of()), dir);

        JsonNode json = new ObjectMapper().readTree(dir.resolve("summary.json").toFile());
        assertThat(json.get("total_persons").asInt()).isEqualTo(3);
        JsonNode employees = json.get("categories").get(0);
        assertThat(employees.get("category").asText()).isEqualTo("domestic_employee");
        assertThat(employees.get("elements").get("employee_id").asInt()).isEqualTo(2);
        assertThat(employees.get("combinations").get(0).get("persons").asInt()).isEqualTo(2);
        assertThat(json.get("inventory").get("failed").asInt()).isEqualTo(1);
        assertThat(json.get("not_found").toString()).contains("\"element\":\"credit_card\",\"files_read\":1,\"files_unreadable\":1");

        String html = Files.readString(dir.resolve("index.html"));
        assertThat(html).contains("<svg", "b.pdf", "encrypted", "No payment card number (クレジットカード情報) found in 1 files read; 1 files unreadable.");
        assertThat(html).doesNotContain("山田", "src=\"http", "<script");
        assertThat(Files.readString(dir.resolve("summary.md"))).contains("| domestic_employee | 2 |").doesNotContain("佐藤")
                .doesNotContain("byte-identical");
    }

    @Test
    void personsSeenOnlyInSystemLogsAreCountedInARowOfTheirOwnAndConflictsAreToReview() throws Exception {
        List<ResolvedPerson> persons = List.of(
                person("p-1", "domestic_employee", "山田 太郎", Element.NAME, Element.EMAIL).withFlag(io.leakscope.core.resolve.ReviewFlag.MASTER_CONFLICT),
                person("p-2", "partner_contact", "", Element.EMAIL).withFlag(io.leakscope.core.resolve.ReviewFlag.SYSTEM_LOGS_ONLY),
                person("p-3", "partner_contact", "", Element.EMAIL).withFlag(io.leakscope.core.resolve.ReviewFlag.SYSTEM_LOGS_ONLY),
                person("p-4", "partner_contact", "鈴木 一郎", Element.NAME, Element.EMAIL));
        ReportData data = ReportData.of("case-1", persons, List.of(new InventoryEntry("a.xlsx", null, 10L, "ab", "x", "done", null, 6)), Map.of());
        assertThat(data.impact().rows()).extracting(c -> c.category() + "=" + c.persons())
                .containsExactly("domestic_employee=1", "partner_contact=1", "system_logs_only=2");
        assertThat(data.impact().rows().stream().mapToInt(c -> c.persons()).sum()).as("the rows sum to the total").isEqualTo(4);
        ReportWriter.write(data, dir);
        JsonNode review = new ObjectMapper().readTree(dir.resolve("summary.json").toFile()).get("review");
        assertThat(review.get("system_logs_only").asInt()).isEqualTo(2);
        assertThat(review.get("master_conflicts").asInt()).isEqualTo(1);
        assertThat(Files.readString(dir.resolve("summary.md"))).contains("| system_logs_only | 2 |", "To review: 2 persons are known only from addresses");
        assertThat(Files.readString(dir.resolve("index.html"))).contains("To review: 1 persons share a key with another master row");
    }

    @Test
    void copiesAreCountedApartFromDistinctContents() throws Exception {
        List<InventoryEntry> inventory = List.of(
                new InventoryEntry("人事/名簿.xlsx", null, 10L, "ab", "application/x", "done", null, 6),
                new InventoryEntry("backup/名簿.xlsx", null, 10L, "ab", "application/x", "done", null, 6),
                new InventoryEntry("backup/名簿 - コピー.xlsx", null, 10L, "ab", "application/x", "done", null, 6),
                new InventoryEntry("a.txt", null, 10L, "cd", "text/plain", "done", null, 0),
                new InventoryEntry("b.pdf", null, 10L, "cd", "application/pdf", "failed", "encrypted", 0));
        ReportWriter.write(ReportData.of("case-1", List.of(), inventory, Map.of()), dir);
        JsonNode json = new ObjectMapper().readTree(dir.resolve("summary.json").toFile());
        assertThat(json.get("inventory").get("done").asInt()).isEqualTo(4);
        assertThat(json.get("inventory").get("distinct_contents_done").asInt()).isEqualTo(2);
        assertThat(Files.readString(dir.resolve("summary.md"))).contains("The 4 files read hold 2 distinct contents: 2 are byte-identical copies");
        assertThat(Files.readString(dir.resolve("index.html"))).contains("<p>The 4 files read hold 2 distinct contents");
    }

    /**
     * Before, paths went into summary.md in back-ticks and raw: a back-tick in a name closed the code
     * span, and a viewer that renders HTML in Markdown ran the name's {@code <img onerror>}.
     */
    @Test
    void pathsAndReasonsFromTheLeakAreTextInTheMarkdownNeverMarkup() throws Exception {
        List<InventoryEntry> inventory = List.of(
                new InventoryEntry("x`<img src=x onerror=alert(1)>`y.txt", null, 10L, "ab", "text/plain", "failed", "corrupt: <svg onload=alert(2)>", 0),
                new InventoryEntry("請求書\u202Efdp.exe", null, 10L, "cd", "text/plain", "failed", "encrypted", 0));
        ReportWriter.write(ReportData.of("case <b>1</b>", List.of(), inventory, Map.of()), dir);
        String md = Files.readString(dir.resolve("summary.md"));
        assertThat(md).doesNotContain("<img", "<svg", "<b>", "\u202E", "`<")
                .contains("x\\`&lt;img src=x onerror=alert(1)&gt;\\`y.txt")
                .contains("請求書\\\\u202Efdp.exe")
                .contains("case &lt;b&gt;1&lt;/b&gt;");
    }

    @Test
    void obligationsAppearWithTheirDeadlines() throws Exception {
        var facts = new io.leakscope.core.obligations.CaseFacts("case-1", java.time.OffsetDateTime.parse("2024-10-05T09:00:00+09:00"),
                "ransomware", false, false, false, List.of(new io.leakscope.core.obligations.CaseFacts.PersonFacts("customer", Set.of(Element.NAME))));
        var obligations = io.leakscope.core.obligations.ObligationsEngine.standard().evaluate(facts);
        ReportWriter.write(ReportData.of("case-1", List.of(person("p-1", "customer", "山田 太郎", Element.NAME)), List.of(), Map.of(), obligations), dir);
        assertThat(Files.readString(dir.resolve("summary.md"))).contains("| jp.appi.final_report | PPC | yes | 2024-12-03 | A3 |");
        assertThat(Files.readString(dir.resolve("index.html"))).contains("<td>jp.appi.final_report</td>", "2024-12-03");
        assertThat(new ObjectMapper().readTree(dir.resolve("summary.json").toFile()).get("obligations")).hasSize(obligations.size());
    }

    @Test
    void ppcDraftFillsWhatTheCaseKnowsAndMarksTheRest() throws Exception {
        var facts = new io.leakscope.core.obligations.CaseFacts("case-1", java.time.OffsetDateTime.parse("2024-10-05T09:00:00+09:00"),
                "ransomware", false, false, false, List.of(new io.leakscope.core.obligations.CaseFacts.PersonFacts("customer", Set.of(Element.NAME))));
        List<ResolvedPerson> persons = List.of(person("p-1", "customer", "山田 太郎", Element.NAME, Element.EMAIL),
                person("p-2", "domestic_employee", "佐藤 花子", Element.NAME));
        ReportData data = ReportData.of("case-1", persons, List.of(new InventoryEntry("a.xlsx", null, 1L, "x", "x", "done", null, 2)), Map.of(),
                io.leakscope.core.obligations.ObligationsEngine.standard().evaluate(facts));
        ReportWriter.writePpcDrafts(data, new PpcReportDraft.Facts("株式会社エグザンプル", "2024-10-05T09:00:00+09:00", "ransomware"), dir);
        String ja = Files.readString(dir.resolve("ppc-report-ja.md"));
        assertThat(ja).contains("確報", "## 2. 漏えいした個人データの項目", "- 氏名（2人）", "- メールアドレス（1人）", "合計 2 人", "- customer: 1 人",
                "ランサムウェア", "jp.appi.final_report: 期限 2024-12-03", "クレジットカード情報は、読み取った 1 件", NoticeLetters.TO_FILL);
        assertThat(ja).doesNotContain("山田", "佐藤");
        assertThat(Files.readString(dir.resolve("ppc-report-en.md"))).contains("## 3. Number of persons", "2 in all", "due 2024-12-03");
    }

    @Test
    void summaryPdfCarriesTheJapaneseTextAsWritten() throws Exception {
        ReportData data = ReportData.of("case-1", List.of(person("p-1", "domestic_employee", "山田 太郎", Element.NAME, Element.EMPLOYEE_ID)),
                List.of(), Map.of());
        ReportWriter.writePdf(data, dir);
        try (var pdf = org.apache.pdfbox.Loader.loadPDF(dir.resolve("summary.pdf").toFile())) {
            String text = new org.apache.pdfbox.text.PDFTextStripper().getText(pdf);
            assertThat(text).contains("漏えいが確認された個人情報", "domestic_employee", "氏名 1", "社員番号 1").doesNotContain("山田");
        }
    }

    @Test
    void theTimelineIsPartOfTheSummary() throws Exception {
        var entry = new io.leakscope.core.obligations.Timeline.Entry(java.time.LocalDate.of(2024, 12, 3), 60, "due: jp.appi.final_report → PPC",
                "due in 32 days");
        ReportWriter.write(ReportData.of("case-1", List.of(), List.of(), Map.of()).withTimeline(List.of(entry)), dir);
        assertThat(Files.readString(dir.resolve("summary.md"))).contains("## Timeline", "| 2024-12-03 | 60 | due: jp.appi.final_report → PPC | due in 32 days |");
    }

    @Test
    void theWorkbookHoldsTheImpactTableWithTotals() throws Exception {
        List<ResolvedPerson> persons = List.of(person("p-1", "domestic_employee", "山田 太郎", Element.NAME, Element.EMPLOYEE_ID),
                person("p-2", "customer", "鈴木 一郎", Element.NAME, Element.PHONE));
        ReportWriter.write(ReportData.of("case-1", persons, List.of(new InventoryEntry("b.pdf", null, 1L, "x", "application/pdf", "failed",
                "encrypted", 0)), Map.of()), dir);
        try (var wb = new org.apache.poi.xssf.usermodel.XSSFWorkbook(dir.resolve("summary.xlsx").toFile())) {
            var impact = wb.getSheetAt(0);
            assertThat(impact.getRow(0).getCell(2).getStringCellValue()).isEqualTo("氏名");
            assertThat(impact.getRow(3).getCell(0).getStringCellValue()).isEqualTo("合計 total");
            assertThat(impact.getRow(3).getCell(1).getNumericCellValue()).isEqualTo(2.0);
            assertThat(wb.getSheetAt(2).getRow(1).getCell(2).getStringCellValue()).isEqualTo("encrypted");
        }
    }

    @Test
    void otherInformationCountsDocumentsByClassWithTheirFlagsAndSaysWhatWasNotFound() throws Exception {
        DocumentClassification invoice = new DocumentClassification(DocumentClass.INVOICE, "file name \"請求書\" +3.0", List.of());
        DocumentClassification board = new DocumentClassification(DocumentClass.MEETING, "title \"取締役会\" +2.5",
                List.of(new ConfidentialFlag(FlagKind.INSIDER_CANDIDATE, "取締役会資料", 1)));
        List<InventoryEntry> inventory = List.of(
                new InventoryEntry("a.zip", null, 10L, "x", "application/zip", "done", null, 0, false,
                        new DocumentClassification(DocumentClass.OTHER, "no class signal", List.of())),
                new InventoryEntry("a.zip!/請求書1.pdf", "a.zip", 5L, "y", "application/pdf", "done", null, 0, false, invoice),
                new InventoryEntry("請求書2.pdf", null, 5L, "z", "application/pdf", "failed", "encrypted", 0, false, invoice),
                new InventoryEntry("経営/取締役会.docx", null, 5L, "w", "application/x", "done", null, 0, false, board));
        ReportWriter.write(ReportData.of("case-1", List.of(), inventory, Map.of()), dir);
        JsonNode json = new ObjectMapper().readTree(dir.resolve("summary.json").toFile()).get("other_information");
        assertThat(json.get("documents").asInt()).as("the archive counts through its members").isEqualTo(3);
        assertThat(json.get("documents_read").asInt()).isEqualTo(2);
        assertThat(json.at("/classes/0/class").asText()).isEqualTo("invoice");
        assertThat(json.at("/classes/0/documents").asInt()).isEqualTo(2);
        assertThat(json.at("/classes/0/examples/0/path").asText()).as("a document read first").isEqualTo("a.zip!/請求書1.pdf");
        assertThat(json.at("/flags/insider_candidate/0/evidence/0/text").asText()).isEqualTo("取締役会資料");
        assertThat(json.get("not_found")).extracting(n -> n.get("flag").asText()).containsExactly("credential", "trade_secret", "legal_privilege");
        String md = Files.readString(dir.resolve("summary.md"));
        assertThat(md).contains("## 流出が確認されたその他の情報 / Other information confirmed leaked")
                .contains("| 請求書・見積書・納品書 / invoices, quotations, delivery notes | 2 |")
                .contains("- 経営/取締役会.docx: \"取締役会資料\" (line 1)")
                .contains("No trade-secret candidates found in 2 documents read (1 could not be read).")
                .contains("営業秘密の候補は、読み取れた 2 件の文書に見つかりませんでした");
        assertThat(Files.readString(dir.resolve("index.html"))).contains("Other information confirmed leaked").contains("<svg");
        try (var wb = new org.apache.poi.xssf.usermodel.XSSFWorkbook(dir.resolve("summary.xlsx").toFile())) {
            var sheet = wb.getSheet("その他 other information");
            assertThat(sheet.getRow(1).getCell(0).getStringCellValue()).isEqualTo("invoice");
            assertThat(sheet.getRow(1).getCell(2).getStringCellValue()).isEqualTo("2");
            assertThat(sheet.getRow(sheet.getLastRowNum()).getCell(2).getStringCellValue()).isEqualTo("取締役会資料");
        }
        ReportWriter.writePdf(ReportData.of("case-1", List.of(), inventory, Map.of()), dir);
        try (var pdf = org.apache.pdfbox.Loader.loadPDF(dir.resolve("summary.pdf").toFile())) {
            assertThat(new org.apache.pdfbox.text.PDFTextStripper().getText(pdf).replaceAll("\\s+", ""))
                    .contains("流出が確認されたその他の情報", "インサイダー情報の候補", "営業秘密の候補は、読み取れた2件の文書に見つかりませんでした");
        }
    }

    @Test
    void membersAreCountedPerArchive() throws Exception {
        List<InventoryEntry> inventory = List.of(new InventoryEntry("a.zip", null, 10L, "x", "application/zip", "done", null, 0),
                new InventoryEntry("a.zip!/b.csv", "a.zip", 5L, "y", "text/csv", "done", null, 2),
                new InventoryEntry("a.zip!/c.xlsx", "a.zip", null, null, null, "failed", "encrypted", 0));
        ReportWriter.write(ReportData.of("case-1", List.of(), inventory, Map.of()), dir);
        JsonNode json = new ObjectMapper().readTree(dir.resolve("summary.json").toFile());
        assertThat(json.at("/inventory/by_container/a.zip/done").asInt()).isEqualTo(1);
        assertThat(json.at("/inventory/by_container/a.zip/failed").asInt()).isEqualTo(1);
        assertThat(Files.readString(dir.resolve("summary.md"))).contains("- members of a.zip: 2 = {done=1, failed=1}");
    }

    @Test
    void filesNotReadAreCountedByReasonAndOcrFilesAreListedWithACaution() throws Exception {
        List<InventoryEntry> inventory = List.of(
                new InventoryEntry("scan/名刺.png", null, 10L, "x", "image/png", "done", null, 3, true),
                new InventoryEntry("a.docx", null, 10L, "y", "application/x-tika-ooxml", "failed", "encrypted", 0),
                new InventoryEntry("b.pdf", null, 10L, "z", "application/pdf", "failed", "encrypted", 0),
                new InventoryEntry("c.xlsx", null, 10L, "w", null, "failed", "timeout: reading took over 300 s (reader process killed)", 0));
        ReportWriter.write(ReportData.of("case-1", List.of(), inventory, Map.of()), dir);
        JsonNode json = new ObjectMapper().readTree(dir.resolve("summary.json").toFile());
        assertThat(json.at("/inventory/not_done_by_reason/encrypted").asInt()).isEqualTo(2);
        assertThat(json.at("/inventory/not_done_by_reason/timeout").asInt()).isEqualTo(1);
        assertThat(json.at("/inventory/ocr/files").asInt()).isEqualTo(1);
        assertThat(json.at("/inventory/ocr/findings").asInt()).isEqualTo(3);
        String md = Files.readString(dir.resolve("summary.md"));
        assertThat(md).contains("Not read, by reason: encrypted 2, timeout 1", "Files read by OCR: 1 (3 findings)", "- scan/名刺.png: 3 findings");
        assertThat(Files.readString(dir.resolve("index.html"))).contains("<h3>Files read by OCR</h3>");
    }
}
