package io.leakscope.core.detect.jp;

/**
 * Segments of ASCII letters and digits only (codes, numbers, words in Latin script), which Kuromoji
 * reads without its dictionary: no IPADIC entry is made of ASCII letters or digits alone (the one
 * entry starting with one, "Tシャツ", goes on in katakana), and letters and digits are character classes
 * that Kuromoji groups into one unknown word a run. Such a segment's tokens are therefore its runs of
 * letters and runs of digits, and the only choice Kuromoji makes is each run's part of speech — from
 * costs that depend on the classes in order and on what is around the segment, not on the
 * characters or the lengths (normal mode has no length penalty). So the parts of speech are
 * remembered by the segment's shape: first class, number of runs, whether it opens or closes the
 * text.
 */
final class AsciiRuns {
    /** Longer alternations of letters and digits are rare; they are analysed like any segment. */
    static final int MAX_RUNS = 16;
    static final int LETTER = 0;
    static final int DIGIT = 1;

    private AsciiRuns() {
    }

    /** How many runs the segment has, or -1 when it is not ASCII letters and digits or has too many runs. */
    static int count(char[] text, int start, int end) {
        int runs = 0;
        int previous = -1;
        for (int i = start; i < end; i++) {
            int kind = kind(text[i]);
            if (kind < 0) {
                return -1;
            }
            if (kind != previous) {
                runs++;
                previous = kind;
            }
        }
        return runs > MAX_RUNS ? -1 : runs;
    }

    /** Bounds of the runs (relative to {@code start}), or null when the segment is not ASCII letters and digits or has too many runs. */
    static int[] of(char[] text, int start, int end) {
        int runs = count(text, start, end);
        if (runs < 0) {
            return null;
        }
        int[] bounds = new int[runs * 2];
        int r = -1;
        int previous = -1;
        for (int i = start; i < end; i++) {
            int kind = kind(text[i]);
            if (kind != previous) {
                if (r >= 0) {
                    bounds[2 * r + 1] = i - start;
                }
                r++;
                bounds[2 * r] = i - start;
                previous = kind;
            }
        }
        bounds[2 * r + 1] = end - start;
        return bounds;
    }

    /** {@link #LETTER}, {@link #DIGIT}, or -1 for anything else. */
    static int kind(char c) {
        if (c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z') {
            return LETTER;
        }
        return c >= '0' && c <= '9' ? DIGIT : -1;
    }

    /** How many shapes there are: {@link #shape} is below this. */
    static final int SHAPES = 2 * 2 * 2 * (MAX_RUNS + 1);

    /** The shape as a number: whether the segment opens and closes the text ({@code edges}: 1, 2), its first class, its number of runs. */
    static int shape(char[] text, int start, int edges, int runs) {
        return (edges * 2 + kind(text[start])) * (MAX_RUNS + 1) + runs;
    }
}
