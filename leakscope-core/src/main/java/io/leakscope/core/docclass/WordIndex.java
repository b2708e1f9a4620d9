package io.leakscope.core.docclass;

import java.util.ArrayList;
import java.util.List;

/**
 * Many literal words found in one pass over a lower-cased text: each word is looked up by its first
 * character, so the cost is one array read per character whatever the number of words — a Java
 * regex alternation of the same words tries every alternative at every position and is ten times
 * slower on Japanese text.
 *
 * @param <T> what a word stands for (its class, its rule)
 */
final class WordIndex<T> {
    /** A word; a whole word is matched only between non-letters ("plan", not "explanation"). */
    private record Word<T>(String text, T payload, boolean whole) {
    }

    /** Called for every occurrence, in text order. */
    interface Occurrence<T> {
        void at(int start, String word, T payload);
    }

    @SuppressWarnings("unchecked")
    private final List<Word<T>>[] byFirstChar = new List[Character.MAX_VALUE + 1];

    /** Adds a word; an ASCII word is matched as a whole word, any other anywhere. */
    WordIndex<T> add(String word, T payload) {
        return add(word, payload, word.chars().allMatch(c -> c < 0x80));
    }

    /** Adds a word matched anywhere, inside longer words too (a prefilter's anchor). */
    WordIndex<T> addAnywhere(String word, T payload) {
        return add(word, payload, false);
    }

    private WordIndex<T> add(String word, T payload, boolean whole) {
        char first = word.charAt(0);
        if (byFirstChar[first] == null) {
            byFirstChar[first] = new ArrayList<>(2);
        }
        byFirstChar[first].add(new Word<>(word, payload, whole));
        return this;
    }

    void forEachIn(String text, Occurrence<T> occurrence) {
        for (int i = 0; i < text.length(); i++) {
            List<Word<T>> candidates = byFirstChar[text.charAt(i)];
            if (candidates == null) {
                continue;
            }
            for (Word<T> w : candidates) {
                if (text.startsWith(w.text(), i) && (!w.whole() || boundary(text, i - 1) && boundary(text, i + w.text().length()))) {
                    occurrence.at(i, w.text(), w.payload());
                }
            }
        }
    }

    /** Where {@code word} occurs from {@code from}; an ASCII word only as a whole word. */
    static int indexOf(String text, String word, int from) {
        boolean ascii = word.chars().allMatch(c -> c < 0x80);
        for (int i = text.indexOf(word, from); i >= 0; i = text.indexOf(word, i + 1)) {
            if (!ascii || boundary(text, i - 1) && boundary(text, i + word.length())) {
                return i;
            }
        }
        return -1;
    }

    private static boolean boundary(String text, int i) {
        return i < 0 || i >= text.length() || !Character.isLetterOrDigit(text.charAt(i));
    }
}
