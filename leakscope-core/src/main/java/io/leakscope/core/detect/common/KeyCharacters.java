package io.leakscope.core.detect.common;

import io.leakscope.core.text.Names;
import java.util.Collection;

/**
 * A test, character by character and without building the key, of whether the {@link FieldLabels#key}
 * of a text can hold one of some characters — the first characters of the labels or markers looked
 * for. A text can only contain a word whose first character its key holds; most table cells and line
 * starts hold none and need no key and no lookup.
 *
 * <p>Exact because the key is built character by character for text of characters NFKC never composes
 * with the one before ({@link Names#startsAfresh}): each such character's own key is tested. Any other
 * character (a voicing or combining mark, a Hangul vowel…) answers "may".
 */
final class KeyCharacters {
    private static final byte MAY = 1;
    private static final byte CANNOT = 2;

    private final String wanted;
    /** Per character: 0 not yet known, else MAY or CANNOT; racing writes store the same value. */
    private final byte[] known = new byte[Character.MAX_VALUE + 1];

    private KeyCharacters(String wanted) {
        this.wanted = wanted;
    }

    /** The first characters of these keyed words. */
    static KeyCharacters firstOf(Collection<String> keys) {
        StringBuilder firsts = new StringBuilder();
        keys.stream().filter(k -> !k.isEmpty()).forEach(k -> firsts.append(k.charAt(0)));
        return new KeyCharacters(firsts.toString());
    }

    /** False only when the text's key cannot hold one of the characters. */
    boolean mayBeIn(String text) {
        return mayBeIn(text, 0, text.length());
    }

    /** As {@link #mayBeIn(String)}, for {@code text[start, end)}. */
    boolean mayBeIn(String text, int start, int end) {
        for (int i = start; i < end; i++) {
            if (may(text.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    private boolean may(char c) {
        byte answer = known[c];
        if (answer == 0) {
            answer = !Names.startsAfresh(c) || FieldLabels.key(String.valueOf(c)).chars().anyMatch(k -> wanted.indexOf(k) >= 0)
                    ? MAY : CANNOT;
            known[c] = answer;
        }
        return answer == MAY;
    }
}
