package io.leakscope.core.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class NamesTest {
    @Test
    void variantsOfOneNameShareAKey() {
        assertThat(Names.key("髙橋　一郎")).isEqualTo(Names.key("高橋一郎")).isEqualTo(Names.key("高橋 一郎"));
        assertThat(Names.key("YAMADA Taro")).isEqualTo(Names.key("Taro Yamada"));
        assertThat(Names.key("やまだ たろう")).isEqualTo(Names.key("ヤマダ タロウ"));
        assertThat(Names.key("山田 太郎")).isNotEqualTo(Names.key("山田 次郎"));
    }

    @Test
    void normalisationKeepsOffsetsOfHalfWidthKana() {
        NormalizedText t = NormalizedText.of("ｶﾞｽ 090");
        assertThat(t.normalized()).isEqualTo("ガス 090");
        assertThat(t.originalSpan(3, 6).start()).isEqualTo(4);
    }

    @Test
    void radicalsFromPdfTextFoldToTheirIdeographs() {
        NormalizedText t = NormalizedText.of("・\u2ED1沢 \u2F00輝（法務部）");
        assertThat(t.normalized()).isEqualTo("・長沢 一輝(法務部)");
        assertThat(t.originalSpan(1, 6)).isEqualTo(new io.leakscope.core.model.Span(1, 6));
        assertThat(Names.key("\u2ED1沢 \u2F00輝")).isEqualTo(Names.key("長沢一輝"));
    }

    @Test
    void readingsGiveTheLatinFormsOfAName() {
        assertThat(Romaji.keys("ヤマダ タロウ")).containsExactly("tarou yamada", "taro yamada");
        assertThat(Romaji.keys("おおの ゆうき")).contains(Names.key("ONO YUKI"), Names.key("Yuuki Oono"));
        assertThat(Romaji.keys("山田")).as("not a reading").isEmpty();
    }
}
