package io.leakscope.core.detect;

import io.leakscope.core.text.NormalizedText;
import java.util.Locale;

/**
 * Adjusts a candidate's score by the words around it: a booster in the window before it (same or
 * previous line) raises the score, a suppressor on the same line lowers it. Kept apart from the
 * recognizers so every recognizer gets the same, tested behaviour.
 */
public final class ContextEnhancer {
    static final int WINDOW_BEFORE = 40;
    static final int WINDOW_AFTER = 12;
    static final double BOOST = 0.35;
    static final double SUPPRESS = 0.6;

    public Candidate enhance(Candidate c, ContextWords words, NormalizedText text) {
        if (words.boosters().isEmpty() && words.suppressors().isEmpty()) {
            return c;
        }
        String s = text.normalized();
        String before = ownLabel(s, c.start()).toLowerCase(Locale.ROOT);
        String after = parentheticalAfter(s, c.end()).toLowerCase(Locale.ROOT);
        double score = c.score();
        if (containsAny(before, words.boosters())) {
            score = Math.min(1.0, score + BOOST);
        }
        String sameLine = before.substring(before.lastIndexOf('\n') + 1);
        if (containsAny(sameLine, words.suppressors()) || containsAny(after, words.suppressors())) {
            score = Math.max(0.0, score - SUPPRESS);
        }
        return score == c.score() ? c : new Candidate(c.type(), c.start(), c.end(), c.value(), score);
    }

    private static boolean containsAny(String haystack, java.util.List<String> words) {
        for (String w : words) {
            if (haystack.contains(w)) {
                return true;
            }
        }
        return false;
    }

    /**
     * The label that belongs to this candidate: up to WINDOW_BEFORE characters before it, at most
     * back to the previous line, and cut after the last digit so that the label of an earlier
     * value on the same line ("TEL: 03-… FAX: 03-…") is not taken for this one's.
     */
    static String ownLabel(String s, int start) {
        int from = Math.max(0, start - WINDOW_BEFORE);
        String w = s.substring(from, start);
        int nl = w.lastIndexOf('\n');
        if (nl >= 0) {
            int prev = w.lastIndexOf('\n', nl - 1);
            w = w.substring(prev + 1);
        }
        for (int i = w.length() - 1; i >= 0; i--) {
            if (Character.isDigit(w.charAt(i))) {
                return w.substring(i + 1);
            }
        }
        return w;
    }

    /** A parenthetical right after the candidate, as in "03-1234-5678（代表）". */
    static String parentheticalAfter(String s, int end) {
        int i = end;
        while (i < s.length() && s.charAt(i) == ' ') {
            i++;
        }
        if (i < s.length() && s.charAt(i) == '(') {
            int close = s.indexOf(')', i);
            if (close > 0 && close - i <= WINDOW_AFTER) {
                return s.substring(i, close + 1);
            }
        }
        return "";
    }
}
