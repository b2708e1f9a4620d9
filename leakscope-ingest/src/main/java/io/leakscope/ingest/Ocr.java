package io.leakscope.ingest;

import java.io.IOException;
import java.util.Arrays;
import java.util.concurrent.TimeUnit;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.metadata.PDF;
import org.apache.tika.metadata.TikaCoreProperties;
import org.apache.tika.parser.ParseContext;
import org.apache.tika.parser.ocr.TesseractOCRConfig;
import org.apache.tika.parser.pdf.PDFParserConfig;

/**
 * OCR through Tika's Tesseract parser: images, and the pages of a PDF that carry no text (scans).
 * Off unless asked for, since it is slow and its text may hold misread characters; Tika would
 * otherwise use Tesseract whenever it finds it on the PATH.
 */
public final class Ocr {
    /** Japanese first; interword spacing kept, or Tesseract puts spaces between Japanese characters. */
    private static final String LANGUAGES = "jpn+eng";

    private Ocr() {
    }

    static void configure(ParseContext context, boolean on) {
        TesseractOCRConfig tesseract = new TesseractOCRConfig();
        PDFParserConfig pdf = new PDFParserConfig();
        if (on) {
            tesseract.setLanguage(LANGUAGES);
            tesseract.setPreserveInterwordSpacing(true);
            pdf.setOcrStrategy(PDFParserConfig.OCR_STRATEGY.AUTO);
        } else {
            tesseract.setSkipOcr(true);
            pdf.setOcrStrategy(PDFParserConfig.OCR_STRATEGY.NO_OCR);
        }
        context.set(TesseractOCRConfig.class, tesseract);
        context.set(PDFParserConfig.class, pdf);
    }

    static boolean wasUsed(Metadata md) {
        Integer pages = md.getInt(PDF.OCR_PAGE_COUNT);
        return (pages != null && pages > 0)
                || Arrays.stream(md.getValues(TikaCoreProperties.TIKA_PARSED_BY)).anyMatch(p -> p.endsWith("TesseractOCRParser"));
    }

    /**
     * Checks that Tesseract and its Japanese and English data are installed, so that a scan asked
     * to OCR does not silently read nothing from its images.
     *
     * @throws IllegalStateException naming what is missing and how to install it
     */
    public static void requireTesseract() {
        requireTesseract("tesseract");
    }

    static void requireTesseract(String executable) {
        String langs;
        try {
            Process p = new ProcessBuilder(executable, "--list-langs").redirectErrorStream(true).start();
            langs = new String(p.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
            if (!p.waitFor(30, TimeUnit.SECONDS)) {
                p.destroyForcibly();
            }
        } catch (IOException e) {
            throw new IllegalStateException("OCR needs Tesseract, which is not installed: run scripts/setup.sh (Debian packages tesseract-ocr, tesseract-ocr-jpn)");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while checking for Tesseract", e);
        }
        for (String lang : LANGUAGES.split("\\+")) {
            if (langs.lines().noneMatch(l -> l.strip().equals(lang))) {
                throw new IllegalStateException("OCR needs Tesseract's '" + lang + "' data, which is not installed: run scripts/setup.sh");
            }
        }
    }
}
