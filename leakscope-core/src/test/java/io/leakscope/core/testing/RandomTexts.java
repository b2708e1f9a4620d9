package io.leakscope.core.testing;

import java.util.Random;

/** Random texts for the tests that compare a quick way of finding things with the plain way. */
public final class RandomTexts {
    private RandomTexts() {
    }

    /** Fewer than {@code maxPieces} pieces (none, possibly), each drawn from {@code pieces}. */
    public static String of(Random random, String[] pieces, int maxPieces) {
        StringBuilder sb = new StringBuilder();
        for (int i = random.nextInt(maxPieces); i > 0; i--) {
            sb.append(pieces[random.nextInt(pieces.length)]);
        }
        return sb.toString();
    }

    /** Fewer than {@code maxLength} characters, each drawn from {@code alphabet}. */
    public static String ofChars(Random random, String alphabet, int maxLength) {
        StringBuilder sb = new StringBuilder();
        for (int i = random.nextInt(maxLength); i > 0; i--) {
            sb.append(alphabet.charAt(random.nextInt(alphabet.length())));
        }
        return sb.toString();
    }
}
