package io.leakscope.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import io.leakscope.core.model.InventoryEntry;
import io.leakscope.core.resolve.ResolvedPerson;
import io.leakscope.core.model.FindingType;
import io.leakscope.generator.ClassEvaluation;
import io.leakscope.generator.Evaluation;
import io.leakscope.generator.FindingEvaluation;
import io.leakscope.generator.ResolutionEvaluation;
import io.leakscope.generator.LeakGenerator;
import io.leakscope.report.Exports;
import io.leakscope.store.CaseStore;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * Scans a generated leak (a seed other than the demo's) and measures the result against its
 * ground truth: person precision and recall, category accuracy, element F1, and precision and
 * recall of every finding type.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class EndToEndAccuracyTest {
    @TempDir
    static Path dir;
    private Path sample;
    private Path caseDir;
    private Evaluation evaluation;
    private FindingEvaluation findings;
    private ResolutionEvaluation resolution;
    private ClassEvaluation classes;
    private ClassEvaluation tunedClasses;
    private ClassEvaluation heldOutClasses;

    @BeforeAll
    void scanGeneratedLeak() throws Exception {
        sample = dir.resolve("sample");
        caseDir = dir.resolve("case");
        new LeakGenerator(7L, LeakGenerator.Sizes.TEST).generate(sample);
        CaseService.scan(sample.resolve("leak"), caseDir, sample.resolve("case.yaml"), ScanProgress.SILENT, 2);
        try (CaseStore store = CaseStore.open(caseDir)) {
            evaluation = Evaluation.of(Evaluation.readTruth(sample.resolve("truth.json")), store.persons());
            resolution = ResolutionEvaluation.of(sample.resolve("truth.json"), store.persons(), store.records(), store::links);
            findings = FindingEvaluation.of(FindingEvaluation.readTruth(sample.resolve("truth.json")), FindingEvaluation.reported(store.records(), store.unattributedFindings()));
            List<ClassEvaluation.Truth> labelled = ClassEvaluation.readTruth(sample.resolve(LeakGenerator.CLASS_TRUTH));
            classes = ClassEvaluation.of(labelled, store.inventory());
            tunedClasses = ClassEvaluation.of(ClassEvaluation.ofSet(labelled, "tuned"), store.inventory());
            heldOutClasses = ClassEvaluation.of(ClassEvaluation.ofSet(labelled, "held_out"), store.inventory());
        }
        System.out.println(evaluation.table());
        System.out.println(resolution.table());
        System.out.println(findings.table());
        System.out.println(classes.table());
        System.out.printf("tuned kinds: macro-F1 %.4f; held-out kinds: macro-F1 %.4f%n", tunedClasses.macroF1(), heldOutClasses.macroF1());
    }

    @Test
    void documentsAreClassedAndFlaggedAccurately() {
        assertThat(classes.classCounts().values().stream().mapToInt(c -> c[0] + c[2]).sum()).as("labelled documents").isGreaterThan(100);
        assertThat(tunedClasses.macroF1()).as("macro-F1 over the kinds the vocabulary was tuned on").isGreaterThanOrEqualTo(0.95);
        // The honest estimate (docs/DOCUMENT_CLASSES.md); a floor against regressions, not a goal.
        assertThat(heldOutClasses.macroF1()).as("macro-F1 over the kinds never tuned against").isGreaterThanOrEqualTo(0.6);
        for (String flag : classes.flagCounts().keySet()) {
            assertThat(classes.precision(flag)).as(flag + " precision").isGreaterThanOrEqualTo(0.9);
            assertThat(tunedClasses.recall(flag)).as(flag + " recall").isGreaterThanOrEqualTo(0.9);
        }
    }

    @Test
    void personsAreFoundAndResolvedAccurately() {
        assertThat(evaluation.truePersons()).isGreaterThan(250);
        assertThat(evaluation.precision()).as("person precision").isGreaterThanOrEqualTo(0.95);
        assertThat(evaluation.recall()).as("person recall").isGreaterThanOrEqualTo(0.95);
        assertThat(evaluation.categoryAccuracy()).as("category accuracy").isGreaterThanOrEqualTo(0.95);
        assertThat(evaluation.elementF1()).as("element F1").isGreaterThanOrEqualTo(0.90);
    }

    @Test
    void reviewerDecisionsAreKeptAndAppliedOnEveryRerun() throws Exception {
        Path copy = Files.createDirectories(dir.resolve("reviewed"));
        Files.copy(caseDir.resolve(CaseStore.FILE_NAME), copy.resolve(CaseStore.FILE_NAME));
        ResolvedPerson employee;
        try (CaseStore store = CaseStore.open(copy)) {
            employee = store.persons().stream().filter(p -> p.category().equals("domestic_employee") && p.documents().size() >= 2)
                    .findFirst().orElseThrow();
            var record = store.records(employee.recordIds()).get(0).record();
            store.addDecision(new io.leakscope.core.resolve.ReviewDecision.Split(
                    List.of(new io.leakscope.core.resolve.ReviewDecision.RecordRef(record.documentPath(), record.locator())), "test"));
        }
        int before = evaluation.foundPersons();
        assertThat(CaseService.resolveAgain(copy, sample.resolve("case.yaml")).persons()).hasSize(before + 1);
        CaseService.scan(sample.resolve("leak"), copy, sample.resolve("case.yaml"), ScanProgress.SILENT, 2);
        try (CaseStore store = CaseStore.open(copy)) {
            assertThat(store.persons()).as("the split survives a re-scan").hasSize(before + 1);
            assertThat(store.lastConfigPath()).contains(sample.resolve("case.yaml").toAbsolutePath().toString());
            store.removeDecision(store.decisions().get(0).id());
        }
        assertThat(CaseService.resolveAgain(copy, null).persons()).as("undone, with the recorded config").hasSize(before);
    }

    @Test
    void obligationsExportFollowsTheContract() throws Exception {
        Path out = dir.resolve("obligations.json");
        try (CaseStore store = CaseStore.open(caseDir)) {
            var facts = CaseService.facts(store, CaseService.config(store, null));
            Exports.obligations(facts, io.leakscope.core.obligations.ObligationsEngine.standard().evaluate(facts),
                    java.time.OffsetDateTime.parse("2026-11-22T10:00:00Z"), out);
        }
        var root = new com.fasterxml.jackson.databind.ObjectMapper().readTree(out.toFile());
        assertThat(root.get("aware_at").asText()).isEqualTo("2024-10-05T09:00:00+09:00");
        var fin = java.util.stream.StreamSupport.stream(root.get("obligations").spliterator(), false)
                .filter(o -> o.get("id").asText().equals("jp.appi.final_report")).findFirst().orElseThrow();
        assertThat(fin.get("required").asBoolean()).isTrue();
        assertThat(fin.get("due").asText()).isEqualTo("2024-12-03");
        assertThat(fin.get("triggers").toString()).contains("A1", "A2", "A3");
        assertThat(fin.get("persons").asInt()).isEqualTo(evaluation.foundPersons());
        assertThat(fin.fieldNames()).toIterable().containsExactly("id", "jurisdiction", "law", "recipient", "action", "required", "due",
                "due_note", "triggers", "persons", "confidence");
    }

    @Test
    void fewVictimsHiddenByMergingAndFewExtraLettersBySplitting() {
        assertThat(resolution.overMergeRate()).as("over-merge").isLessThanOrEqualTo(0.002);
        assertThat(resolution.overSplitRate()).as("over-split").isLessThanOrEqualTo(0.005);
    }

    @Test
    void everyFindingTypeIsMeasuredAndMeetsItsTarget() {
        assertThat(findings.counts().keySet()).as("types the corpus holds").containsAll(EnumSet.of(
                FindingType.PERSON_NAME, FindingType.NAME_KANA, FindingType.EMAIL, FindingType.PHONE, FindingType.POSTAL_ADDRESS,
                FindingType.EMPLOYEE_ID, FindingType.DATE_OF_BIRTH, FindingType.MY_NUMBER, FindingType.PASSPORT_NUMBER,
                FindingType.DRIVERS_LICENCE_NUMBER, FindingType.HEALTH_INSURANCE_NUMBER, FindingType.PENSION_NUMBER,
                FindingType.SYSTEM_ACCOUNT, FindingType.PASSWORD, FindingType.API_TOKEN, FindingType.PRIVATE_KEY, FindingType.US_SSN, FindingType.US_ITIN,
                FindingType.RESIDENCE_CARD_NUMBER, FindingType.UK_NINO,
                FindingType.CN_RESIDENT_ID, FindingType.SG_NRIC, FindingType.IN_AADHAAR, FindingType.IN_PAN, FindingType.IBAN,
                FindingType.SWIFT_BIC, FindingType.BANK_ACCOUNT, FindingType.FAMILY_MEMBER, FindingType.KR_RRN, FindingType.TH_NATIONAL_ID, FindingType.CREDIT_CARD, FindingType.SENSITIVE_INFO, FindingType.CAREER_HISTORY));
        findings.counts().forEach((type, c) -> {
            assertThat(findings.precision(type)).as(type.id() + " precision").isGreaterThanOrEqualTo(0.97);
            assertThat(findings.recall(type)).as(type.id() + " recall").isGreaterThanOrEqualTo(0.97);
        });
    }

    @Test
    void cardsAndMyNumbersOnlyWhereTheyWereWritten() throws Exception {
        try (CaseStore store = CaseStore.open(caseDir)) {
            var findings = store.records().stream().flatMap(r -> r.record().findings().stream()
                    .map(f -> java.util.Map.entry(r.record().documentPath(), f.type()))).toList();
            assertThat(findings).filteredOn(e -> e.getValue() == FindingType.CREDIT_CARD)
                    .isNotEmpty().allMatch(e -> e.getKey().equals("EC/決済エラー一覧_2024.csv"));
            java.util.Set<String> written = FindingEvaluation.readTruth(sample.resolve("truth.json")).stream()
                    .filter(t -> t.type() == FindingType.MY_NUMBER).map(io.leakscope.generator.TruthFinding::document).collect(java.util.stream.Collectors.toSet());
            assertThat(written).as("the ledger and the year-end declarations").contains("総務/給与/マイナンバー管理台帳.xlsx").hasSizeGreaterThan(1);
            assertThat(findings).filteredOn(e -> e.getValue() == FindingType.MY_NUMBER).isNotEmpty().allMatch(e -> written.contains(e.getKey()));
            assertThat(findings).as("the decoys: invoice numbers, serials, a sales report")
                    .noneMatch(e -> e.getKey().equals("経理/請求書一覧_2024.csv") || e.getKey().equals("経理/メモ.txt") || e.getKey().startsWith("営業部/週報"));
        }
    }

    /** A payment gateway's log: card numbers beside no name, kept as the log's own values; no person is made of them. */
    @Test
    void valuesOfNoOneAreTheDocumentsOwnAndMakeNoPerson() throws Exception {
        String log = "EC/logs/payment-gateway-declined_2024-09.log";
        long written = FindingEvaluation.readTruth(sample.resolve("truth.json")).stream().filter(t -> t.document().equals(log)).count();
        assertThat(written).isPositive();
        try (CaseStore store = CaseStore.open(caseDir)) {
            assertThat(store.unattributedFindings().getOrDefault(log, List.of())).hasSize((int) written)
                    .allMatch(f -> f.type() == FindingType.CREDIT_CARD);
            assertThat(store.persons()).noneMatch(p -> p.documents().contains(log));
            assertThat(store.records()).noneMatch(r -> r.record().documentPath().equals(log));
        }
    }

    @Test
    void everyFileIsAccountedForWithAReason() throws Exception {
        try (CaseStore store = CaseStore.open(caseDir)) {
            List<InventoryEntry> inv = store.inventory();
            assertThat(inv).extracting(InventoryEntry::path).contains(
                    "archive/2023_backup.zip!/old/名簿_2019.zip!/名簿.csv", "人事部/壊れた一覧.xlsx", "共有/空のファイル.txt");
            assertThat(inv).filteredOn(e -> e.path().equals("人事部/壊れた一覧.xlsx")).singleElement()
                    .satisfies(e -> {
                        assertThat(e.status()).isEqualTo("failed");
                        assertThat(e.reason()).startsWith("corrupt");
                    });
            assertThat(inv).filteredOn(e -> e.path().equals("共有/空のファイル.txt")).singleElement()
                    .satisfies(e -> assertThat(e.status() + ":" + e.reason()).isEqualTo("skipped:empty"));
            assertThat(inv).allSatisfy(e -> assertThat(e.status().equals("done") || e.reason() != null).isTrue());
            assertThat(inv).filteredOn(e -> !e.status().equals("done")).hasSize(2);
            long members = inv.stream().filter(e -> e.parent() != null).count();
            assertThat(members).as("every member of every archive and mail store of the leak").isEqualTo(membersWritten(sample.resolve("leak")));
        }
    }

    /** The members the generator wrote: of each zip (nested ones counted with theirs) and each mbox message. */
    private static long membersWritten(Path leak) throws java.io.IOException {
        long n = 0;
        try (var files = Files.walk(leak)) {
            for (Path f : files.filter(Files::isRegularFile).toList()) {
                if (f.toString().endsWith(".zip")) {
                    n += zipMembers(Files.readAllBytes(f));
                } else if (f.toString().endsWith(".mbox")) {
                    n += Files.readAllLines(f).stream().filter(l -> l.startsWith("From ")).count();
                }
            }
        }
        return n;
    }

    private static long zipMembers(byte[] zip) throws java.io.IOException {
        long n = 0;
        try (var in = new java.util.zip.ZipInputStream(new java.io.ByteArrayInputStream(zip), java.nio.charset.StandardCharsets.UTF_8)) {
            for (var e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                n++;
                if (e.getName().endsWith(".zip")) {
                    n += zipMembers(in.readAllBytes());
                }
            }
        }
        return n;
    }

    @Test
    void scanningAgainChangesNothing() throws Exception {
        List<ResolvedPerson> before;
        int recordsBefore;
        try (CaseStore store = CaseStore.open(caseDir)) {
            before = store.persons();
            recordsBefore = store.records().size();
        }
        CaseService.ScanSummary again = CaseService.scan(sample.resolve("leak"), caseDir, sample.resolve("case.yaml"), ScanProgress.SILENT, 2);
        try (CaseStore store = CaseStore.open(caseDir)) {
            long topLevelFiles;
            try (var files = Files.walk(sample.resolve("leak"))) {
                topLevelFiles = files.filter(Files::isRegularFile).count();
            }
            assertThat(again.reused()).as("files found unchanged, not read again").isEqualTo((int) topLevelFiles);
            assertThat(store.inventory()).hasSize(again.filesSeen());
            assertThat(store.records()).hasSize(recordsBefore);
            assertThat(store.persons()).isEqualTo(before);
        }
    }

    @Test
    void personsExportFollowsTheContract() throws Exception {
        Path out = dir.resolve("persons.jsonl");
        try (CaseStore store = CaseStore.open(caseDir)) {
            Exports.persons(store.persons(), out);
        }
        byte[] bytes = Files.readAllBytes(out);
        assertThat(bytes[0]).isEqualTo((byte) '{');
        List<String> lines = Files.readAllLines(out);
        assertThat(lines).hasSize(evaluation.foundPersons());
        assertThat(lines.get(0)).matches("\\{\"person_id\":\"p-[0-9a-f]+\",\"category\":\"[a-z_]+\",\"display_name\":\".*\","
                + "\"elements\":\\[.*\\],\"documents\":\\[.*\\],\"master_ref\":(null|\\{\"source\":\".+\",\"key\":\".+\"\\}),"
                + "\"review_flags\":\\[.*\\]\\}");
        assertThat(new String(bytes, java.nio.charset.StandardCharsets.UTF_8)).doesNotContain("\r");
    }

    @Test
    void inventoryExportCarriesEveryDocumentsClassAndFlags() throws Exception {
        Path out = dir.resolve("inventory.jsonl");
        int seen;
        try (CaseStore store = CaseStore.open(caseDir)) {
            seen = store.inventory().size();
            Exports.inventory(store.inventory(), out);
        }
        List<com.fasterxml.jackson.databind.JsonNode> lines = new java.util.ArrayList<>();
        for (String line : Files.readAllLines(out)) {
            lines.add(new com.fasterxml.jackson.databind.ObjectMapper().readTree(line));
        }
        assertThat(lines).hasSize(seen).allSatisfy(n -> {
            assertThat(n.get("class").asText()).as(n.get("path").asText()).matches("[a-z_]+");
            assertThat(n.get("flags").isArray()).isTrue();
        });
        assertThat(lines).filteredOn(n -> n.get("path").asText().endsWith(".conf") && n.get("flags").size() > 0).allSatisfy(n -> {
            assertThat(n.at("/flags/0/kind").asText()).isEqualTo("credential");
            assertThat(n.toString()).doesNotContain("Zq8#mw2Lx");
        }).isNotEmpty();
    }
}
