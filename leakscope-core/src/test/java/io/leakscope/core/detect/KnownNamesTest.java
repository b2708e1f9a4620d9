package io.leakscope.core.detect;

import static org.assertj.core.api.Assertions.assertThat;

import io.leakscope.core.text.Names;
import java.util.List;
import org.junit.jupiter.api.Test;

class KnownNamesTest {
    private final KnownNames known = KnownNames.of(List.of("山田 太郎", "やまもと はなこ", "Taro Suzuki", "髙橋 一郎"));

    @Test
    void aWordCanStartAKnownNameOnlyFromACharacterSomeKeyStartsWith() {
        assertThat(known.mayStartName('山')).isTrue();
        assertThat(known.mayStartName('や')).as("hiragana folds to the katakana of the key").isTrue();
        assertThat(known.mayStartName('ヤ')).isTrue();
        assertThat(known.mayStartName('高')).as("髙 folds to 高").isTrue();
        assertThat(known.mayStartName('S')).as("Latin keys are lower case; 'Taro Suzuki' sorts to 'suzuki taro'").isTrue();
        assertThat(known.mayStartName('s')).isTrue();
        assertThat(known.mayStartName('T')).isFalse();
        assertThat(known.mayStartName('田')).isFalse();
        assertThat(known.mayStartName('Y')).isFalse();
        assertThat(known.mayStartName(' ')).as("a space has an empty key: the next character decides").isTrue();
    }

    @Test
    void theTestNeverRejectsAWordWhoseKeyIsKnown() {
        for (String word : List.of("山田太郎", "ヤマモトハナコ", "やまもとはなこ", "髙橋一郎", "高橋一郎", "Suzuki", "suzuki", "TARO")) {
            String key = Names.key(word);
            if (known.mayStartWith(key.charAt(0))) {
                assertThat(known.mayStartName(word.charAt(0))).as(word).isTrue();
            }
        }
    }
}
