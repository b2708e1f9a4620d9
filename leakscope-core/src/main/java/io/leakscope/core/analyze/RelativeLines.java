package io.leakscope.core.analyze;

import io.leakscope.core.detect.common.FieldLabels;
import io.leakscope.core.detect.common.FieldValues;
import io.leakscope.core.model.Finding;
import io.leakscope.core.model.FindingType;
import io.leakscope.core.model.PersonRecord;
import io.leakscope.core.text.Names;
import io.leakscope.core.model.Span;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The lines of running text that are about someone's relative: a labelled line (緊急連絡先：山田 花子（妻）
 * 090-…) and a row of a relatives table read out of a PDF (妻 山田 花子 ヤマダ ハナコ 昭和60年1月2日). Each
 * is the relative's record; a family_member finding stays in its place for the person the document
 * is about.
 */
final class RelativeLines {
    private RelativeLines() {
    }

    private static final Pattern RELATIONSHIP = Pattern.compile("[（(]([^）)]{1,6})[）)]");

    /**
     * A labelled line about a relative (緊急連絡先：山田 花子（妻） 090-…, 扶養家族：…) is the relative's
     * record; the line's findings leave the others, and a family_member finding (relationship and
     * name) stays in their place for the person the document is about. So is a row of a relatives
     * table that came out of a PDF as a line of words under a 続柄 heading: a relationship, then the
     * name ({@code 妻　山田　花子　ヤマダ　ハナコ　昭和60年1月2日}), its date the relative's birth date.
     */
    static List<Finding> setApart(String path, String text, List<Finding> findings, List<PersonRecord> relatives) {
        List<Finding> rest = new ArrayList<>(findings);
        boolean relativesTable = text.contains("続柄");
        int lineStart = 0;
        int lineNo = 0;
        while (lineStart < text.length()) {
            int lineEnd = text.indexOf('\n', lineStart);
            lineEnd = lineEnd < 0 ? text.length() : lineEnd;
            lineNo++;
            if (relativesTable) {
                relationshipRow(path, text, lineStart, lineEnd, lineNo, rest, relatives);
            }
            int labelEnd = firstOf(text, lineStart, lineEnd, ":：\t");
            if (labelEnd > lineStart && FieldLabels.aboutRelative(text.substring(lineStart, labelEnd))) {
                String line = text.substring(lineStart, lineEnd); // only now: most lines are not about a relative
                int colon = labelEnd - lineStart;
                int from = lineStart;
                int to = lineEnd;
                List<Finding> onLine = new ArrayList<>(rest.stream()
                        .filter(f -> f.span() != null && f.span().start() >= from && f.span().start() < to).toList());
                Finding name = labelledName(line, colon, lineStart)
                        .orElse(onLine.stream().filter(RelativeLines::isName).findFirst().orElse(null));
                if (name != null) {
                    rest.removeAll(onLine);
                    onLine.removeIf(RelativeLines::isName);
                    onLine.add(0, name);
                    Matcher rel = RELATIONSHIP.matcher(line);
                    String relationship = rel.find() ? rel.group(1) : "";
                    rest.add(new Finding(FindingType.FAMILY_MEMBER, (relationship + " " + name.value()).strip(), name.span(),
                            name.location(), name.score(), "text.relative"));
                    relatives.add(new PersonRecord(path, "line " + lineNo + " relative", PersonRecord.Kind.RELATIVE,
                            (line.substring(0, colon) + " " + relationship).strip(), onLine));
                }
            }
            lineStart = lineEnd + 1;
        }
        rest.sort(Comparator.comparingInt(f -> f.span().start()));
        return rest;
    }

    /**
     * A line opening with a relationship and then a name found on it: the relative's record, with the
     * line's other findings and its first date as their birth date (a table row has no label of its own).
     */
    private static void relationshipRow(String path, String text, int lineStart, int lineEnd, int lineNo, List<Finding> rest,
                                        List<PersonRecord> relatives) {
        if (lineEnd - lineStart > MAX_ROW || !Relationships.mayLead(text, lineStart, lineEnd)) {
            return;
        }
        String line = Names.nfkc(text.substring(lineStart, lineEnd)); // PDF text: radicals for ideographs (⻑⼥), full-width spaces
        boolean sameLength = line.length() == lineEnd - lineStart;
        Optional<Relationships.Leading> relationship = Relationships.leading(line);
        if (relationship.isEmpty()) {
            return;
        }
        List<Finding> onLine = new ArrayList<>(rest.stream().filter(f -> f.span() != null && f.span().start() >= lineStart
                && f.span().start() < lineEnd).toList());
        int[] written = Relationships.nameAfter(line, relationship.get().end());
        // the words after the relationship are the name, whole: morphology may cut 咲良 to 咲
        Finding name = rowFinding(FindingType.PERSON_NAME, line, written, lineStart, sameLength)
                .or(() -> onLine.stream().filter(RelativeLines::isName).findFirst()).orElse(null);
        if (name == null) {
            return;
        }
        rest.removeAll(onLine);
        onLine.removeIf(RelativeLines::isName);
        onLine.add(0, name);
        if (written != null && onLine.stream().noneMatch(f -> f.type() == FindingType.NAME_KANA)) {
            rowFinding(FindingType.NAME_KANA, line, Relationships.kanaAfter(line, written[1]), lineStart, sameLength).ifPresent(onLine::add);
        }
        if (onLine.stream().noneMatch(f -> f.type() == FindingType.DATE_OF_BIRTH)) {
            Relationships.firstDate(text, lineStart, lineEnd).ifPresent(onLine::add);
        }
        String word = relationship.get().word();
        rest.add(new Finding(FindingType.FAMILY_MEMBER, word + " " + name.value(), name.span(), name.location(), name.score(), "text.relative"));
        relatives.add(new PersonRecord(path, "line " + lineNo + " relative", PersonRecord.Kind.RELATIVE, word, onLine));
    }

    /** A table row out of a PDF is short: a relationship, a name, a reading, a date, a phone. */
    private static final int MAX_ROW = 160;

    /** A value read from a relatives row by its place after the relationship, at its place in the original text when the line kept its length. */
    private static Optional<Finding> rowFinding(FindingType type, String line, int[] at, int lineStart, boolean sameLength) {
        if (at == null) {
            return Optional.empty();
        }
        Span span = sameLength ? new Span(lineStart + at[0], lineStart + at[1])
                : new Span(lineStart, lineStart + 1);
        return FieldValues.accept(type, line.substring(at[0], at[1]))
                .map(v -> new Finding(type, v, span, "chars " + span.start() + "-" + span.end(), 0.85, "text.relative_row"));
    }

    private static final Pattern NAME_VALUE = Pattern.compile("^[:：\\t ]*([^（(0-9０-９+\\t]+)");

    /** The name a relative's label announces: the value up to a bracket or a number ("山田 花子（妻） 090-…"). */
    private static Optional<Finding> labelledName(String line, int colon, int lineStart) {
        Matcher m = NAME_VALUE.matcher(line.substring(colon));
        if (!m.find()) {
            return Optional.empty();
        }
        String raw = m.group(1).strip();
        int start = lineStart + colon + line.substring(colon).indexOf(raw);
        return FieldValues.accept(FindingType.PERSON_NAME, raw).map(v -> new Finding(FindingType.PERSON_NAME, v,
                new Span(start, start + raw.length()), "chars " + start + "-" + (start + raw.length()), 0.85,
                "text.relative"));
    }

    /** The first position in [from, to) holding one of the characters, or -1. */
    private static int firstOf(String s, int from, int to, String chars) {
        for (int i = from; i < to; i++) {
            if (chars.indexOf(s.charAt(i)) >= 0) {
                return i;
            }
        }
        return -1;
    }

    private static boolean isName(Finding f) {
        return f.type() == FindingType.PERSON_NAME;
    }
}
