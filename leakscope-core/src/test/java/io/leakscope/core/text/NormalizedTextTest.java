package io.leakscope.core.text;

import static org.assertj.core.api.Assertions.assertThat;

import io.leakscope.core.model.Span;
import org.junit.jupiter.api.Test;

class NormalizedTextTest {
    @Test
    void linesThatNeedNothingAndLinesThatDoKeepTheirOffsets() {
        String original = "plain ascii line\n電話：０９０－１２３４－５６７８\n社員 ⻑沢 ｶﾞｸ\n既に正規化済みの行\n";
        NormalizedText t = NormalizedText.of(original);
        assertThat(t.normalized()).isEqualTo("plain ascii line\n電話:090-1234-5678\n社員 長沢 ガク\n既に正規化済みの行\n");
        int phone = t.normalized().indexOf("090");
        Span span = t.originalSpan(phone, phone + 13);
        assertThat(original.substring(span.start(), span.end())).isEqualTo("０９０－１２３４－５６７８");
        int kana = t.normalized().indexOf("ガク");
        Span k = t.originalSpan(kana, kana + 2);
        assertThat(original.substring(k.start(), k.end())).isEqualTo("ｶﾞｸ");
        int last = t.normalized().indexOf("既に");
        Span l = t.originalSpan(last, last + 2);
        assertThat(original.substring(l.start(), l.end())).isEqualTo("既に");
    }

    @Test
    void linesTakenAsTheyAreEqualTheirNormalForm() {
        // characters of the ranges taken as they are, mixed with ones that change: full-width forms,
        // half-width kana with voicing marks, radicals, odd spaces, combining marks
        String pool = "abcXYZ019 -:()「」、。・ー々〆〒※①㈱ａＡ０ｶﾞﾊﾟｰ\u3099\u309Aがパ漢字山田太郎髙﨑⻑⼀\u3000\u00A0éèñßΩωЖж\u0301\t";
        java.util.Random random = new java.util.Random(7);
        for (int n = 0; n < 5_000; n++) {
            StringBuilder sb = new StringBuilder();
            for (int i = random.nextInt(30); i >= 0; i--) {
                sb.append(random.nextInt(8) == 0 ? '\n' : pool.charAt(random.nextInt(pool.length())));
            }
            String text = sb.toString();
            String expected = Radicals.fold(java.text.Normalizer.normalize(text, java.text.Normalizer.Form.NFKC));
            assertThat(NormalizedText.of(text).normalized()).as(text).isEqualTo(expected);
        }
    }

    @Test
    void everyCharacterBetweenOthersIsNormalisedAsTheWholeLineWouldBe() {
        // each character decides alone whether a line may be taken as it is: checked for all of them, in a line of
        // inert characters, so that one taken for inert or for changing by mistake shows
        for (char c = 1; c < Character.MAX_VALUE; c++) {
            if (Character.isSurrogate(c)) {
                continue;
            }
            String text = "山a" + c + "漢字 b";
            String expected = Radicals.fold(java.text.Normalizer.normalize(text, java.text.Normalizer.Form.NFKC))
                    .codePoints().map(p -> Character.isSpaceChar(p) ? ' ' : p) // odd spaces NFKC keeps become spaces too
                    .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append).toString();
            assertThat(NormalizedText.of(text).normalized()).as("U+%04X", (int) c).isEqualTo(expected);
        }
    }
}
