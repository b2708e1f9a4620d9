package io.leakscope.core.detect.jp;

import static org.assertj.core.api.Assertions.assertThat;

import io.leakscope.core.testing.RandomTexts;
import java.util.BitSet;
import java.util.Random;
import org.junit.jupiter.api.Test;

class MunicipalitiesTest {
    private static final Municipalities MUNICIPALITIES = Municipalities.get();

    @Test
    void findsTheMunicipalityAPostcodeBelongsTo() {
        assertThat(MUNICIPALITIES.ofPostcode("1000001")).get().extracting(Municipalities.Municipality::name).isEqualTo("千代田区");
        assertThat(MUNICIPALITIES.at("住所:横浜市中区山下町1-2", 3, null)).get()
                .extracting(Municipalities.Municipality::name).isEqualTo("横浜市中区");
    }

    @Test
    void everyPlaceANameStartsIsAmongThePlacesItMayStart() {
        // names (the longest among them), their parts and look-alikes (市場, 町田, 区分), next to kanji, kana, digits and punctuation
        String[] pieces = {"横浜市中区", "横浜市", "中区", "町田市", "千代田区", "府中町", "北区", "市川市", "大和村", "市場", "区分", "町内会",
            "山下町", "南都留郡富士河口湖町", "西八代郡市川三郷町", "1-2", "東京都", "の", "、", " ", "\n", "A", "町", "市", "区", "村", "田", "中", "大"};
        Random random = new Random(24);
        int names = 0;
        for (int n = 0; n < 5_000; n++) {
            String s = RandomTexts.of(random, pieces, 20);
            BitSet starts = MUNICIPALITIES.mayStartAt(s);
            for (int i = 0; i < s.length(); i++) {
                if (MUNICIPALITIES.at(s, i, null).isPresent()) {
                    names++;
                    assertThat(starts.get(i)).as("[%s] at %d", s, i).isTrue();
                }
            }
        }
        assertThat(names).isGreaterThan(5_000);
    }
}
