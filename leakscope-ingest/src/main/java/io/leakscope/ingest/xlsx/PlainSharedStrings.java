package io.leakscope.ingest.xlsx;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackagePart;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.RichTextString;
import org.apache.poi.xssf.model.SharedStrings;
import org.apache.poi.xssf.usermodel.XSSFRelation;
import org.apache.tika.exception.TikaException;
import org.apache.tika.parser.ParseContext;
import org.apache.tika.utils.XMLReaderUtils;
import org.xml.sax.Attributes;
import org.xml.sax.SAXException;
import org.xml.sax.helpers.DefaultHandler;

/**
 * A workbook's shared-strings table (ECMA-376 Part 1, §18.4, {@code xl/sharedStrings.xml}) read
 * once as plain text. Gives the same text as POI's {@code ReadOnlySharedStringsTable} without
 * phonetic runs, but hands each cell a plain string: POI's table builds an XMLBeans
 * {@code XSSFRichTextString} for every string cell only to have its text read back, which was a
 * quarter of all parsing time on the bench corpus (docs/PERFORMANCE.md).
 *
 * <p>Phonetic runs ({@code <rPh>}, the furigana Japanese input methods store with every typed
 * cell) are left out: a cell reads as Excel shows it, "山田太郎", not "山田太郎 ヤマダ タロウ".
 */
final class PlainSharedStrings extends DefaultHandler implements SharedStrings {
    private static final String MAIN_NS = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
    /** Characters XML cannot carry, written by Excel as {@code _xHHHH_} (§22.9.2.19 ST_Xstring). */
    private static final Pattern ESCAPED = Pattern.compile("_x([0-9A-Fa-f]{4})_");

    private final List<String> strings = new ArrayList<>();
    private final StringBuilder item = new StringBuilder();
    private int count;
    private int uniqueCount;
    private boolean inText;
    private boolean inPhonetic;

    /** The package's shared strings, or none when it has no such part (a workbook of numbers only). */
    static PlainSharedStrings of(OPCPackage pkg, ParseContext context) throws IOException, TikaException, SAXException {
        PlainSharedStrings table = new PlainSharedStrings();
        List<PackagePart> parts = pkg.getPartsByContentType(XSSFRelation.SHARED_STRINGS.getContentType());
        if (!parts.isEmpty()) {
            try (InputStream in = parts.get(0).getInputStream()) {
                XMLReaderUtils.parseSAX(in, table, context);
            }
        }
        return table;
    }

    @Override
    public void startElement(String uri, String localName, String qName, Attributes atts) {
        if (!MAIN_NS.equals(uri)) {
            return;
        }
        switch (localName) {
            case "sst" -> {
                count = intAttribute(atts, "count");
                uniqueCount = intAttribute(atts, "uniqueCount");
            }
            case "si" -> item.setLength(0);
            case "t" -> inText = true;
            case "rPh" -> inPhonetic = true;
            default -> {
            }
        }
    }

    @Override
    public void endElement(String uri, String localName, String qName) {
        if (!MAIN_NS.equals(uri)) {
            return;
        }
        switch (localName) {
            case "si" -> strings.add(unescape(item.toString()));
            case "t" -> inText = false;
            case "rPh" -> inPhonetic = false;
            default -> {
            }
        }
    }

    @Override
    public void characters(char[] ch, int start, int length) {
        if (inText && !inPhonetic) {
            item.append(ch, start, length);
        }
    }

    @Override
    public RichTextString getItemAt(int index) {
        return new PlainText(strings.get(index));
    }

    @Override
    public int getCount() {
        return count;
    }

    @Override
    public int getUniqueCount() {
        return uniqueCount;
    }

    private static int intAttribute(Attributes atts, String name) {
        String value = atts.getValue(name);
        try {
            return value == null ? 0 : (int) Long.parseLong(value);
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    static String unescape(String text) {
        if (!text.contains("_x")) {
            return text;
        }
        Matcher m = ESCAPED.matcher(text);
        StringBuilder out = new StringBuilder(text.length());
        while (m.find()) {
            m.appendReplacement(out, "");
            out.append((char) Integer.parseInt(m.group(1), 16));
        }
        m.appendTail(out);
        return out.toString();
    }

    /** A cell's text with no formatting: the sheet reader only ever asks for the text. */
    record PlainText(String text) implements RichTextString {
        @Override
        public String getString() {
            return text;
        }

        @Override
        public String toString() {
            return text;
        }

        @Override
        public int length() {
            return text.length();
        }

        @Override
        public int numFormattingRuns() {
            return 0;
        }

        @Override
        public int getIndexOfFormattingRun(int index) {
            return -1;
        }

        @Override
        public void applyFont(int startIndex, int endIndex, short fontIndex) {
            throw readOnly();
        }

        @Override
        public void applyFont(int startIndex, int endIndex, Font font) {
            throw readOnly();
        }

        @Override
        public void applyFont(Font font) {
            throw readOnly();
        }

        @Override
        public void applyFont(short fontIndex) {
            throw readOnly();
        }

        @Override
        public void clearFormatting() {
            throw readOnly();
        }

        private static UnsupportedOperationException readOnly() {
            return new UnsupportedOperationException("read-only text of a shared string");
        }
    }
}
