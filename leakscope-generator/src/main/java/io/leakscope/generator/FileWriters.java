package io.leakscope.generator;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFRichTextString;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.openxmlformats.schemas.spreadsheetml.x2006.main.CTPhoneticRun;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFTable;

/** Writes the real file formats of a generated leak: xlsx, csv in any encoding, docx, pdf, eml, zip. */
public final class FileWriters {
    /** Where Debian's fonts-ipaexfont puts the Japanese font used for generated PDFs. */
    private static final List<Path> JAPANESE_FONTS = List.of(
            Path.of("/usr/share/fonts/opentype/ipaexfont-gothic/ipaexg.ttf"),
            Path.of("/usr/share/fonts/truetype/fonts-japanese-gothic.ttf"),
            Path.of("/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc"));

    private FileWriters() {
    }

    /** An xlsx workbook; each sheet is a list of rows, written from row 1 (titles and blank rows included). */
    public static byte[] xlsx(Map<String, List<List<String>>> sheets) throws IOException {
        try (XSSFWorkbook wb = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            for (Map.Entry<String, List<List<String>>> s : sheets.entrySet()) {
                Sheet sheet = wb.createSheet(s.getKey());
                for (int r = 0; r < s.getValue().size(); r++) {
                    Row row = sheet.createRow(r);
                    List<String> cells = s.getValue().get(r);
                    for (int c = 0; c < cells.size(); c++) {
                        if (cells.get(c) != null && !cells.get(c).isEmpty()) {
                            row.createCell(c).setCellValue(typed(cells.get(c)));
                        }
                    }
                }
            }
            wb.write(out);
            return out.toByteArray();
        }
    }

    /**
     * A cell's text as Excel stores what was typed through Japanese input: text with kanji carries
     * its katakana reading as a phonetic run ({@code <rPh>}), which readers must not mistake for part
     * of the cell.
     */
    private static XSSFRichTextString typed(String value) {
        XSSFRichTextString text = new XSSFRichTextString(value);
        if (value.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN)) {
            String reading = Readings.katakana(value.replaceAll("[ \u3000]", ""));
            if (reading != null) {
                CTPhoneticRun run = text.getCTRst().addNewRPh();
                run.setSb(0);
                run.setEb(value.length());
                run.setT(reading);
            }
        }
        return text;
    }

    public static byte[] csv(List<List<String>> rows, Charset charset) {
        StringBuilder sb = new StringBuilder();
        for (List<String> row : rows) {
            sb.append(String.join(",", row.stream().map(FileWriters::csvCell).toList())).append("\r\n");
        }
        return sb.toString().getBytes(charset);
    }

    private static String csvCell(String v) {
        return v.contains(",") || v.contains("\"") || v.contains("\n") ? "\"" + v.replace("\"", "\"\"") + "\"" : v;
    }

    public static byte[] docx(List<String> paragraphs) throws IOException {
        try (XWPFDocument doc = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            for (String p : paragraphs) {
                doc.createParagraph().createRun().setText(p);
            }
            doc.write(out);
            return out.toByteArray();
        }
    }

    /** A form as Word holds it: paragraphs (header fields), then a table (header row first), then closing paragraphs. */
    public static byte[] docxForm(List<String> before, List<List<String>> table, List<String> after) throws IOException {
        try (XWPFDocument doc = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            before.forEach(p -> doc.createParagraph().createRun().setText(p));
            int width = table.stream().mapToInt(List::size).max().orElse(1);
            XWPFTable t = doc.createTable(table.size(), width);
            for (int r = 0; r < table.size(); r++) {
                for (int c = 0; c < table.get(r).size(); c++) {
                    t.getRow(r).getCell(c).setText(table.get(r).get(c));
                }
            }
            after.forEach(p -> doc.createParagraph().createRun().setText(p));
            doc.write(out);
            return out.toByteArray();
        }
    }

    public static Optional<Path> japaneseFont() {
        return JAPANESE_FONTS.stream().filter(Files::isRegularFile).findFirst();
    }

    /** A text PDF with a Japanese font; empty when no Japanese font is installed. */
    public static Optional<byte[]> pdf(List<String> lines) throws IOException {
        Optional<Path> font = japaneseFont();
        if (font.isEmpty()) {
            return Optional.empty();
        }
        try (PDDocument doc = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PDType0Font f = PDType0Font.load(doc, font.get().toFile());
            PDPage page = null;
            PDPageContentStream cs = null;
            int y = 0;
            for (String line : lines) {
                if (page == null || y < 60) {
                    if (cs != null) {
                        cs.endText();
                        cs.close();
                    }
                    page = new PDPage();
                    doc.addPage(page);
                    cs = new PDPageContentStream(doc, page);
                    cs.beginText();
                    cs.setFont(f, 10.5f);
                    cs.newLineAtOffset(50, 740);
                    y = 740;
                }
                cs.showText(line);
                cs.newLineAtOffset(0, -16);
                y -= 16;
            }
            if (cs != null) {
                cs.endText();
                cs.close();
            }
            doc.save(out);
            return Optional.of(out.toByteArray());
        }
    }

    /** A scanned page: the lines drawn black on white at 64 px with the Japanese font, as PNG; empty without the font. */
    public static Optional<byte[]> scanPng(List<String> lines) throws IOException {
        Optional<Path> fontFile = japaneseFont();
        if (fontFile.isEmpty()) {
            return Optional.empty();
        }
        java.awt.image.BufferedImage img = new java.awt.image.BufferedImage(1400, 120 + 110 * lines.size(),
                java.awt.image.BufferedImage.TYPE_INT_RGB);
        java.awt.Graphics2D g = img.createGraphics();
        g.setColor(java.awt.Color.WHITE);
        g.fillRect(0, 0, img.getWidth(), img.getHeight());
        g.setColor(java.awt.Color.BLACK);
        g.setRenderingHint(java.awt.RenderingHints.KEY_TEXT_ANTIALIASING, java.awt.RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        try {
            g.setFont(java.awt.Font.createFont(java.awt.Font.TRUETYPE_FONT, fontFile.get().toFile()).deriveFont(64f));
        } catch (java.awt.FontFormatException e) {
            throw new IOException("unusable font " + fontFile.get(), e);
        }
        for (int i = 0; i < lines.size(); i++) {
            g.drawString(lines.get(i), 60, 120 + 110 * i);
        }
        g.dispose();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        javax.imageio.ImageIO.write(img, "png", out);
        return Optional.of(out.toByteArray());
    }

    /** A PDF as a scanner makes it: one page holding only an image of the lines, no text layer. */
    public static Optional<byte[]> scannedPdf(List<String> lines) throws IOException {
        Optional<byte[]> png = scanPng(lines);
        if (png.isEmpty()) {
            return Optional.empty();
        }
        try (PDDocument doc = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PDPage page = new PDPage();
            doc.addPage(page);
            var image = org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory.createFromImage(doc,
                    javax.imageio.ImageIO.read(new java.io.ByteArrayInputStream(png.get())));
            try (PDPageContentStream content = new PDPageContentStream(doc, page)) {
                float width = page.getMediaBox().getWidth() - 40;
                content.drawImage(image, 20, 400, width, width * image.getHeight() / image.getWidth());
            }
            doc.save(out);
            return Optional.of(out.toByteArray());
        }
    }

    /** A mail as Japanese mailers send it: ISO-2022-JP body, RFC 2047 encoded headers. */
    public static byte[] eml(String from, String to, String subject, String date, String body) {
        Charset jis = Charset.forName("ISO-2022-JP");
        String headers = "From: " + address(from) + "\r\n"
                + "To: " + address(to) + "\r\n"
                + "Subject: " + encodedWord(subject) + "\r\n"
                + "Date: " + date + "\r\n"
                + "MIME-Version: 1.0\r\n"
                + "Content-Type: text/plain; charset=ISO-2022-JP\r\n"
                + "Content-Transfer-Encoding: 7bit\r\n\r\n";
        byte[] h = headers.getBytes(StandardCharsets.US_ASCII);
        byte[] b = body.replace("\n", "\r\n").getBytes(jis);
        byte[] all = new byte[h.length + b.length];
        System.arraycopy(h, 0, all, 0, h.length);
        System.arraycopy(b, 0, all, h.length, b.length);
        return all;
    }

    /**
     * A mail with the headers a mail client writes, in order ({@code Message-ID}, {@code In-Reply-To},
     * {@code References}, {@code Cc} …), display names as encoded words, the body in ISO-2022-JP.
     */
    public static byte[] eml(Map<String, String> headers, String body) {
        StringBuilder h = new StringBuilder();
        headers.forEach((name, value) -> h.append(name).append(": ").append(switch (name) {
            case "From", "To", "Cc" -> String.join(", ", java.util.Arrays.stream(value.split(", ")).map(FileWriters::address).toList());
            case "Subject" -> encodedWord(value);
            default -> value;
        }).append("\r\n"));
        h.append("MIME-Version: 1.0\r\nContent-Type: text/plain; charset=ISO-2022-JP\r\nContent-Transfer-Encoding: 7bit\r\n\r\n");
        byte[] head = h.toString().getBytes(StandardCharsets.US_ASCII);
        byte[] b = body.replace("\n", "\r\n").getBytes(Charset.forName("ISO-2022-JP"));
        byte[] all = new byte[head.length + b.length];
        System.arraycopy(head, 0, all, 0, head.length);
        System.arraycopy(b, 0, all, head.length, b.length);
        return all;
    }

    /** An mbox archive of plain ASCII/UTF-8 messages (a mailing list's monthly file): each after a "From " line. */
    public static byte[] mbox(List<String> messages) {
        StringBuilder sb = new StringBuilder();
        for (String m : messages) {
            sb.append("From mailman-bounces@lists Mon Sep  2 10:15:00 2024\n").append(m.replace("\r\n", "\n").replaceAll("(?m)^From ", ">From "));
            sb.append(m.endsWith("\n") ? "\n" : "\n\n");
        }
        return sb.toString().getBytes(StandardCharsets.UTF_8);
    }

    /** "山田 太郎 <yamada@x>" with the display name as an encoded word. */
    private static String address(String a) {
        int lt = a.indexOf('<');
        if (lt <= 0) {
            return a;
        }
        return encodedWord(a.substring(0, lt).strip()) + " " + a.substring(lt);
    }

    private static String encodedWord(String s) {
        if (s.chars().allMatch(c -> c < 0x80)) {
            return s;
        }
        return "=?ISO-2022-JP?B?" + Base64.getEncoder().encodeToString(s.getBytes(Charset.forName("ISO-2022-JP"))) + "?=";
    }

    /** A zip with UTF-8 member names. */
    public static byte[] zip(Map<String, byte[]> members) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes, StandardCharsets.UTF_8)) {
            for (Map.Entry<String, byte[]> m : members.entrySet()) {
                zip.putNextEntry(new ZipEntry(m.getKey()));
                zip.write(m.getValue());
                zip.closeEntry();
            }
        }
        return bytes.toByteArray();
    }

    public static void write(Path root, String relative, byte[] bytes) throws IOException {
        Path p = root.resolve(relative);
        Files.createDirectories(p.getParent());
        try (OutputStream out = Files.newOutputStream(p)) {
            out.write(bytes);
        }
    }
}
