package io.leakscope.core.detect;

import io.leakscope.core.text.Names;
import java.util.Collection;
import java.util.HashSet;
import java.util.Set;

/**
 * Names known from the case's master data, as {@link Names#key} keys. Lets the name recognizers
 * accept a master employee's name where linguistic rules alone would hesitate.
 */
public final class KnownNames {
    public static final KnownNames NONE = new KnownNames(Set.of());

    private final Set<String> keys;
    private final int maxLength;
    private final Set<Character> firstChars = new HashSet<>();
    /** The first one to {@link #PREFIX_LENGTH} characters of every key. */
    private final Set<String> prefixes = new HashSet<>();
    private final boolean anyHoldsDigit;
    /** Every word of the Latin keys: "taro", "suzuki". */
    private final Set<String> latinWords = new HashSet<>();
    /** Every beginning of those words: "t", "ta", "tar", "taro" … */
    private final Set<String> latinWordBeginnings = new HashSet<>();
    /** Whether a key that is not Latin holds a Latin letter (山田John): then a Latin word may begin such a name. */
    private final boolean latinLetterInOtherKey;
    /** Per character of text: 0 not yet known, else YES or NO ({@link #mayStartName}); racing writes store the same value. */
    private final byte[] startsName = new byte[Character.MAX_VALUE + 1];

    private KnownNames(Set<String> keys) {
        this.keys = Set.copyOf(keys);
        this.maxLength = keys.stream().mapToInt(String::length).max().orElse(0);
        keys.stream().filter(k -> !k.isEmpty()).forEach(k -> firstChars.add(k.charAt(0)));
        this.anyHoldsDigit = keys.stream().anyMatch(k -> k.chars().anyMatch(c -> c >= '0' && c <= '9'));
        boolean latinLetterElsewhere = false;
        for (String k : keys) {
            for (int n = 1; n <= Math.min(PREFIX_LENGTH, k.length()); n++) {
                prefixes.add(k.substring(0, n));
            }
            if (Names.isLatin(k)) {
                for (String w : k.split(" ")) {
                    latinWords.add(w);
                    for (int n = 1; n <= w.length(); n++) {
                        latinWordBeginnings.add(w.substring(0, n));
                    }
                }
            } else {
                latinLetterElsewhere |= k.chars().anyMatch(c -> c <= Names.LAST_LATIN && Character.isLetter(c));
            }
        }
        this.latinLetterInOtherKey = latinLetterElsewhere;
    }

    /** Prefixes are kept up to this length: a word's key is rarely longer, and the set stays at most four per name. */
    private static final int PREFIX_LENGTH = 4;

    /**
     * Whether some known name's key can start with this key of a word (its first {@value #PREFIX_LENGTH}
     * characters). Where the key of any run of words starting with a word starts with the word's own key
     * ({@link Names#keyStartsWithWord}), a no here means no run from that word needs a key.
     */
    public boolean mayBeginWith(String wordKey) {
        return prefixes.contains(wordKey.length() <= PREFIX_LENGTH ? wordKey : wordKey.substring(0, PREFIX_LENGTH));
    }

    /**
     * Whether a run of words that begins with a Latin word of this key may have a known key. If the
     * word is followed by a character that {@link Names#separatesLatinWords separates words}, the
     * run's key, when Latin, holds the word's words (a Latin key is the run's words, sorted); if it is
     * followed by another character that {@link Names#startsAfresh starts afresh}, the run's words
     * begin with the word's words. A run's key that is not Latin holds the word's letters. So a no
     * here means no run from that word needs a key.
     *
     * @param wordEnds whether the word is followed by a character that separates words
     */
    public boolean mayBeginWithLatinWord(String wordKey, boolean wordEnds) {
        if (latinLetterInOtherKey || !Names.isLatin(wordKey)) {
            return true;
        }
        for (String w : wordKey.split(" ")) {
            if (!(wordEnds ? latinWords : latinWordBeginnings).contains(w)) {
                return false;
            }
        }
        return true;
    }

    /** Whether some known name's key starts with this character (of a key): a cheap test before building keys. */
    public boolean mayStartWith(char keyChar) {
        return firstChars.contains(keyChar);
    }

    /**
     * Whether a word starting with this character (of normalised text) can have a key some known name's
     * key starts with: the test before a word's key is built at all. Its key starts with the character's
     * own key — lower-cased if the word is Latin, folded if not (a Latin letter in a word with kana is
     * folded, not lower-cased: both are tried) — and a character with an empty key (a space, ・) lets
     * the next one decide, so it passes. Memoised per character.
     */
    public boolean mayStartName(char textChar) {
        byte known = startsName[textChar];
        if (known == 0) {
            String alone = Names.key(String.valueOf(textChar));
            boolean may = alone.isEmpty() || firstChars.contains(alone.charAt(0))
                    || firstChars.contains(Names.key(textChar + NOT_LATIN).charAt(0));
            known = may ? YES : NO;
            startsName[textChar] = known;
        }
        return known == YES;
    }

    private static final byte YES = 1;
    private static final byte NO = 2;
    /** Appended to a character to take the key's path for names that are not Latin. */
    private static final String NOT_LATIN = "あ";

    public static KnownNames of(Collection<String> names) {
        Set<String> keys = new HashSet<>();
        for (String n : names) {
            if (n != null && !n.isBlank()) {
                keys.add(Names.key(n));
            }
        }
        return new KnownNames(keys);
    }

    public boolean containsKey(String key) {
        return keys.contains(key);
    }

    public boolean contains(String name) {
        return keys.contains(Names.key(name));
    }

    /** Whether some key holds an ASCII digit: a name run with a digit in it can match only then. */
    public boolean anyHoldsDigit() {
        return anyHoldsDigit;
    }

    public int maxLength() {
        return maxLength;
    }

    public int size() {
        return keys.size();
    }
}
