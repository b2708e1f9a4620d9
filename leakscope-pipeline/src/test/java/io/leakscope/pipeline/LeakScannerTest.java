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
}
