package io.leakscope.core.detect.global;

import static org.assertj.core.api.Assertions.assertThat;

import io.leakscope.core.detect.Candidate;
import io.leakscope.core.detect.KnownNames;
import io.leakscope.core.text.NormalizedText;
import java.util.List;
import org.junit.jupiter.api.Test;

class LatinNameRecognizerTest {
    private static List<String> found(LatinNameRecognizer recognizer, String text) {
        return recognizer.analyze(NormalizedText.of(text)).stream().map(c -> c.value() + "/" + c.score()).toList();
    }

    @Test
    void findsTwoOrThreeCapitalisedWordsButNotCompanyOrHeadingWords() {
        LatinNameRecognizer recognizer = new LatinNameRecognizer(KnownNames.NONE);
        assertThat(found(recognizer, "Name: Maria Schmidt\nSales Department\n")).containsExactly("Maria Schmidt/0.45");
        assertThat(found(recognizer, "氏名:YAMADA Taro、担当:Li Wei")).hasSize(2);
        assertThat(found(recognizer, "nothing here: maria schmidt, ABC, X")).isEmpty();
    }

    @Test
    void aMasterNameScoresHigher() {
        LatinNameRecognizer recognizer = new LatinNameRecognizer(KnownNames.of(List.of("Maria Schmidt")));
        assertThat(found(recognizer, "Maria Schmidt")).containsExactly("Maria Schmidt/0.9");
    }

    @Test
    void wordsSeparatedByAnyNormalisedSpaceAreFound() {
        // U+3000 and U+00A0 become a space in the normalised text, where the names are looked for
        LatinNameRecognizer recognizer = new LatinNameRecognizer(KnownNames.NONE);
        assertThat(found(recognizer, "担当\u3000Maria\u3000Schmidt")).containsExactly("Maria Schmidt/0.45");
        assertThat(found(recognizer, "Maria\u00A0Schmidt")).containsExactly("Maria Schmidt/0.45");
        assertThat(recognizer.analyze(NormalizedText.of("Maria Schmidt"))).extracting(Candidate::start).containsExactly(0);
    }

    @Test
    void aNameAfterASalutationIsFoundThoughTheSalutationIsCapitalisedToo() {
        LatinNameRecognizer recognizer = new LatinNameRecognizer(KnownNames.NONE);
        assertThat(found(recognizer, "Dear Gene Volkman,")).containsExactly("Gene Volkman/0.45");
        assertThat(found(recognizer, "Example America Inc.")).isEmpty();
        assertThat(found(recognizer, "Dear Bryanna VonRueden, Sean O'Brien and Ann McDonald-Smith")).containsExactly(
                "Bryanna VonRueden/0.45", "Sean O'Brien/0.45", "Ann McDonald-Smith/0.45");
    }
}
