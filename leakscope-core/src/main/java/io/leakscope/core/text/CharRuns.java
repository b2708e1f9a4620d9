package io.leakscope.core.text;

import java.util.ArrayList;
import java.util.List;

/**
 * The runs of digits and of capitals that {@link NormalizedText} shares with the recognizers, found
 * without testing every character: a run worth keeping is at least {@code min} characters long, so
 * it covers one of every {@code min} places — only those are tested, and a run is read out from
 * there in both directions. On business text most places hold neither, and 6 of 7 (for digits) are
 * never looked at.
 */
final class CharRuns {
    private CharRuns() {
    }

    /**
     * Runs of at least {@code minDigits} digits joined by single spaces or hyphens, as {start, end, digit count, most
     * digits in a row}, in order. A run is a maximal stretch of digits where two digits are adjacent or one space or
     * hyphen apart, so it is the same whichever of its places it is read from.
     */
    static List<int[]> digitRuns(String s, int minDigits) {
        List<int[]> runs = new ArrayList<>();
        int n = s.length();
        int end = 0;
        for (int p = minDigits - 1; p < n; p += minDigits) {
            if (p < end || !inDigitRun(s, p)) {
                continue;
            }
            int start = p;
            while (start > 0 && inDigitRun(s, start - 1)) {
                start--;
            }
            end = p;
            int digits = 0;
            int block = 0;
            int longestBlock = 0;
            for (int i = start; i < n && inDigitRun(s, i); i++) {
                if (isDigit(s.charAt(i))) {
                    digits++;
                    longestBlock = Math.max(longestBlock, ++block);
                    end = i + 1;
                } else {
                    block = 0;
                }
            }
            if (digits >= minDigits) {
                runs.add(new int[] {start, end, digits, longestBlock});
            }
        }
        return runs;
    }

    /** Runs of at least {@code minCapitals} ASCII capitals, as {start, end, letter count}, in order. */
    static List<int[]> capitalRuns(String s, int minCapitals) {
        List<int[]> runs = new ArrayList<>();
        int n = s.length();
        int end = 0;
        for (int p = minCapitals - 1; p < n; p += minCapitals) {
            if (p < end || !isCapital(s.charAt(p))) {
                continue;
            }
            int start = p;
            while (start > 0 && isCapital(s.charAt(start - 1))) {
                start--;
            }
            end = p + 1;
            while (end < n && isCapital(s.charAt(end))) {
                end++;
            }
            if (end - start >= minCapitals) {
                runs.add(new int[] {start, end, end - start});
            }
        }
        return runs;
    }

    private static boolean inDigitRun(String s, int i) {
        return isDigit(s.charAt(i)) || joinsDigits(s, i);
    }

    /** A space or hyphen between two digits. */
    private static boolean joinsDigits(String s, int i) {
        char c = s.charAt(i);
        return (c == ' ' || c == '-') && i > 0 && i + 1 < s.length() && isDigit(s.charAt(i - 1)) && isDigit(s.charAt(i + 1));
    }

    static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    static boolean isCapital(char c) {
        return c >= 'A' && c <= 'Z';
    }
}
