package io.leakscope.core.detect.common;

/**
 * The shapes {@link LabelledFieldRecognizer} looks for, read by hand: where a field may start, the
 * common field read without its pattern, a line that may be a heading. Each answers exactly as the
 * recognizer's patterns would, or says "maybe" and lets them decide; the patterns' lazy parts cost
 * a regex step per character on every table cell and line of prose.
 */
final class FieldShape {
    static final int MAX_LABEL = 18;
    static final int MAX_HEADING = 10;

    private FieldShape() {
    }

    /**
     * Whether {@link LabelledFieldRecognizer#FIELD} may match at {@code start}: a label of at most 18 characters (whitespace
     * after it aside) on its line, then a colon or a tab. Checked by hand because the pattern's lazy
     * label and value cost a regex step per character on every line of prose.
     */
    static boolean mayStartField(String s, int start) {
        return labelStop(s, start) >= 0;
    }

    /**
     * Where the label at {@code start} stops — its first colon, tab or line end, as {@link #commonField}
     * reads it — when {@link #mayStartField} holds; -1 otherwise.
     */
    static int labelStop(String s, int start) {
        int stop = -1;
        for (int i = start; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == ':' || c == '\t') {
                return i > start ? (stop < 0 ? i : stop) : -1;
            }
            if (c == '\n') {
                if (i == start) {
                    return -1;
                }
                stop = stop < 0 ? i : stop;
            } else if (!Character.isWhitespace(c) && (stop >= 0 || i - start >= MAX_LABEL)) {
                return -1;
            }
        }
        return -1;
    }
    /**
     * The field at {@code start} read by hand when it has the common shape — a label on one line,
     * then a colon or a tab, on that line or after whitespace running onto the next (the last cell
     * of a table row before a row that starts with a tab) — as {label end, field end}, both where
     * {@link LabelledFieldRecognizer#FIELD} puts them; null otherwise (the pattern decides). The label
     * ends before the whitespace ahead of the separator; after a tab or a line end the separator is a
     * colon closing the whitespace or its last tab; the value runs from the next character that is
     * not a space or tab to a tab, two spaces, " / " or a line end.
     */
    static int[] commonField(String s, int start) {
        int p = start;
        while (p < s.length() && s.charAt(p) != ':' && s.charAt(p) != '\t' && s.charAt(p) != '\n') {
            p++;
        }
        return p >= s.length() ? null : commonField(s, start, p);
    }

    /** As {@link #commonField(String, int)}, the label's first colon, tab or line end known: {@code p} ({@link #labelStop}). */
    static int[] commonField(String s, int start, int p) {
        int labelEnd = p;
        while (labelEnd > start + 1 && regexSpace(s.charAt(labelEnd - 1))) {
            labelEnd--;
        }
        if (labelEnd == p && p == start || labelEnd - start > MAX_LABEL) {
            return null;
        }
        int separator = p;
        if (s.charAt(p) != ':') {
            int r = p;
            while (r < s.length() && regexSpace(s.charAt(r))) {
                r++;
            }
            separator = r < s.length() && s.charAt(r) == ':' ? r : lastTab(s, p, r);
            if (separator < p) {
                return null; // a line end with no separator after it
            }
        }
        int v = separator + 1;
        while (v < s.length() && (s.charAt(v) == ' ' || s.charAt(v) == '\t')) {
            v++;
        }
        while (v < s.length() && !valueEnds(s, v)) {
            v++;
        }
        return new int[] {labelEnd, v};
    }
    /**
     * The last tab in {@code s[from, to)}, or -1: {@code String.lastIndexOf} would go on back through the
     * text, and its call costs more than this loop over a table cell's separator (most are one tab).
     */
    private static int lastTab(String s, int from, int to) {
        for (int i = to - 1; i >= from; i--) {
            if (s.charAt(i) == '\t') {
                return i;
            }
        }
        return -1;
    }
    /** Where {@link LabelledFieldRecognizer#FIELD}'s look-ahead ends a value: a tab, two spaces, " / ", or a line terminator ({@code $}). */
    private static boolean valueEnds(String s, int v) {
        char c = s.charAt(v);
        return c == '\t' || c == '\n' || c == '\r' || c == '\u0085' || c == '\u2028' || c == '\u2029'
                || c == ' ' && v + 1 < s.length() && (s.charAt(v + 1) == ' '
                        || s.charAt(v + 1) == '/' && v + 2 < s.length() && s.charAt(v + 2) == ' ');
    }
    /** {@code \\s} of a regular expression: not the Unicode spaces {@link Character#isWhitespace} knows. */
    private static boolean regexSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
    }
    /** Whether a line may be a {@link LabelledFieldRecognizer#HEADING}: at most ten characters before trailing spaces and colons, no tab or colon among them. */
    static boolean mayBeHeading(String s, int lineStart, int lineEnd) {
        int end = lineEnd;
        while (end > lineStart && (s.charAt(end - 1) == ' ' || s.charAt(end - 1) == ':')) {
            end--;
        }
        if (end - lineStart < 2 || end - lineStart > MAX_HEADING) {
            return false;
        }
        for (int i = lineStart; i < end; i++) {
            if (s.charAt(i) == '\t' || s.charAt(i) == ':') {
                return false;
            }
        }
        return true;
    }
}
