package io.leakscope.report;

import io.leakscope.core.text.TerminalText;

/**
 * Text from a leaked file (a path, a line of evidence, a parser's reason) or typed by a user (the
 * case name, an event) placed in generated Markdown: it shows as the text it is and never becomes
 * markup. The Markdown punctuation that can open a code span, a link or an image, or end a table
 * cell is escaped with a backslash, {@code < > &} become entities (a
 * viewer that allows HTML would run {@code <svg onload=…>}), a table's {@code |} cannot end a cell,
 * and line breaks, controls, bidi overrides and zero-width characters show as visible escapes
 * ({@link TerminalText}) — a .md is read in terminals too. Paths are escaped like any text, not
 * put in code spans: a back-tick in a file name would close the span.
 */
public final class MarkdownText {
    /** What can make markup of text inside a line: code spans, links and images, table cells (emphasis only formats). */
    private static final String PUNCTUATION = "\\`[]|";

    private MarkdownText() {
    }

    public static String escape(String s) {
        if (s == null) {
            return "";
        }
        String visible = TerminalText.escape(s);
        StringBuilder out = new StringBuilder(visible.length() + 16);
        for (int i = 0; i < visible.length(); i++) {
            char c = visible.charAt(i);
            switch (c) {
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '&' -> out.append("&amp;");
                default -> {
                    if (PUNCTUATION.indexOf(c) >= 0) {
                        out.append('\\');
                    }
                    out.append(c);
                }
            }
        }
        return out.toString();
    }
}
