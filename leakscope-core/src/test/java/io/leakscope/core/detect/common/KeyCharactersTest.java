package io.leakscope.core.detect.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class KeyCharactersTest {
    private static final List<String> WORDS = List.of("氏名", "カナ", "セイ", "メイ", "生年月日", "電話", "phone", "e-mail",
            "家族", "spouse", "next of kin", "配偶者", "ゲスト", "가족");
    /** Words as they are written in headers: full-width, half-width kana, spaces, markers, a radical, marks to compose. */
    private static final List<String> WRITTEN = List.of("氏名", "氏 名", "⽒名", "ｶﾅ", "カナ", "ｾｲ", "セ イ", "ﾒｲ", "生年月日", "電:話",
            "ＰＨＯＮＥ", "Phone", "E-Mail", "ｅ－ｍａｉｌ", "家族", "家※族", "SPOUSE", "next  of kin", "配偶者", "ｹﾞｽﾄ", "ケ\u3099スト", "\u1100\u1161족", "㍿");
    private static final String NOISE = "売上合計品番数量単価abc123 　:・*※【】_\u3099ﾞ가\u1100\u1161é";

    @Test
    void aTextWhoseKeyHoldsAWordIsNeverRuledOut() {
        KeyCharacters firsts = KeyCharacters.firstOf(WORDS.stream().map(FieldLabels::key).toList());
        Random random = new Random(11);
        int holding = 0;
        for (int n = 0; n < 20_000; n++) {
            String text = text(random);
            String key = FieldLabels.key(text);
            if (WORDS.stream().map(FieldLabels::key).anyMatch(key::contains)) {
                holding++;
                assertThat(firsts.mayBeIn(text)).as(text).isTrue();
            }
        }
        assertThat(holding).isGreaterThan(2_000);
    }

    @Test
    void cellsOfOtherCharactersAreRuledOut() {
        KeyCharacters firsts = KeyCharacters.firstOf(WORDS.stream().map(FieldLabels::key).toList());
        assertThat(firsts.mayBeIn("売上合計 12,345")).isFalse();
        assertThat(firsts.mayBeIn("2024/04/01")).isFalse();
        assertThat(firsts.mayBeIn("品番 A-100")).as("a is no word's first letter").isFalse();
        assertThat(firsts.mayBeIn("数量 ﾞ")).as("a voicing mark may compose with what comes before it").isTrue();
        assertThat(firsts.mayBeIn("Amount")).as("'n' begins 'next of kin'").isTrue();
        assertThat(firsts.mayBeIn("ｹﾞｽﾄ")).as("ケ begins no word, but ｹﾞ is ゲ").isTrue();
        assertThat(firsts.mayBeIn("\u1100\u1161족")).as("the two jamo compose to 가").isTrue();
    }

    private static String text(Random random) {
        StringBuilder sb = new StringBuilder();
        for (int i = random.nextInt(4); i > 0; i--) {
            sb.append(NOISE.charAt(random.nextInt(NOISE.length())));
        }
        if (random.nextBoolean()) {
            sb.append(WRITTEN.get(random.nextInt(WRITTEN.size())));
        }
        for (int i = random.nextInt(4); i > 0; i--) {
            sb.append(NOISE.charAt(random.nextInt(NOISE.length())));
        }
        return sb.toString();
    }
}
