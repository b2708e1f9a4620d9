package io.leakscope.core.detect.common;

import io.leakscope.core.detect.Candidate;
import io.leakscope.core.detect.BaseRecognizer;
import io.leakscope.core.detect.ContextWords;
import io.leakscope.core.model.FindingType;
import io.leakscope.core.text.NormalizedText;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Fields of forms, letters and key-value sheets: a known label ({@link FieldLabels}) followed by a
 * colon or a tab and the value, e.g. {@code 所属：営業部}, {@code 等級\tG3}, {@code Employee ID: E1042}.
 * Several fields may share a line, separated by a tab or two spaces. A heading such as 学歴・職歴
 * with nothing after it takes the next non-empty line as its value (résumé sections).
 *
 * <p>Score 0.85 (the label is the context). E-mail, phone and date-of-birth values are left to their
 * own recognizers, which validate their format and read the label as context.
 */
public final class LabelledFieldRecognizer extends BaseRecognizer {
    private static final double SCORE = 0.85;
    private static final Set<FindingType> LEFT_TO_OTHERS = EnumSet.of(FindingType.EMAIL, FindingType.PHONE, FindingType.DATE_OF_BIRTH,
            FindingType.CREDIT_CARD, FindingType.MY_NUMBER, FindingType.PASSWORD);
    private static final int MAX_LABEL = 18;
    private static final int MAX_HEADING = 10;
    /** A field from where one may start ({@link #nextFieldStart}): label, colon or tab, value. */
    static final Pattern FIELD = Pattern.compile(
            "(?<label>[^\\t\\n:]{1," + MAX_LABEL + "}?)\\s*(?::|\\t)[ \\t]*(?<value>[^\\t\\n]*?)(?=\\t| {2}|\\n|$| / )",
            Pattern.MULTILINE);
    private static final Pattern HEADING = Pattern.compile("^(?<label>[^\\t\\n:]{2," + MAX_HEADING + "})[ :]*$", Pattern.MULTILINE);

    public LabelledFieldRecognizer() {
        super("common.labelled_field", EnumSet.complementOf(EnumSet.copyOf(LEFT_TO_OTHERS)), ContextWords.NONE);
    }

    @Override
    public List<Candidate> analyze(NormalizedText text) {
        String s = text.normalized();
        List<Candidate> out = new ArrayList<>();
        Matcher m = FIELD.matcher(s);
        int end = 0;
        for (int start = 0; start < s.length(); start = nextFieldStart(s, start)) {
            if (start < end || !mayStartField(s, start)) {
                continue;
            }
            int[] common = commonField(s, start);
            if (common != null) {
                end = common[1];
                if (!holdsLetter(s, start, common[0]) || typeOf(s.substring(start, common[0])).isEmpty()) {
                    continue; // most cells of a table: not a label, and no pattern run
                }
            }
            if (!m.region(start, s.length()).lookingAt()) {
                continue;
            }
            end = m.end();
            if (!holdsLetter(s, m.start("label"), m.end("label"))) {
                continue; // a cell of amounts, dates or codes before a tab: no label, and no lookup
            }
            typeOf(m.group("label")).ifPresent(type -> FieldValues.accept(type, m.group("value"))
                    .ifPresent(v -> out.add(new Candidate(type, m.start("value"), m.end("value"), v, SCORE))));
        }
        Matcher h = HEADING.matcher(s);
        for (int lineStart = 0; lineStart < s.length(); ) {
            int lineEnd = s.indexOf('\n', lineStart);
            lineEnd = lineEnd < 0 ? s.length() : lineEnd;
            if (mayBeHeading(s, lineStart, lineEnd) && h.region(lineStart, lineEnd).matches()
                    && typeOf(h.group("label")).filter(t -> t == FindingType.CAREER_HISTORY).isPresent()) {
                nextLine(s, h.end()).ifPresent(range -> out.add(new Candidate(FindingType.CAREER_HISTORY,
                        range[0], range[1], s.substring(range[0], range[1]).strip(), SCORE)));
            }
            lineStart = lineEnd + 1;
        }
        return out;
    }

    /**
     * Whether {@link #FIELD} may match at {@code start}: a label of at most 18 characters (whitespace
     * after it aside) on its line, then a colon or a tab. Checked by hand because the pattern's lazy
     * label and value cost a regex step per character on every line of prose.
     */
    static boolean mayStartField(String s, int start) {
        boolean labelEnded = false;
        for (int i = start; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == ':' || c == '\t') {
                return i > start;
            }
            if (c == '\n') {
                if (i == start) {
                    return false;
                }
                labelEnded = true;
            } else if (!Character.isWhitespace(c) && (labelEnded || i - start >= MAX_LABEL)) {
                return false;
            }
        }
        return false;
    }

    /**
     * The field at {@code start} read by hand when it has the common shape — a label on one line,
     * then a colon or a tab — as {label end, field end}, both where {@link #FIELD} puts them; null
     * otherwise (the pattern decides). The label ends before the whitespace ahead of the separator;
     * after a tab the separator is a colon closing the whitespace or its last tab; the value runs
     * from the next character that is not a space or tab to a tab, two spaces, " / " or a line end.
     */
    static int[] commonField(String s, int start) {
        int p = start;
        while (p < s.length() && s.charAt(p) != ':' && s.charAt(p) != '\t' && s.charAt(p) != '\n') {
            p++;
        }
        if (p >= s.length() || s.charAt(p) == '\n') {
            return null;
        }
        int labelEnd = p;
        while (labelEnd > start + 1 && regexSpace(s.charAt(labelEnd - 1))) {
            labelEnd--;
        }
        if (labelEnd == p && p == start || labelEnd - start > MAX_LABEL) {
            return null;
        }
        int separator = p;
        if (s.charAt(p) == '\t') {
            int r = p;
            while (r < s.length() && regexSpace(s.charAt(r))) {
                r++;
            }
            separator = r < s.length() && s.charAt(r) == ':' ? r : s.lastIndexOf('\t', r - 1);
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

    /** Where {@link #FIELD}'s look-ahead ends a value: a tab, two spaces, " / ", or a line terminator ({@code $}). */
    private static boolean valueEnds(String s, int v) {
        char c = s.charAt(v);
        return c == '\t' || c == '\n' || c == '\r' || c == '\u0085' || c == '\u2028' || c == '\u2029'
                || c == ' ' && v + 1 < s.length() && (s.charAt(v + 1) == ' ' || s.startsWith("/ ", v + 1));
    }

    /** {@code \\s} of a regular expression: not the Unicode spaces {@link Character#isWhitespace} knows. */
    private static boolean regexSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
    }

    /** Whether a line may be a {@link #HEADING}: at most ten characters before trailing spaces and colons, no tab or colon among them. */
    private static boolean mayBeHeading(String s, int lineStart, int lineEnd) {
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

    /**
     * The next place after {@code i} where a field may start: a line start, or right after a tab,
     * two spaces or "/ ". Walking these instead of a look-behind tried at every character keeps
     * the pattern off the long stretches of prose and table cells in between.
     */
    static int nextFieldStart(String s, int i) {
        for (int p = i + 1; p < s.length(); p++) {
            char before = s.charAt(p - 1);
            if (before == '\n' || before == '\t' || before == '\u0085' || before == '\u2028' || before == '\u2029'
                    || before == '\r' && s.charAt(p) != '\n'
                    || p >= 2 && (before == ' ' && (s.charAt(p - 2) == ' ' || s.charAt(p - 2) == '/'))) {
                return p;
            }
        }
        return s.length();
    }

    private static boolean holdsLetter(String s, int from, int to) {
        for (int i = from; i < to; i++) {
            if (Character.isLetter(s.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    private static Optional<FindingType> typeOf(String label) {
        return FieldLabels.roleOf(label)
                .filter(r -> r instanceof FieldLabels.Role.Data)
                .map(r -> ((FieldLabels.Role.Data) r).type())
                .filter(t -> !LEFT_TO_OTHERS.contains(t));
    }

    private static Optional<int[]> nextLine(String s, int from) {
        int i = from;
        while (i < s.length() && Character.isWhitespace(s.charAt(i))) {
            i++;
        }
        if (i >= s.length()) {
            return Optional.empty();
        }
        int end = s.indexOf('\n', i);
        return Optional.of(new int[] {i, end < 0 ? s.length() : end});
    }
}
