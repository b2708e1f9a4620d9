package io.leakscope.core.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class OffsetMapTest {
    @Test
    void answersAsAnOffsetPerCharacterWould() {
        Random random = new Random(11);
        for (int n = 0; n < 2_000; n++) {
            OffsetMap map = new OffsetMap();
            List<Integer> perCharacter = new ArrayList<>();
            int origin = 0;
            for (int piece = random.nextInt(30); piece > 0; piece--) {
                int count = random.nextInt(4);
                origin += random.nextInt(3); // pieces dropped from the original (marks) leave gaps
                if (random.nextBoolean()) {
                    map.oneToOne(origin, count);
                    for (int k = 0; k < count; k++) {
                        perCharacter.add(origin + k);
                    }
                    origin += count;
                } else {
                    map.allFrom(origin, count);
                    for (int k = 0; k < count; k++) {
                        perCharacter.add(origin);
                    }
                    origin += 1 + random.nextInt(2);
                }
            }
            assertThat(map.length()).isEqualTo(perCharacter.size());
            for (int i = 0; i < perCharacter.size(); i++) {
                assertThat(map.at(i)).as("character %d of %s", i, perCharacter).isEqualTo(perCharacter.get(i));
            }
        }
    }

    @Test
    void stretchesThatContinueEachOtherAreOneRun() {
        OffsetMap map = new OffsetMap();
        map.oneToOne(0, 5);
        map.oneToOne(5, 3);
        map.allFrom(8, 1);
        map.oneToOne(9, 2);
        assertThat(map.runs()).isEqualTo(1);
        map.allFrom(11, 3);
        map.oneToOne(12, 4);
        map.oneToOne(20, 1);
        assertThat(map.runs()).isEqualTo(4);
        assertThat(map.at(10)).isEqualTo(10);
        assertThat(map.at(13)).isEqualTo(11);
        assertThat(map.at(17)).isEqualTo(15);
        assertThat(map.at(18)).isEqualTo(20);
    }

    @Test
    void spansMapBackThroughChangedPieces() {
        NormalizedText text = NormalizedText.of("氏名:山田 太郎\n電話:03-1234-5678\n".repeat(1_000));
        assertThat(text.originalSpan(20_005, 20_010).start()).isEqualTo(20_005);
        NormalizedText changed = NormalizedText.of("ﾔﾏﾀﾞ ㈱ＡＢＣ 電話");
        assertThat(changed.normalized()).isEqualTo("ヤマダ (株)ABC 電話");
        assertThat(changed.originalSpan(0, 3)).as("ﾀﾞ is two characters that became one").extracting(s -> s.start() + "-" + s.end()).isEqualTo("0-4");
        assertThat(changed.originalSpan(4, 7)).as("㈱ became three characters").extracting(s -> s.start() + "-" + s.end()).isEqualTo("5-6");
        assertThat(changed.originalSpan(11, 13)).extracting(s -> s.start() + "-" + s.end()).isEqualTo("10-12");
    }
}
