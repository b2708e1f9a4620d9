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
    private final int maxChars;
    private final StringBuilder text = new StringBuilder();
    private final List<Table> tables = new ArrayList<>();
    private int tableDepth;
    private List<List<String>> rows;
    private List<String> row;
    private StringBuilder cell;
    private StringBuilder heading;
    private String lastHeading = "";
    private long chars;
    private boolean truncated;
    private boolean inBody;

    TableAwareHandler(int maxChars) {
        this.maxChars = maxChars;
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
        chars += length;
        if (chars > maxChars) {
            truncated = true;
            return;
        }
        if (heading != null) {
            heading.append(ch, start, length);
        }
        if (tableDepth > 0) {
            if (cell != null) {
                cell.append(ch, start, length);
            }
        } else {
            text.append(ch, start, length);
        }
    }

    @Override
    public void ignorableWhitespace(char[] ch, int start, int length) {
        if (!inBody) {
            return; // the newlines between <head>'s elements: line 1 of the text is line 1 of a text file
        }
        characters(ch, start, length);
    }

    String text() {
        return text.toString();
    }

    List<Table> tables() {
        return tables;
    }

    boolean truncated() {
        return truncated;
    }
}
