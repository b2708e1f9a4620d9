package io.leakscope.core.analyze;

import io.leakscope.core.detect.jp.JapaneseDates;
import io.leakscope.core.model.Finding;
import io.leakscope.core.model.FindingType;
import io.leakscope.core.model.Span;
import io.leakscope.core.text.NormalizedText;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The words a 続柄 column holds — a relative's relationship to the person a form is about (配偶者,
 * 妻, 夫, 長男, 長女, 次男, 父, 母, 義父 …, and English ones) — read where a relatives table came out of
 * a PDF as lines of words.
 */
final class Relationships {
    static final List<String> WORDS = List.of("配偶者", "妻", "夫", "長男", "長女", "次男", "次女", "二男", "二女", "三男", "三女",
            "四男", "四女", "長子", "子", "実父", "実母", "義父", "義母", "養父", "養母", "養子", "父", "母", "祖父", "祖母", "兄", "姉", "弟", "妹",
            "孫", "叔父", "叔母", "伯父", "伯母", "甥", "姪", "Spouse", "Wife", "Husband", "Son", "Daughter", "Father", "Mother", "Child");
    private static final List<String> LONGEST_FIRST = WORDS.stream().sorted(Comparator.comparingInt(String::length).reversed()).toList();
    /** A date before 1900 or in the future is no one's birth date. */
    private static final int FIRST_YEAR = 1900;

    private Relationships() {
    }

    /** Whether the line's first character (after spaces) can start a relationship, before any copy of the line is made. */
    static boolean mayLead(String text, int from, int to) {
        int i = from;
        while (i < to && (text.charAt(i) == ' ' || text.charAt(i) == '\u3000' || text.charAt(i) == '\t')) {
            i++;
        }
        return i < to && (FIRST_CHARACTERS.indexOf(text.charAt(i)) >= 0 || text.charAt(i) >= 0x2E80 && text.charAt(i) <= 0x2FDF);
    }

    /** The first characters of the relationships; ideographs from PDF text may come as radicals (⻑ for 長), folded later. */
    private static final String FIRST_CHARACTERS = WORDS.stream().map(w -> w.substring(0, 1)).distinct().reduce("", String::concat);

    /** A relationship at the start of a line, and where it ends in the line. */
    record Leading(String word, int end) {
    }

    /** The relationship the (normalised) line opens with, followed by a space. */
    static Optional<Leading> leading(String line) {
        int i = 0;
        while (i < line.length() && (line.charAt(i) == ' ' || line.charAt(i) == '\t')) {
            i++;
        }
        for (String w : LONGEST_FIRST) {
            int end = i + w.length();
            if (end < line.length() && line.startsWith(w, i) && (line.charAt(end) == ' ' || line.charAt(end) == '\t')) {
                return Optional.of(new Leading(w, end));
            }
        }
        return Optional.empty();
    }

    /** A name in kanji (family and given, a space between or not) or in Latin words, right after {@code from}. */
    private static final Pattern NAME = Pattern.compile("[ \\t]*((?:[\\p{IsHan}々ヶ]{1,5}[ \\t]?[\\p{IsHan}々ヶ]{1,5})|(?:[A-Z][a-z]+(?: [A-Z][a-z]+){1,2}))(?=[ \\t]|$)");
    /** A reading in katakana right after the name. */
    private static final Pattern KANA = Pattern.compile("[ \\t]*([\\p{IsKatakana}ー]+(?:[ \\t][\\p{IsKatakana}ー]+)?)(?=[ \\t]|$)");

    /** The span {start, end} in the line of the name written after the relationship, or null. */
    static int[] nameAfter(String line, int from) {
        return group(NAME, line, from);
    }

    /** The span {start, end} in the line of the katakana reading written after the name, or null. */
    static int[] kanaAfter(String line, int from) {
        return group(KANA, line, from);
    }

    private static int[] group(Pattern p, String line, int from) {
        Matcher m = p.matcher(line).region(from, line.length());
        return m.lookingAt() ? new int[] {m.start(1), m.end(1)} : null;
    }

    /** The first plausible birth date of the line, as a finding at its place in the original text. */
    static Optional<Finding> firstDate(String text, int from, int to) {
        NormalizedText line = NormalizedText.of(text.substring(from, to));
        Matcher m = JapaneseDates.ANY.matcher(line.normalized());
        while (m.find()) {
            Optional<LocalDate> date = JapaneseDates.parse(m).filter(d -> d.getYear() >= FIRST_YEAR && !d.isAfter(LocalDate.now()));
            if (date.isPresent()) {
                Span s = line.originalSpan(m.start(), m.end());
                Span at = new Span(from + s.start(), from + s.end());
                return Optional.of(new Finding(FindingType.DATE_OF_BIRTH, date.get().toString(), at,
                        "chars " + at.start() + "-" + at.end(), 0.85, "text.relative_row"));
            }
        }
        return Optional.empty();
    }
}
