package io.leakscope.core.text;

import static org.assertj.core.api.Assertions.assertThat;

import io.leakscope.core.testing.RandomTexts;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class CharPairsTest {
    private static final String ALPHABET = "abcxyzABC019 -:\t\n病院逮捕信仰株式会社パスワード〒都県\uD842\uDFB7";

    private static String random(Random random, int length) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < length; i++) {
            sb.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
        }
        return sb.toString();
    }

    @Test
    void neverSaysAWordOfTheTextIsMissing() {
        Random random = new Random(20261124);
        for (int n = 0; n < 2_000; n++) {
            String text = random(random, 1 + random.nextInt(n % 10 == 0 ? 5_000 : 200));
            CharPairs pairs = CharPairs.of(text);
            for (int k = 0; k < 20; k++) {
                int start = random.nextInt(text.length());
                String word = text.substring(start, Math.min(text.length(), start + 1 + random.nextInt(6)));
                assertThat(pairs.mayContain(word)).as(word + " in " + text).isTrue();
            }
        }
    }

    @Test
    void mostWordsNotInTheTextAreToldApart() {
        Random random = new Random(7);
        int absent = 0;
        int toldApart = 0;
        for (int n = 0; n < 2_000; n++) {
            String text = random(random, 1 + random.nextInt(300));
            CharPairs pairs = CharPairs.of(text);
            String word = random(random, 1 + random.nextInt(4));
            if (!text.contains(word)) {
                absent++;
                toldApart += pairs.mayContain(word) ? 0 : 1;
            }
        }
        assertThat(toldApart).as("of %d absent words", absent).isGreaterThan(absent / 2);
    }

    @Test
    void knowsExactlyWhetherAnAsciiPairOfAKindIsThere() {
        Random random = new Random(9);
        int holding = 0;
        for (int n = 0; n < 2_000; n++) {
            String text = random(random, 1 + random.nextInt(300));
            boolean holds = java.util.regex.Pattern.compile("[A-Z]{2}").matcher(text).find();
            holding += holds ? 1 : 0;
            assertThat(CharPairs.of(text).containsPairWithin('A', 'Z')).as(text).isEqualTo(holds);
            boolean spaceThenCapital = java.util.regex.Pattern.compile(" [A-Z]").matcher(text).find();
            assertThat(CharPairs.of(text).containsPair(' ', ' ', 'A', 'Z')).as(text).isEqualTo(spaceThenCapital);
        }
        assertThat(holding).as("texts with two capitals together").isBetween(200, 1_800);
    }

    @Test
    void neverSaysAnAsciiWordInSomeCaseIsMissing() {
        Random random = new Random(12);
        String letters = "bBiIrRtThHoOnNdD 生";
        int toldApart = 0;
        for (int n = 0; n < 5_000; n++) {
            String text = RandomTexts.ofChars(random, letters, 12);
            CharPairs pairs = CharPairs.of(text);
            for (String word : List.of("birth", "born", "dob", "b")) {
                boolean there = text.toLowerCase(java.util.Locale.ROOT).contains(word);
                boolean may = pairs.mayContainIgnoringCase(word);
                assertThat(may || !there).as(word + " in " + text).isTrue();
                toldApart += there || may ? 0 : 1;
            }
        }
        assertThat(toldApart).isGreaterThan(5_000);
    }

    @Test
    void looksAtEveryCharacterAndPair() {
        CharPairs pairs = CharPairs.of("患者は通院中");
        assertThat(pairs.mayContain("通院")).isTrue();
        assertThat(pairs.mayContain("患者は通院中")).isTrue();
        assertThat(pairs.mayContain("院")).isTrue();
        assertThat(pairs.mayContain("逮捕")).isFalse();
        assertThat(pairs.mayContain("院通")).as("the characters are there, not the pair").isFalse();
        assertThat(pairs.mayContain("")).isTrue();
        assertThat(CharPairs.of("").mayContain("a")).isFalse();
    }
}
