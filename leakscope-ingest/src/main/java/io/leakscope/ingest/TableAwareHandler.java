package io.leakscope.ingest;

import io.leakscope.core.model.Table;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.xml.sax.Attributes;
import org.xml.sax.helpers.DefaultHandler;

/**
 * Collects Tika's XHTML output as text plus tables: cells of {@code <table>} elements become
 * {@link Table} rows (a sheet's {@code <h1>} name becomes the table name), everything else becomes
 * text with one line per block element. Nested tables are flattened into the outer cell.
 */
final class TableAwareHandler extends DefaultHandler {
    private static final Set<String> BLOCKS = Set.of("p", "div", "h1", "h2", "h3", "h4", "h5", "h6", "li", "br",
            "tr", "title", "pre", "blockquote", "dt", "dd");
    private final int maxTableChars;
    private final TextParts text;
    private final List<Table> tables = new ArrayList<>();
    private int tableDepth;
    private List<List<String>> rows;
    private List<String> row;
    private StringBuilder cell;
    private StringBuilder heading;
    private String lastHeading = "";
    private long tableChars;
    private boolean truncated;
    private boolean inBody;

    /**
     * @param maxTableChars characters of table cells kept at most (beyond them, {@link #truncated})
     * @param text          where the text goes: cut into parts when long, never truncated
     */
    TableAwareHandler(int maxTableChars, TextParts text) {
        this.maxTableChars = maxTableChars;
        this.text = text;
    }

    @Override
    public void startElement(String uri, String localName, String qName, Attributes atts) {
        String name = localName.isEmpty() ? qName : localName;
        switch (name) {
            case "body" -> inBody = true;
            case "table" -> {
                if (++tableDepth == 1) {
                    rows = new ArrayList<>();
                }
            }
            case "tr" -> {
                if (tableDepth == 1) {
                    row = new ArrayList<>();
                }
            }
            case "td", "th" -> {
                if (tableDepth == 1) {
                    cell = new StringBuilder();
                }
            }
            case "h1" -> heading = new StringBuilder();
            default -> {
            }
        }
    }

    @Override
    public void endElement(String uri, String localName, String qName) {
        String name = localName.isEmpty() ? qName : localName;
        if (tableDepth >= 1) {
            endInTable(name);
        } else if (BLOCKS.contains(name) && !(name.equals("title") && text.isEmpty())) {
            text.append('\n');
        }
        if (name.equals("h1") && heading != null) {
            lastHeading = heading.toString().strip();
            heading = null;
        }
    }

    private void endInTable(String name) {
        switch (name) {
            case "td", "th" -> {
                if (tableDepth == 1 && row != null && cell != null) {
                    row.add(cell.toString().strip());
                    cell = null;
                } else if (cell != null) {
                    cell.append(' ');
                }
            }
            case "tr" -> {
                if (tableDepth == 1 && row != null) {
                    rows.add(row);
                    row = null;
                }
            }
            case "table" -> {
                if (--tableDepth == 0) {
                    tables.add(new Table(lastHeading, rows));
                    rows = null;
                }
            }
            default -> {
                if (cell != null && BLOCKS.contains(name)) {
                    cell.append('\n');
                }
            }
        }
    }

    @Override
    public void characters(char[] ch, int start, int length) {
        if (heading != null && heading.length() < MAX_HEADING) {
            heading.append(ch, start, Math.min(length, MAX_HEADING));
        }
        if (tableDepth == 0) {
            text.append(ch, start, length);
        } else if (cell != null) {
            tableChars += length;
            if (tableChars > maxTableChars) {
                truncated = true;
                return;
            }
            cell.append(ch, start, length);
        }
    }

    /** A sheet's name is short; a heading is only ever used as one. */
    private static final int MAX_HEADING = 1000;

    @Override
    public void ignorableWhitespace(char[] ch, int start, int length) {
        if (!inBody) {
            return; // the newlines between <head>'s elements: line 1 of the text is line 1 of a text file
        }
        characters(ch, start, length);
    }

    /** Whether nothing was read: no text but white space, no table. */
    boolean isEmpty() {
        return tables.isEmpty() && (rows == null || rows.isEmpty()) && text.isBlank();
    }

    /** The text, or its first part when it is long ({@link #furtherParts}). */
    String text() {
        return text.firstPart();
    }

    /** The text's parts after the first, as members of the document. */
    List<Outcome.Child> furtherParts() {
        return text.furtherParts();
    }

    List<Table> tables() {
        return tables;
    }

    /** Whether table cells beyond the limit were left out. */
    boolean truncated() {
        return truncated;
    }
}
