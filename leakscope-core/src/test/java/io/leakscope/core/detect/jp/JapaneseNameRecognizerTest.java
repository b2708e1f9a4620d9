package io.leakscope.core.detect.jp;

import static org.assertj.core.api.Assertions.assertThat;

import io.leakscope.core.detect.Candidate;
import io.leakscope.core.detect.KnownNames;
import io.leakscope.core.testing.RandomTexts;
import io.leakscope.core.text.NormalizedText;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class JapaneseNameRecognizerTest {
    /** Names, honorifics, labels, numbers alone and inside words, Latin names, separators. */
    private static final String[] PIECES = {
        "山田", "太郎", "佐藤", "花子", "高橋", "一郎", "福井", "長沢", "一輝", "様", "さん", "氏名", "担当", "：", ":", "-", "(", ")",
        "123", "2024", "1", "07", "1丁目", "No12", "A1", "12AB", "3号", "Taro", "Yamada", "Smith", " ", "  ", "\t", "\n", "、", "。",
    };

    @Test
    void leavingNumbersOutFindsWhatReadingThemFinds() {
        KnownNames known = KnownNames.of(List.of("山田 太郎", "佐藤 花子", "長沢 一輝", "Taro Yamada", "高橋一郎"));
        JapaneseNameRecognizer withoutNumbers = new JapaneseNameRecognizer(known);
        JapaneseNameRecognizer withNumbers = JapaneseNameRecognizer.keepingNumbers(known);
        Random random = new Random(20261124);
        int found = 0;
        for (int n = 0; n < 10_000; n++) {
            NormalizedText text = NormalizedText.of(RandomTexts.of(random, PIECES, 24));
            List<String> expected = describe(withNumbers.analyze(text));
            assertThat(describe(withoutNumbers.analyze(text))).as(text.original()).isEqualTo(expected);
            found += expected.size();
        }
        assertThat(found).as("the random texts hold names").isGreaterThan(1_000);
    }

    @Test
    void aMasterNameHoldingADigitIsStillFound() {
        JapaneseNameRecognizer recognizer = new JapaneseNameRecognizer(KnownNames.of(List.of("山田 2024")));
        assertThat(recognizer.analyze(NormalizedText.of("担当 山田 2024 です"))).extracting(Candidate::score).contains(0.9);
    }

    private static List<String> describe(List<Candidate> candidates) {
        return candidates.stream().map(c -> c.start() + "-" + c.end() + " " + c.value() + " " + c.score()).toList();
    }
}
