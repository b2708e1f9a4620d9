package io.leakscope.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.Graphics2D;
import io.leakscope.generator.FileWriters;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Images and scanned PDFs are read with Tesseract when OCR is on, and only then; the text is marked as OCR. */
class OcrTest {
    private static final List<String> LINES = List.of("氏名 山田 太郎", "電話 090-1234-5678", "yamada@example.co.jp");

    @TempDir
    Path tmp;

    @Test
    void anImageIsReadByOcrOnlyWhenAskedAndMarked() throws Exception {
        Blob png = new Blob.InMemory(png(LINES));
        Outcome off = new DocumentReader(IngestLimits.DEFAULT, tmp).read("名刺.png", png);
        assertThat(off.status()).isEqualTo(Outcome.Status.SKIPPED);
        assertThat(off.reason()).startsWith("ocr_off");

        Outcome on = new DocumentReader(IngestLimits.DEFAULT, tmp, true).read("名刺.png", png);
        assertThat(on.status()).isEqualTo(Outcome.Status.DONE);
        assertThat(on.document().ocr()).isTrue();
        assertThat(on.document().text()).contains("090-1234-5678", "yamada@example.co.jp", "山田");
    }

    @Test
    void aScannedPdfPageIsReadByOcr() throws Exception {
        Blob pdf = new Blob.InMemory(scannedPdf(LINES));
        Outcome off = new DocumentReader(IngestLimits.DEFAULT, tmp).read("scan.pdf", pdf);
        assertThat(off.document().text()).doesNotContain("090");
        assertThat(off.document().ocr()).isFalse();

        Outcome on = new DocumentReader(IngestLimits.DEFAULT, tmp, true).read("scan.pdf", pdf);
        assertThat(on.document().ocr()).isTrue();
        assertThat(on.document().text()).contains("090-1234-5678");
    }

    @Test
    void aMissingTesseractIsNamedWithTheFix() {
        Ocr.requireTesseract(); // installed by scripts/setup.sh
        assertThatThrownBy(() -> Ocr.requireTesseract("tesseract-not-installed"))
                .hasMessageContaining("OCR needs Tesseract").hasMessageContaining("scripts/setup.sh");
    }

    private static byte[] png(List<String> lines) throws IOException {
        return FileWriters.scanPng(lines).orElseThrow(() -> new IllegalStateException("the Japanese font is missing: run scripts/setup.sh"));
    }

    private static byte[] scannedPdf(List<String> lines) throws IOException {
        return FileWriters.scannedPdf(lines).orElseThrow(() -> new IllegalStateException("the Japanese font is missing: run scripts/setup.sh"));
    }
}
