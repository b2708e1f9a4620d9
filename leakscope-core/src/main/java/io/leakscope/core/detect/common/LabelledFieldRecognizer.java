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
 * Several fields may share a line, separated by a tab or two spaces — or by one space, as forms print
 * them ({@code 所属：開発本部 計算機開発部 第一課　社員番号：953111　氏名：青木　裕子}, the full-width spaces
 * single ones after NFKC): a value ends where the next known label and its colon start. A heading
 * such as 学歴・職歴 with nothing after it takes the next non-empty line as its value (résumé sections).
 *
 * <p>Score 0.85 (the label is the context). E-mail, phone and date-of-birth values are left to their
 * own recognizers, which validate their format and read the label as context.
 */
public final class LabelledFieldRecognizer extends BaseRecognizer {
    static final double SCORE = 0.85;
    /** Words a label may have ("Taxpayer ID", "date of birth"): how far back a value is searched for the next label. */
    private static final int MAX_LABEL_WORDS = 3;
    private static final Set<FindingType> LEFT_TO_OTHERS = EnumSet.of(FindingType.EMAIL, FindingType.PHONE, FindingType.DATE_OF_BIRTH,
            FindingType.CREDIT_CARD, FindingType.MY_NUMBER, FindingType.PASSWORD);
    /** A field from where one may start ({@link #nextFieldStart}): label, colon or tab, value. */
    static final Pattern FIELD = Pattern.compile(
            "(?<label>[^\\t\\n:]{1," + FieldShape.MAX_LABEL + "}?)\\s*(?::|\\t)[ \\t]*(?<value>[^\\t\\n]*?)(?=\\t| {2}|\\n|$| / )",
            Pattern.MULTILINE);
    private static final Pattern HEADING = Pattern.compile("^(?<label>[^\\t\\n:]{2," + FieldShape.MAX_HEADING + "})[ :]*$", Pattern.MULTILINE);

    public LabelledFieldRecognizer() {
        super("common.labelled_field", EnumSet.complementOf(EnumSet.copyOf(LEFT_TO_OTHERS)), ContextWords.NONE);
    }

    @Override
    public List<Candidate> analyze(NormalizedText text) {
        String s = text.normalized();
        List<Candidate> out = new ArrayList<>();
        Matcher m = FIELD.matcher(s);
        int end = 0;
        int next = -1;
        for (int start = 0; start < s.length(); start = next >= 0 ? next : nextFieldStart(s, Math.max(start, end - 1))) {
            next = -1;
            int stop = FieldShape.labelStop(s, start);
            if (stop < 0) {
                continue;
            }
            int[] common = FieldShape.commonField(s, start, stop);
            if (common != null) {
                end = common[1];
                if (!holdsLetter(s, start, common[0]) || typeOf(s, start, common[0]).isEmpty()) {
                    next = nextLabelIn(s, common[0], end); // not a label; the next field may start inside its value
                    continue; // most cells of a table: not a label, and no pattern run
                }
            }
            if (!m.region(start, s.length()).lookingAt()) {
                continue;
            }
            end = m.end();
            int cut = nextLabelIn(s, m.end("label"), m.end("value"));
            if (cut >= 0) {
                next = cut;
                end = cut;
                if (!m.region(start, cut).lookingAt()) {
                    continue;
                }
            }
            if (!holdsLetter(s, m.start("label"), m.end("label"))) {
                continue; // a cell of amounts, dates or codes before a tab: no label, and no lookup
            }
            int valueEnd = trimmedEnd(s, m.start("value"), m.end("value"));
            typeOf(m.group("label")).ifPresent(type -> FieldValues.accept(type, s.substring(m.start("value"), valueEnd))
                    .ifPresent(v -> out.add(new Candidate(type, m.start("value"), valueEnd, v, SCORE))));
        }
        addCareerHistories(s, out);
        return out;
    }

    /**
     * Where in a field's value, {@code s[from, to)}, the next field starts after a single space: a known
     * label right before a colon ({@code 第一課 社員番号:953111}); -1 when none does.
     */
    static int nextLabelIn(String s, int from, int to) {
        for (int i = colon(s, from, to); i >= 0; i = colon(s, i + 1, to)) {
            int labelStart = i;
            for (int words = 0; words < MAX_LABEL_WORDS && labelStart > from; words++) {
                labelStart = s.lastIndexOf(' ', labelStart - 1);
                if (labelStart < from || i - labelStart - 1 > FieldShape.MAX_LABEL) {
                    break;
                }
                if (labelStart + 1 < i && !Character.isWhitespace(s.charAt(labelStart + 1)) && !holdsTab(s, labelStart + 1, i)
                        && FieldLabels.roleOf(s, labelStart + 1, i).isPresent()) {
                    return labelStart + 1;
                }
            }
        }
        return -1;
    }

    /** The first colon in {@code s[from, to)}, or -1: {@code String.indexOf} would go on through the rest of the text. */
    private static int colon(String s, int from, int to) {
        for (int i = from; i < to; i++) {
            if (s.charAt(i) == ':') {
                return i;
            }
        }
        return -1;
    }

    private static boolean holdsTab(String s, int from, int to) {
        for (int i = from; i < to; i++) {
            if (s.charAt(i) == '\t') {
                return true;
            }
        }
        return false;
    }

    private static int trimmedEnd(String s, int from, int to) {
        int e = to;
        while (e > from && s.charAt(e - 1) == ' ') {
            e--;
        }
        return e;
    }

    /** A heading such as 学歴・職歴 alone on its line: the next non-empty line is the value. */
    private static void addCareerHistories(String s, List<Candidate> out) {
        Matcher h = HEADING.matcher(s);
        for (int lineStart = 0; lineStart < s.length(); ) {
            int lineEnd = s.indexOf('\n', lineStart);
            lineEnd = lineEnd < 0 ? s.length() : lineEnd;
            if (FieldShape.mayBeHeading(s, lineStart, lineEnd) && h.region(lineStart, lineEnd).matches()
                    && typeOf(h.group("label")).filter(t -> t == FindingType.CAREER_HISTORY).isPresent()) {
                nextLine(s, h.end()).ifPresent(range -> out.add(new Candidate(FindingType.CAREER_HISTORY,
                        range[0], range[1], s.substring(range[0], range[1]).strip(), SCORE)));
            }
            lineStart = lineEnd + 1;
        }
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
            char c = s.charAt(i);
            if (c < 0x80 ? (c | 0x20) >= 'a' && (c | 0x20) <= 'z' : Character.isLetter(c)) {
                return true;
            }
        }
        return false;
    }

    static Optional<FindingType> typeOf(String label) {
        return typeOf(label, 0, label.length());
    }

    private static Optional<FindingType> typeOf(String text, int start, int end) {
        return FieldLabels.roleOf(text, start, end)
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
