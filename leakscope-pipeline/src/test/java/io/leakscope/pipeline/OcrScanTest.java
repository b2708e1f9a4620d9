package io.leakscope.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import io.leakscope.core.model.FindingType;
import io.leakscope.core.model.InventoryEntry;
import io.leakscope.generator.FileWriters;
import io.leakscope.store.CaseStore;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A leak of scans: a photographed business card and a scanned application form. Without OCR both
 * are accounted for as not read (ocr_off / no text); with OCR their people are found and their
 * documents are marked as read by OCR.
 */
class OcrScanTest {
    @TempDir
    Path dir;

    @Test
    void scansAreReadOnlyWithOcrAndMarked() throws Exception {
        Path leak = Files.createDirectories(dir.resolve("leak/総務部/スキャン"));
        Files.write(leak.resolve("名刺_佐藤.png"), FileWriters.scanPng(List.of("株式会社山田商事", "営業部 佐藤 健一 様",
                "携帯 090-2345-6789", "k.sato@yamada-shoji.co.jp")).orElseThrow());
        Files.write(leak.resolve("申込書.pdf"), FileWriters.scannedPdf(List.of("申込書", "氏名：鈴木 花子",
                "電話：03-3456-7890", "hanako.suzuki@example.com")).orElseThrow());
        Path config = dir.resolve("case.yaml");
        Files.writeString(config, "case:\n  name: scans\n");

        Map<String, InventoryEntry> off = scan(leak.getParent().getParent(), dir.resolve("case-off"), config, false);
        assertThat(off.get("総務部/スキャン/名刺_佐藤.png").reason()).startsWith("ocr_off");
        assertThat(off.values()).noneMatch(InventoryEntry::ocr);

        Path withOcr = dir.resolve("case-ocr");
        Map<String, InventoryEntry> on = scan(leak.getParent().getParent(), withOcr, config, true);
        assertThat(on.get("総務部/スキャン/名刺_佐藤.png").ocr()).isTrue();
        assertThat(on.get("総務部/スキャン/申込書.pdf").ocr()).isTrue();
        assertThat(on.values()).allMatch(e -> e.status().equals("done"));
        Set<String> values = new HashSet<>();
        try (CaseStore store = CaseStore.open(withOcr)) {
            store.records().forEach(r -> r.record().findings().stream()
                    .filter(f -> f.type() == FindingType.PHONE || f.type() == FindingType.EMAIL).forEach(f -> values.add(f.value())));
            assertThat(store.ocrDocuments()).containsExactlyInAnyOrder("総務部/スキャン/名刺_佐藤.png", "総務部/スキャン/申込書.pdf");
        }
        assertThat(values).contains("k.sato@yamada-shoji.co.jp", "hanako.suzuki@example.com", "+819023456789", "+81334567890");
    }

    private static Map<String, InventoryEntry> scan(Path leak, Path caseDir, Path config, boolean ocr) throws Exception {
        CaseService.scan(leak, caseDir, config, ScanProgress.SILENT, ScanOptions.isolated(2).withOcr(ocr));
        try (CaseStore store = CaseStore.open(caseDir)) {
            return store.inventory().stream().collect(Collectors.toMap(InventoryEntry::path, e -> e));
        }
    }
}
