package io.leakscope.core.text;

/**
 * The characters and pairs of adjacent characters a text holds, kept as a Bloom filter (one hash,
 * sized to the text): a word with a character or pair the filter lacks is not in the text. Pairs
 * of ASCII characters are kept apart and exactly, in a table of 128 × 128 bits (2 KB): they are
 * most of the pairs of business text, and an exact table can answer for a whole class of pairs
 * (two capitals in a row), which a Bloom filter, asked hundreds of times, cannot.
 *
 * <p>Why: recognizers look for dozens of literals — keywords, labels, company forms — each found
 * with an indexOf over the whole text, and most texts hold none of most of them. The filter answers
 * "not there" for most of those passes after one pass of its own; "maybe" costs only the indexOf
 * that would have run anyway, so what recognizers find does not change.
 */
public final class CharPairs {
    private static final int MIN_BITS_LOG = 12;
    private static final int MAX_BITS_LOG = 22;

    private final long[] bits;
    private final int shift;
    private final long[] asciiPairs = new long[128 * 128 / 64];

    private CharPairs(int bitsLog) {
        bits = new long[1 << (bitsLog - 6)];
        shift = 32 - bitsLog;
    }

    /** The filter of a text: about eight bits a character, from 4 Kbit to 4 Mbit. */
    public static CharPairs of(String s) {
        int bitsLog = MIN_BITS_LOG;
        while (bitsLog < MAX_BITS_LOG && (1L << bitsLog) < 8L * s.length()) {
            bitsLog++;
        }
        CharPairs pairs = new CharPairs(bitsLog);
        char previous = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            pairs.set(single(c));
            if (i > 0) {
                pairs.setPair(previous, c);
            }
            previous = c;
        }
        return pairs;
    }

    /** False only when the word cannot be in the text. */
    public boolean mayContain(String word) {
        if (word.isEmpty()) {
            return true;
        }
        if (word.length() == 1) {
            return isSet(single(word.charAt(0)));
        }
        for (int i = 1; i < word.length(); i++) {
            if (!hasPair(word.charAt(i - 1), word.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    /** False only when the word, all ASCII, cannot be in the text whatever the case of its letters there. */
    public boolean mayContainIgnoringCase(String asciiWord) {
        for (int i = 0; i < asciiWord.length(); i++) {
            char c = asciiWord.charAt(i);
            if (c >= 128) {
                throw new IllegalArgumentException("not an ASCII word: " + asciiWord);
            }
            if (i > 0 && !hasPairInAnyCase(asciiWord.charAt(i - 1), c)) {
                return false;
            }
        }
        return asciiWord.length() != 1 || isSet(single(lower(asciiWord.charAt(0)))) || isSet(single(upper(asciiWord.charAt(0))));
    }

    private boolean hasPairInAnyCase(char a, char b) {
        return hasPair(lower(a), lower(b)) || hasPair(lower(a), upper(b)) || hasPair(upper(a), lower(b)) || hasPair(upper(a), upper(b));
    }

    private static char lower(char c) {
        return c >= 'A' && c <= 'Z' ? (char) (c + 32) : c;
    }

    private static char upper(char c) {
        return c >= 'a' && c <= 'z' ? (char) (c - 32) : c;
    }

    /** Whether the text holds two adjacent characters both in [{@code first}, {@code last}], an ASCII range: exact. */
    public boolean containsPairWithin(char first, char last) {
        return containsPair(first, last, first, last);
    }

    /** Whether the text holds a character of [{@code firstA}, {@code lastA}] followed by one of [{@code firstB}, {@code lastB}], ASCII ranges: exact. */
    public boolean containsPair(char firstA, char lastA, char firstB, char lastB) {
        if (lastA >= 128 || lastB >= 128) {
            throw new IllegalArgumentException("not ASCII ranges: " + firstA + "-" + lastA + ", " + firstB + "-" + lastB);
        }
        for (char a = firstA; a <= lastA; a++) {
            for (char b = firstB; b <= lastB; b++) {
                if (hasPair(a, b)) {
                    return true;
                }
            }
        }
        return false;
    }

    private void setPair(char a, char b) {
        if ((a | b) < 128) {
            int bit = a << 7 | b;
            asciiPairs[bit >>> 6] |= 1L << bit;
        } else {
            set(pair(a, b));
        }
    }

    private boolean hasPair(char a, char b) {
        if ((a | b) < 128) {
            int bit = a << 7 | b;
            return (asciiPairs[bit >>> 6] & (1L << bit)) != 0;
        }
        return isSet(pair(a, b));
    }

    private static int single(char c) {
        return c * 0x9E3779B1;
    }

    private static int pair(char a, char b) {
        return ((a << 16) | b) * 0x85EBCA6B + 0x27D4EB2F;
    }

    private void set(int hash) {
        int bit = hash >>> shift;
        bits[bit >>> 6] |= 1L << bit;
    }

    private boolean isSet(int hash) {
        int bit = hash >>> shift;
        return (bits[bit >>> 6] & (1L << bit)) != 0;
    }
}
