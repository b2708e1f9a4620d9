package io.leakscope.core.text;

import io.leakscope.core.model.Span;
import java.text.Normalizer;
import java.util.List;

/**
 * Text normalised with NFKC for detection (full-width digits and letters, half-width kana, the CJK
 * radicals some PDFs produce in place of ideographs: {@link Radicals}), keeping a map back to the original offsets so every
 * finding can point at the original characters.
 */
public final class NormalizedText {
    private final String original;
    private final String normalized;
    private final OffsetMap toOriginal;
    private volatile List<int[]> digitRuns;
    private volatile String lowerCase;
    private volatile List<int[]> capitalRuns;
    private volatile CharPairs charPairs;

    private NormalizedText(String original, String normalized, OffsetMap toOriginal) {
        this.original = original;
        this.normalized = normalized;
        this.toOriginal = toOriginal;
    }

    public static NormalizedText of(String original) {
        StringBuilder out = new StringBuilder(original.length());
        OffsetMap map = new OffsetMap();
        char[] chars = original.toCharArray(); // scanned without a bounds check per character
        int i = 0;
        while (i < original.length()) {
            int line = lineEnd(original, i);
            if (unchanged(chars, i, line)) {
                map.oneToOne(i, line - i); // most lines need nothing: copied whole
                out.append(original, i, line);
                i = line;
                continue;
            }
            int end = segmentEnd(original, i);
            String piece = original.substring(i, end);
            String norm = Normalizer.isNormalized(piece, Normalizer.Form.NFKC)
                    ? piece : Normalizer.normalize(piece, Normalizer.Form.NFKC);
            norm = Radicals.fold(foldSpaces(norm));
            map.allFrom(i, norm.length());
            out.append(norm);
            i = end;
            // an inert character with no mark after it is its own normal form, whether or not the rest of the
            // line would be found unchanged: copied without asking that again (a quadratic cost on long lines)
            int inertFrom = i;
            for (; i < line && inert(chars[i]) && (i + 1 == chars.length || !isMark(chars[i + 1])); i++) {
                out.append(chars[i]);
            }
            map.oneToOne(inertFrom, i - inertFrom);
        }
        return new NormalizedText(original, out.toString(), map);
    }

    /** The end of the line starting at {@code start}, its newline included. */
    private static int lineEnd(String s, int start) {
        int nl = s.indexOf('\n', start);
        return nl < 0 ? s.length() : nl + 1;
    }

    /** Whether NFKC, the radical folding and the space folding leave this stretch as it is. */
    private static boolean unchanged(char[] chars, int from, int to) {
        for (int k = from; k < to; k++) {
            if (!inert(chars[k])) {
                return slowUnchanged(new String(chars, from, to - from));
            }
        }
        return true;
    }

    private static boolean slowUnchanged(String line) {
        if (!Normalizer.isNormalized(line, Normalizer.Form.NFKC) || !Radicals.fold(line).equals(line)) {
            return false;
        }
        for (int k = 0; k < line.length(); k++) {
            char c = line.charAt(k);
            if (Character.isSpaceChar(c) && c != ' ' || isMark(c)) {
                return false;
            }
        }
        return true;
    }

    /**
     * Whether no step changes this character, alone or next to any other inert character: printable
     * ASCII with tab and line breaks, and the characters of the scripts business text is written in —
     * kanji, kana, CJK punctuation, Latin, Greek, Cyrillic — that NFKC and the radical folding leave
     * as they are. Marks, conjoining Hangul jamo, odd spaces and surrogates are never inert (they
     * compose or reorder with their neighbours, or are folded), so a line of inert characters is
     * normalised already: most Japanese lines skip the normaliser.
     */
    private static boolean inert(char c) {
        return INERT[c];
    }

    private static final int[][] INERT_RANGES = {{0x00A1, 0x052F}, {0x2010, 0x2BFF}, {0x3001, 0x30FF}, {0x3400, 0x4DBF}, {0x4E00, 0x9FFF},
        {0xFF01, 0xFFEF}};
    /** Worked out for every character once (about 40 ms): the table is read for every character of every text. */
    private static final boolean[] INERT = inertCharacters();

    private static boolean[] inertCharacters() {
        boolean[] inert = new boolean[Character.MAX_VALUE + 1];
        for (int c = 0; c <= Character.MAX_VALUE; c++) {
            inert[c] = inertAlone((char) c);
        }
        return inert;
    }

    private static boolean inertAlone(char c) {
        if (c < 0x80) {
            return c >= 0x20 && c < 0x7f || c == '\t' || c == '\n' || c == '\r';
        }
        boolean inRange = false;
        for (int[] range : INERT_RANGES) {
            inRange |= c >= range[0] && c <= range[1];
        }
        String one = String.valueOf(c);
        int type = Character.getType(c);
        return inRange && type != Character.NON_SPACING_MARK && type != Character.COMBINING_SPACING_MARK
                && type != Character.ENCLOSING_MARK && !isMark(c) && !Character.isSpaceChar(c) && !Character.isISOControl(c)
                && Normalizer.isNormalized(one, Normalizer.Form.NFKC) && Radicals.fold(one).equals(one);
    }

    /** A segment is one code point plus the combining or voicing marks that follow it. */
    private static int segmentEnd(String s, int start) {
        int end = start + Character.charCount(s.codePointAt(start));
        while (end < s.length() && isMark(s.charAt(end))) {
            end++;
        }
        return end;
    }

    private static boolean isMark(char c) {
        return c == '\uFF9E' || c == '\uFF9F' || c == '\u3099' || c == '\u309A'
                || Character.getType(c) == Character.NON_SPACING_MARK;
    }

    /** NFKC keeps U+3000 as a plain space already; tabs stay tabs; other odd spaces become ' '. */
    private static String foldSpaces(String s) {
        if (s.length() == 1 && Character.isSpaceChar(s.charAt(0)) && s.charAt(0) != ' ') {
            return " ";
        }
        return s;
    }

    /** The fewest digits a run in {@link #digitRuns} holds: no digit-based identifier looked for has fewer. */
    public static final int MIN_RUN_DIGITS = 7;

    /**
     * The runs of at least {@link #MIN_RUN_DIGITS} digits joined by single spaces or hyphens (1234-5678, 4111 1111 1111 1111), each
     * as {start, end, digit count, most digits in a row} in the normalised text, in order. Computed once and shared by
     * every recognizer of digit-based identifiers.
     */
    public List<int[]> digitRuns() {
        List<int[]> runs = digitRuns;
        if (runs == null) {
            runs = CharRuns.digitRuns(normalized, MIN_RUN_DIGITS); // most runs of a sales table are amounts and dates: not kept
            digitRuns = runs;
        }
        return runs;
    }

    /** The fewest capitals a run in {@link #capitalRuns} holds: no code looked for starts with fewer (a lone capital opens most words). */
    public static final int MIN_RUN_CAPITALS = 2;

    /**
     * The runs of at least {@link #MIN_RUN_CAPITALS} ASCII capital letters, each as {start, end, letter count}, in order:
     * where codes written in capitals (SWIFT/BIC, IBAN) can start. Computed once per text.
     */
    public List<int[]> capitalRuns() {
        List<int[]> runs = capitalRuns;
        if (runs == null) {
            // most texts hold no two capitals in a row (231 runs in the 355 MB of bench texts): asked of the pairs first
            runs = charPairs().containsPairWithin('A', 'Z') ? CharRuns.capitalRuns(normalized, MIN_RUN_CAPITALS) : List.of();
            capitalRuns = runs;
        }
        return runs;
    }

    /** The characters and pairs of characters of the normalised text, to skip looking for a literal it cannot hold. Computed once per text. */
    public CharPairs charPairs() {
        CharPairs pairs = charPairs;
        if (pairs == null) {
            pairs = CharPairs.of(normalized);
            charPairs = pairs;
        }
        return pairs;
    }

    /**
     * The normalised text with ASCII capitals lowered, char for char (offsets unchanged), for
     * finding English context words whatever their case. Computed once per text.
     */
    public String lowerCase() {
        String lower = lowerCase;
        if (lower == null) {
            char[] c = normalized.toCharArray();
            for (int i = 0; i < c.length; i++) {
                if (c[i] >= 'A' && c[i] <= 'Z') {
                    c[i] = (char) (c[i] + ('a' - 'A'));
                }
            }
            lower = new String(c);
            lowerCase = lower;
        }
        return lower;
    }

    public String original() {
        return original;
    }

    public String normalized() {
        return normalized;
    }

    /** Maps a [start, end) range of the normalised text back to the original text. */
    public Span originalSpan(int start, int end) {
        int s = start >= normalized.length() ? original.length() : toOriginal.at(start);
        int e = end >= normalized.length() ? original.length() : toOriginal.at(end);
        if (e <= s && end > start) {
            e = segmentEnd(original, s);
        }
        return new Span(s, Math.max(s, e));
    }
}
