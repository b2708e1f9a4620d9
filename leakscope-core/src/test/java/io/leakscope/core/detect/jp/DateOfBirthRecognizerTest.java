package io.leakscope.core.detect.jp;

import static org.assertj.core.api.Assertions.assertThat;

import io.leakscope.core.detect.RecognizerRegistry;
import io.leakscope.core.model.Finding;
import io.leakscope.core.testing.RandomTexts;
import io.leakscope.core.text.NormalizedText;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Dates are searched for only near what can make them birth dates; what is reported must not change. */
class DateOfBirthRecognizerTest {
    private static final RecognizerRegistry ANCHORED = new RecognizerRegistry(List.of(new DateOfBirthRecognizer()));
    private static final RecognizerRegistry EVERYWHERE = new RecognizerRegistry(List.of(DateOfBirthRecognizer.searchingEverywhere()));

    @Test
    void theAnchoredSearchReportsWhatTheWholeTextSearchReportsOnRandomTexts() {
        String[] pieces = {"1985年1月23日", "昭和60年1月23日", "H2.3.4", "2024-01-05", "1990/3/4", "生産", "生", "生年月日", "誕生日",
            "誕生", "生まれ", "(満38歳)", "歳", "DOB", "Born", "発生", "学生", "先生", "入社", "：", " ", "\n", "\t", "出荷 数量 12 ",
            "日", "𠀋", "計画"};
        Random random = new Random(17);
        int reported = 0;
        for (int i = 0; i < 5_000; i++) {
            String text = RandomTexts.of(random, pieces, 14);
            NormalizedText t = NormalizedText.of(text);
            List<Finding> everywhere = EVERYWHERE.analyze(t);
            assertThat(ANCHORED.analyze(t)).as(text).isEqualTo(everywhere);
            reported += everywhere.size();
        }
        assertThat(reported).as("the random texts hold birth dates").isGreaterThan(1_000);
    }

    @Test
    void datesNearProductionWordsAreNotSearched() {
        NormalizedText t = NormalizedText.of("生産計画 2024-01-05 出荷 2024-01-06\n発生日 2024-02-01");
        assertThat(new DateOfBirthRecognizer().analyze(t)).isEmpty();
        assertThat(DateOfBirthRecognizer.searchingEverywhere().analyze(t)).as("candidates under the threshold").hasSize(3);
    }
}
