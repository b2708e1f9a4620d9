package io.leakscope.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import io.leakscope.core.analyze.DocumentAnalyzer;
import io.leakscope.core.analyze.OwnOrganization;
import io.leakscope.core.detect.BaseRecognizer;
import io.leakscope.core.detect.Candidate;
import io.leakscope.core.detect.ContextWords;
import io.leakscope.core.detect.RecognizerRegistry;
import io.leakscope.core.detect.common.EmailRecognizer;
import io.leakscope.core.model.FindingType;
import io.leakscope.core.model.InventoryEntry;
import io.leakscope.core.text.NormalizedText;
import io.leakscope.ingest.DocumentReader;
import io.leakscope.ingest.IngestLimits;
import io.leakscope.store.CaseStore;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LeakScannerTest {
    @TempDir
    Path dir;

    /** Fails the way a pathological document can make a parser or analyser fail. */
    static final class Exploding extends BaseRecognizer {
        Exploding() {
            super("test.exploding", Set.of(FindingType.EMAIL), ContextWords.NONE);
        }

        @Override
        public List<Candidate> analyze(NormalizedText text) {
            if (text.normalized().contains("BOOM")) {
                throw new StackOverflowError();
            }
            return List.of();
        }
    }

    /** Runs out of memory on "MEMORY" the first time it sees it (the heap taken by the files beside it), and on "HUGE" always. */
    static final class MemoryHungry extends BaseRecognizer {
        private final java.util.concurrent.atomic.AtomicBoolean first = new java.util.concurrent.atomic.AtomicBoolean(true);

        MemoryHungry() {
            super("test.memory", Set.of(FindingType.EMAIL), ContextWords.NONE);
        }

        @Override
        public List<Candidate> analyze(NormalizedText text) {
            if (text.normalized().contains("HUGE") || text.normalized().contains("MEMORY") && first.getAndSet(false)) {
                throw new OutOfMemoryError("Java heap space");
            }
            return List.of();
        }
    }

    /**
     * Before, a file whose analysis ran out of memory while other files were analysed beside it was
     * recorded "error: OutOfMemoryError" and its persons lost (a dense leak at -Xmx300m: 2 mail logs,
     * 1,414 persons, exit 0). It is read again alone; only a file too large even then fails, saying how to go on.
     */
    @Test
    void aFileThatRanOutOfMemoryBesideOthersIsReadAgainAlone() throws Exception {
        Path leak = Files.createDirectories(dir.resolve("leak"));
        Files.writeString(leak.resolve("log.txt"), "MEMORY 連絡先 taro.yamada@example.co.jp\n");
        Files.writeString(leak.resolve("dump.txt"), "HUGE hanako@example.co.jp\n");
        Files.writeString(leak.resolve("good.txt"), "連絡先 jiro@example.co.jp\n");
        Path caseDir = Files.createDirectories(dir.resolve("case"));
        try (CaseStore store = CaseStore.open(caseDir)) {
            DocumentAnalyzer analyzer = new DocumentAnalyzer(
                    new RecognizerRegistry(List.of(new MemoryHungry(), new EmailRecognizer())), OwnOrganization.NONE);
            new LeakScanner(store, new DocumentReader(IngestLimits.DEFAULT, caseDir), analyzer, IngestLimits.DEFAULT,
                    ScanProgress.SILENT, 2).scan(leak);
            assertThat(store.inventory()).extracting(InventoryEntry::path, InventoryEntry::status).containsExactly(
                    org.assertj.core.groups.Tuple.tuple("dump.txt", "failed"),
                    org.assertj.core.groups.Tuple.tuple("good.txt", "done"),
                    org.assertj.core.groups.Tuple.tuple("log.txt", "done"));
            assertThat(store.inventory().get(0).reason()).startsWith("too_large: out of memory while analysing, even alone");
            assertThat(store.records()).hasSize(2);
        }
    }

    @Test
    void aFileThatBreaksTheAnalysisIsRecordedAndTheRunGoesOn() throws Exception {
        Path leak = Files.createDirectories(dir.resolve("leak"));
        Files.writeString(leak.resolve("bad.txt"), "BOOM");
        Files.writeString(leak.resolve("good.txt"), "連絡先 taro.yamada@example.co.jp\n");
        Path caseDir = Files.createDirectories(dir.resolve("case"));
        try (CaseStore store = CaseStore.open(caseDir)) {
            DocumentAnalyzer analyzer = new DocumentAnalyzer(
                    new RecognizerRegistry(List.of(new Exploding(), new EmailRecognizer())), OwnOrganization.NONE);
            new LeakScanner(store, new DocumentReader(IngestLimits.DEFAULT, caseDir), analyzer, IngestLimits.DEFAULT,
                    ScanProgress.SILENT, 2).scan(leak);
            assertThat(store.inventory()).extracting(InventoryEntry::path, InventoryEntry::status, InventoryEntry::reason)
                    .containsExactly(
                            org.assertj.core.groups.Tuple.tuple("bad.txt", "failed", "error: StackOverflowError"),
                            org.assertj.core.groups.Tuple.tuple("good.txt", "done", null));
            assertThat(store.records()).hasSize(1);
        }
    }

    /** Hangs on a text with HANG in it, ignoring interrupts as a runaway parser would. */
    static final class Hanging extends BaseRecognizer {
        Hanging() {
            super("test.hanging", Set.of(FindingType.PHONE), ContextWords.NONE);
        }

        @Override
        public List<Candidate> analyze(NormalizedText text) {
            long until = System.currentTimeMillis() + 5_000;
            while (text.normalized().contains("HANG") && System.currentTimeMillis() < until) {
                Thread.onSpinWait();
            }
            return List.of();
        }
    }

    @Test
    void documentsAnOlderAnalysisReadAreReadAgainAndTheirRecordsReplaced() throws Exception {
        Path leak = Files.createDirectories(dir.resolve("leak"));
        Files.writeString(leak.resolve("mail.txt"), "From: taro.yamada@example.co.jp\nTo: hanako.sato@example.co.jp\n");
        Path caseDir = Files.createDirectories(dir.resolve("case"));
        DocumentAnalyzer analyzer = new DocumentAnalyzer(new RecognizerRegistry(List.of(new EmailRecognizer())), OwnOrganization.NONE);
        try (CaseStore store = CaseStore.open(caseDir)) {
            LeakScanner scanner = new LeakScanner(store, new DocumentReader(IngestLimits.DEFAULT, caseDir), analyzer, IngestLimits.DEFAULT,
                    ScanProgress.SILENT, 1);
            assertThat(scanner.scan(leak)).as("reused").isZero();
            assertThat(new LeakScanner(store, new DocumentReader(IngestLimits.DEFAULT, caseDir), analyzer, IngestLimits.DEFAULT,
                    ScanProgress.SILENT, 1).scan(leak)).as("unchanged, read by this analysis: not read again").isEqualTo(1);
            for (ScanPhases.Phase p : List.of(ScanPhases.Phase.WALK, ScanPhases.Phase.HASH, ScanPhases.Phase.READ, ScanPhases.Phase.ANALYSE,
                    ScanPhases.Phase.CLASSIFY, ScanPhases.Phase.STORE)) {
                assertThat(scanner.phases().nanos(p)).as("time of %s", p).isPositive();
            }
        }
        try (var c = java.sql.DriverManager.getConnection("jdbc:sqlite:" + caseDir.resolve(CaseStore.FILE_NAME));
             var s = c.createStatement()) {
            s.executeUpdate("UPDATE documents SET analysis = " + (DocumentAnalyzer.VERSION - 1)); // a case an older leakscope scanned
        }
        try (CaseStore store = CaseStore.open(caseDir)) {
            assertThat(new LeakScanner(store, new DocumentReader(IngestLimits.DEFAULT, caseDir), analyzer, IngestLimits.DEFAULT,
                    ScanProgress.SILENT, 1).scan(leak)).as("read again").isZero();
            assertThat(store.records()).as("replaced, not added to").hasSize(2);
            assertThat(store.state("mail.txt")).hasValueSatisfying(st -> assertThat(st.analysis()).isEqualTo(DocumentAnalyzer.VERSION));
        }
    }

    @Test
    void aFileThatHangsIsATimeoutAndTheRunGoesOn() throws Exception {
        Path leak = Files.createDirectories(dir.resolve("leak2"));
        Files.writeString(leak.resolve("hang.txt"), "HANG");
        Files.writeString(leak.resolve("good.txt"), "連絡先 taro.yamada@example.co.jp\n");
        Path caseDir = Files.createDirectories(dir.resolve("case2"));
        try (CaseStore store = CaseStore.open(caseDir)) {
            DocumentAnalyzer analyzer = new DocumentAnalyzer(
                    new RecognizerRegistry(List.of(new Hanging(), new EmailRecognizer())), OwnOrganization.NONE);
            IngestLimits oneSecond = IngestLimits.DEFAULT.withPerFileSeconds(1);
            new LeakScanner(store, new DocumentReader(oneSecond, caseDir), analyzer, oneSecond, ScanProgress.SILENT, 2).scan(leak);
            assertThat(store.inventory()).extracting(InventoryEntry::path, InventoryEntry::status, InventoryEntry::reason)
                    .containsExactly(
                            org.assertj.core.groups.Tuple.tuple("good.txt", "done", null),
                            org.assertj.core.groups.Tuple.tuple("hang.txt", "failed", "timeout: analysis took over 1 s"));
        }
    }

    /** Counts the files actually parsed. */
    static final class CountingReader implements io.leakscope.ingest.FileContentReader {
        private final DocumentReader reader;
        final java.util.List<String> read = java.util.Collections.synchronizedList(new java.util.ArrayList<>());

        CountingReader(DocumentReader reader) {
            this.reader = reader;
        }

        @Override
        public io.leakscope.ingest.Outcome read(String path, io.leakscope.ingest.Blob blob) {
            read.add(path);
            return reader.read(path, blob);
        }
    }

    @Test
    void aCopyIsParsedOnceButAnalysedAndStoredUnderItsOwnPath() throws Exception {
        Path leak = Files.createDirectories(dir.resolve("leak3"));
        String roster = "社員番号,氏名,メールアドレス\n1001,山田 太郎,taro.yamada@example.co.jp\n1002,佐藤 花子,hanako.sato@example.co.jp\n";
        Files.createDirectories(leak.resolve("人事"));
        Files.createDirectories(leak.resolve("backup"));
        Files.writeString(leak.resolve("人事/社員名簿.csv"), roster);
        Files.writeString(leak.resolve("backup/社員名簿 - コピー.csv"), roster);
        Files.write(leak.resolve("backup/old.zip"), TestZip.of("人事/社員名簿.csv", roster));
        Path caseDir = Files.createDirectories(dir.resolve("case3"));
        try (CaseStore store = CaseStore.open(caseDir)) {
            DocumentAnalyzer analyzer = new DocumentAnalyzer(RecognizerRegistry.standard(io.leakscope.core.detect.KnownNames.NONE), OwnOrganization.NONE);
            CountingReader reader = new CountingReader(new DocumentReader(IngestLimits.DEFAULT, caseDir));
            LeakScanner scanner = new LeakScanner(store, reader, analyzer, IngestLimits.DEFAULT, ScanProgress.SILENT, 1);
            scanner.scan(leak);
            assertThat(reader.read).as("parsed").containsExactly("backup/old.zip", "backup/old.zip!/人事/社員名簿.csv");
            assertThat(scanner.copies()).isEqualTo(2);
            assertThat(store.inventory()).extracting(InventoryEntry::path, InventoryEntry::status, InventoryEntry::findings)
                    .containsExactlyInAnyOrder(
                            org.assertj.core.groups.Tuple.tuple("backup/old.zip", "done", 0),
                            org.assertj.core.groups.Tuple.tuple("backup/old.zip!/人事/社員名簿.csv", "done", 6),
                            org.assertj.core.groups.Tuple.tuple("backup/社員名簿 - コピー.csv", "done", 6),
                            org.assertj.core.groups.Tuple.tuple("人事/社員名簿.csv", "done", 6));
            assertThat(store.records()).extracting(r -> r.record().documentPath() + " " + r.record().locator())
                    .containsExactlyInAnyOrder("backup/old.zip!/人事/社員名簿.csv 社員名簿.csv!row 2", "backup/old.zip!/人事/社員名簿.csv 社員名簿.csv!row 3",
                            "backup/社員名簿 - コピー.csv 社員名簿 - コピー.csv!row 2", "backup/社員名簿 - コピー.csv 社員名簿 - コピー.csv!row 3",
                            "人事/社員名簿.csv 社員名簿.csv!row 2", "人事/社員名簿.csv 社員名簿.csv!row 3");
        }
    }

    /**
     * A generated leak with a backup of it in another folder (renamed files, the same files, in a
     * zip): scanned remembering copies, the store holds exactly what a scan reading and analysing
     * every copy on its own stores.
     */
    @Test
    void rememberingCopiesStoresWhatReadingEveryCopyStores() throws Exception {
        Path sample = dir.resolve("sample");
        new io.leakscope.generator.LeakGenerator(9L, io.leakscope.generator.LeakGenerator.Sizes.DEMO).generate(sample);
        Path leak = sample.resolve("leak");
        List<Path> files;
        try (java.util.stream.Stream<Path> walk = Files.walk(leak)) {
            files = walk.filter(Files::isRegularFile).toList();
        }
        java.util.Map<String, byte[]> zipped = new java.util.TreeMap<>();
        for (Path f : files) {
            Path rel = leak.relativize(f);
            Path renamed = leak.resolve("backup").resolve(rel.getParent() == null ? Path.of(".") : rel.getParent())
                    .resolve("コピー " + f.getFileName()).normalize();
            Files.createDirectories(renamed.getParent());
            Files.copy(f, renamed);
            Files.createDirectories(leak.resolve("same").resolve(rel).getParent());
            Files.copy(f, leak.resolve("same").resolve(rel));
            zipped.put(rel.toString(), Files.readAllBytes(f));
        }
        Files.write(leak.resolve("backup.zip"), io.leakscope.generator.FileWriters.zip(zipped));
        List<String> remembering = scanned(leak, dir.resolve("remembering"), false);
        List<String> forgetting = scanned(leak, dir.resolve("forgetting"), true);
        assertThat(remembering).hasSizeGreaterThan(500).isEqualTo(forgetting);
    }

    /** Every inventory row and every record with its findings, as text, sorted. */
    private static List<String> scanned(Path leak, Path caseDir, boolean forgetting) throws Exception {
        Files.createDirectories(caseDir);
        try (CaseStore store = CaseStore.open(caseDir)) {
            DocumentAnalyzer analyzer = new DocumentAnalyzer(RecognizerRegistry.standard(io.leakscope.core.detect.KnownNames.NONE),
                    OwnOrganization.NONE);
            LeakScanner scanner = new LeakScanner(store, new DocumentReader(IngestLimits.DEFAULT, caseDir), analyzer,
                    IngestLimits.DEFAULT, ScanProgress.SILENT, 2);
            (forgetting ? scanner.forgettingCopies() : scanner).scan(leak);
            long copied = store.inventory().stream().filter(e -> e.path().startsWith("same/")).count();
            assertThat(scanner.copies()).as("copies").isBetween(forgetting ? 0 : (int) copied, forgetting ? 0 : (int) (3 * copied));
            java.util.List<String> out = new java.util.ArrayList<>();
            store.inventory().forEach(e -> out.add(e.path() + " " + e.sha256() + " " + e.status() + " " + e.reason() + " " + e.findings()
                    + " " + e.mediaType()));
            store.records().forEach(r -> out.add(r.record().documentPath() + " " + r.record().locator() + " " + r.record().kind()
                    + " " + r.record().context() + " " + r.record().findings()));
            java.util.Collections.sort(out);
            return out;
        }
    }

    /** A zip of one member. */
    static final class TestZip {
        static byte[] of(String name, String content) throws java.io.IOException {
            java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
            try (java.util.zip.ZipOutputStream zip = new java.util.zip.ZipOutputStream(bytes)) {
                zip.putNextEntry(new java.util.zip.ZipEntry(name));
                zip.write(content.getBytes(java.nio.charset.StandardCharsets.UTF_8));
                zip.closeEntry();
            }
            return bytes.toByteArray();
        }
    }
}
