package io.leakscope.core.detect;

import static org.assertj.core.api.Assertions.assertThat;

import io.leakscope.core.model.FindingType;
import io.leakscope.core.text.NormalizedText;
import java.util.List;
import org.junit.jupiter.api.Test;

class ContextEnhancerTest {
    private final ContextEnhancer enhancer = new ContextEnhancer();
    private final ContextWords words = new ContextWords(List.of("氏名"), List.of("株式会社"));

    private double scoreOf(String text, String value) {
        NormalizedText t = NormalizedText.of(text);
        int start = t.normalized().indexOf(value);
        return enhancer.enhance(new Candidate(FindingType.PERSON_NAME, start, start + value.length(), value, 0.6), words, t).score();
    }

    @Test
    void aBoosterOnTheSameOrThePreviousLineRaisesTheScore() {
        assertThat(scoreOf("氏名：佐藤 健一", "佐藤 健一")).isEqualTo(0.95, org.assertj.core.data.Offset.offset(1e-9));
        assertThat(scoreOf("氏名\n佐藤 健一", "佐藤 健一")).isEqualTo(0.95, org.assertj.core.data.Offset.offset(1e-9));
        assertThat(scoreOf("氏名\n\n\n佐藤 健一", "佐藤 健一")).isEqualTo(0.6);
    }

    @Test
    void aSuppressorLowersTheScoreOnlyOnTheSameLine() {
        assertThat(scoreOf("株式会社 佐藤 健一", "佐藤 健一")).isEqualTo(0.0, org.assertj.core.data.Offset.offset(1e-9));
        assertThat(scoreOf("株式会社山田商事\n佐藤 健一", "佐藤 健一")).isEqualTo(0.6);
    }

    /** Words are matched as they stand in normalised text: NFKC writes the Thai vowel ำ as two characters, full-width letters as ASCII. */
    @Test
    void aBoosterWrittenOtherwiseThanNormalisedTextStillRaisesTheScore() {
        ContextWords thai = new ContextWords(List.of("เลขประจำตัวประชาชน", "ＴＮＩＮ"), List.of());
        NormalizedText t = NormalizedText.of("เลขประจำตัวประชาชน: 3456789012347 / tnin 2345678901234");
        for (String value : List.of("3456789012347", "2345678901234")) {
            int start = t.normalized().indexOf(value);
            Candidate c = new Candidate(FindingType.TH_NATIONAL_ID, start, start + value.length(), value, 0.45);
            assertThat(enhancer.enhance(c, thai, t).score()).as(value).isEqualTo(0.8, org.assertj.core.data.Offset.offset(1e-9));
        }
    }
}
