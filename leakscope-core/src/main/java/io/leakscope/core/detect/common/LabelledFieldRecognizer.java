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
    static final double SCORE = 0.85;
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
        for (int start = 0; start < s.length(); start = nextFieldStart(s, Math.max(start, end - 1))) {
            int stop = FieldShape.labelStop(s, start);
            if (stop < 0) {
                continue;
            }
            int[] common = FieldShape.commonField(s, start, stop);
            if (common != null) {
                end = common[1];
                if (!holdsLetter(s, start, common[0]) || typeOf(s, start, common[0]).isEmpty()) {
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
        addCareerHistories(s, out);
        return out;
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
