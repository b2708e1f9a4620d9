package io.leakscope.core.detect.jp;

import static org.assertj.core.api.Assertions.assertThat;

import io.leakscope.core.detect.jp.SegmentTokenizer.Token;
import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.apache.lucene.analysis.ja.JapaneseTokenizer;
import org.apache.lucene.analysis.ja.tokenattributes.PartOfSpeechAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.junit.jupiter.api.Test;

class SegmentTokenizerTest {
    /** Pieces of business text: names, places, words that read as names, kana, codes, numbers, punctuation. */
    private static final String[] PIECES = {
        "山田", "太郎", "佐藤", "花子", "高橋", "一郎", "福井", "正子", "長沢", "一輝", "中村", "さくら", "様", "さん", "氏", "殿",
        "東京都", "港区", "芝浦", "1丁目", "大阪", "日本一", "引当済", "の見直し", "移行に", "手順", "保守", "見積", "担当者",
        "株式会社", "営業部", "会議", "議事録", "出席者", "です。", "ます", "、", "。", "「", "」", "・", "ー", "タロウ", "ヤマダ",
        "スミス", "ABC", "Tシャツ", "T", "abc", "2024", "03-1234-5678", "No12", "A1B2", "x", "Ünïcödé", "①", "※", "〒100",
        "Taro", "Yamada", "(", ")", ":", ",", " ", " ", "  ", "\t", "\n", "\n\n", "\u3000",
    };

    @Test
    void segmentsGiveTheTokensOfTheWholeText() {
        Random random = new Random(20261123);
        for (int text = 0; text < 3_000; text++) {
            StringBuilder sb = new StringBuilder();
            int pieces = 1 + random.nextInt(40);
            for (int i = 0; i < pieces; i++) {
                sb.append(PIECES[random.nextInt(PIECES.length)]);
            }
            String s = JapaneseNameRecognizer.tokenizerInput(sb.toString());
            assertThat(SegmentTokenizer.tokenize(s).asList()).as(s).isEqualTo(whole(s));
        }
    }

    @Test
    void longSegmentsGiveTheTokensOfTheWholeTextToo() {
        // longer than Kuromoji's longest unknown word and its forced backtrace (1,024 characters)
        Random random = new Random(11);
        StringBuilder sb = new StringBuilder("見出し A12 ");
        List<String> japanese = java.util.Arrays.stream(PIECES).filter(p -> p.chars().allMatch(c -> c >= 0x3000)).toList();
        for (int i = 0; i < 1_500; i++) {
            sb.append(japanese.get(random.nextInt(japanese.size())));
        }
        sb.append(" 末尾 ").append("ア".repeat(1_100)).append(" 9".repeat(3));
        String s = JapaneseNameRecognizer.tokenizerInput(sb.toString());
        assertThat(SegmentTokenizer.tokenize(s).asList()).isEqualTo(whole(s));
    }

    @Test
    void aSegmentRememberedInOneContextIsNotReusedInAnother() {
        // the same characters opening a text, inside it, and closing it: three different contexts
        for (String s : List.of("山田太郎 様", "様 山田太郎 様", "様 山田太郎", "山田太郎", "AB12 x", "x AB12 x", "x AB12", "AB12")) {
            assertThat(SegmentTokenizer.tokenize(s).asList()).as(s).isEqualTo(whole(s));
        }
    }

    @Test
    void codesAndNumbersAreSplitIntoRunsOfLettersAndDigits() {
        List<Token> tokens = SegmentTokenizer.tokenize("受付 AB12cd 3").asList();
        assertThat(tokens.stream().map(Token::surface)).containsExactly("受付", "AB", "12", "cd", "3");
        assertThat(tokens).isEqualTo(whole("受付 AB12cd 3"));
        // 18 runs are read by Kuromoji, 16 by their shape; the second time, the shapes of "12" and "B2B2…" are known
        String manyRuns = "受付 12 " + "a1".repeat(9) + " " + "B2".repeat(8) + " x";
        for (int time = 0; time < 2; time++) {
            assertThat(SegmentTokenizer.tokenize(manyRuns).asList()).isEqualTo(whole(manyRuns));
        }
    }

    /** Kuromoji on the whole text at once, as the recognizer ran it before segments. */
    private static List<Token> whole(String s) {
        List<Token> tokens = new ArrayList<>();
        try (JapaneseTokenizer tokenizer = new JapaneseTokenizer(null, true, JapaneseTokenizer.Mode.NORMAL)) {
            OffsetAttribute offset = tokenizer.addAttribute(OffsetAttribute.class);
            PartOfSpeechAttribute pos = tokenizer.addAttribute(PartOfSpeechAttribute.class);
            tokenizer.setReader(new StringReader(s));
            tokenizer.reset();
            while (tokenizer.incrementToken()) {
                tokens.add(new Token(s, offset.startOffset(), offset.endOffset(), pos.getPartOfSpeech()));
            }
            tokenizer.end();
        } catch (IOException e) {
            throw new AssertionError(e);
        }
        return tokens;
    }
}
