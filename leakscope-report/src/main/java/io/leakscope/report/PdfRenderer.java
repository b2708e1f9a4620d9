package io.leakscope.report;

import com.lowagie.text.pdf.BaseFont;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.xhtmlrenderer.pdf.ITextRenderer;

/**
 * Renders a small XHTML page to PDF with Flying Saucer and an embedded Japanese font (IPAex, which
 * {@code scripts/setup.sh} installs), so that the Japanese text copies out of the PDF as written.
 */
public final class PdfRenderer {
    /** Where Debian's fonts-ipaexfont puts the fonts. */
    private static final List<Path> FONTS = List.of(Path.of("/usr/share/fonts/opentype/ipaexfont-gothic/ipaexg.ttf"),
            Path.of("/usr/share/fonts/opentype/ipaexfont-mincho/ipaexm.ttf"));
    static final String FONT_FAMILY = "IPAexGothic";

    private PdfRenderer() {
    }

    public static Optional<Path> font() {
        return FONTS.stream().filter(Files::isRegularFile).findFirst();
    }

    /** Renders the body (XHTML fragment) under a title; fails with a clear message when no Japanese font is installed. */
    public static void render(String title, String bodyXhtml, Path out) throws IOException {
        Path font = font().orElseThrow(() -> new IOException("no Japanese font for PDF output (run scripts/setup.sh: fonts-ipaexfont)"));
        String page = "<?xml version=\"1.0\" encoding=\"UTF-8\"?><html xmlns=\"http://www.w3.org/1999/xhtml\"><head><title>" + esc(title)
                + "</title><style>body{font-family:'" + FONT_FAMILY + "';font-size:10pt}table{border-collapse:collapse}"
                + "td,th{border:0.5pt solid #888;padding:2pt 4pt}h1{font-size:14pt}h2{font-size:12pt}</style></head><body>" + bodyXhtml
                + "</body></html>";
        ITextRenderer renderer = new ITextRenderer();
        renderer.getFontResolver().addFont(font.toString(), BaseFont.IDENTITY_H, BaseFont.EMBEDDED);
        renderer.setDocumentFromString(page);
        renderer.layout();
        Files.createDirectories(out.toAbsolutePath().getParent());
        try (OutputStream os = Files.newOutputStream(out)) {
            renderer.createPDF(os);
        } catch (com.lowagie.text.DocumentException e) {
            throw new IOException("cannot render " + out.getFileName() + ": " + e.getMessage(), e);
        }
    }

    /** Escapes text for XHTML. */
    public static String esc(String s) {
        return s == null ? "" : s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }

    /** Plain text as XHTML paragraphs, one per line. */
    public static String paragraphs(String text) {
        StringBuilder b = new StringBuilder();
        for (String line : text.split("\n", -1)) {
            b.append("<p style=\"margin:0 0 3pt 0\">").append(line.isBlank() ? "&#160;" : esc(line)).append("</p>");
        }
        return b.toString();
    }
}
