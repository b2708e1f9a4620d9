package io.leakscope.core.detect;

import static org.assertj.core.api.Assertions.assertThat;

import io.leakscope.core.text.Names;
import io.leakscope.core.text.NormalizedText;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
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

    /**
     * The name recognizer skips every run of words from a word whose key no known key begins with; that
     * is sound only if a run's key starts with its first word's key where {@link Names#keyStartsWithWord}
     * says so. Random normalised text of the scripts names are written in (kana and marks that NFKC
     * composes, variant kanji, spaces, ・, Latin, Hangul jamo) is split at every position.
     */
    @Test
    void aRunsKeyStartsWithItsFirstWordsKeyWhenTheWordIsNotLatin() {
        Random random = new Random(7);
        String alphabet = "山田太郎髙橋一郎やまもとはなこヤマモトｶﾞﾊﾟｷﾞ\u3099ー・ 　TaroＴａｒｏsuzuki12１２가가-.,";
        int checked = 0;
        for (int n = 0; n < 5_000; n++) {
            String text = normalisedText(random, alphabet, 8);
            for (int cut = 1; cut < text.length(); cut++) {
                String first = Names.key(text.substring(0, cut));
                if (!first.isEmpty() && Names.keyStartsWithWord(first, text.charAt(cut)) && !Character.isWhitespace(text.charAt(0))) {
                    checked++;
                    assertThat(Names.key(text)).as("%s cut at %d", text, cut).startsWith(first);
                }
            }
        }
        assertThat(checked).isGreaterThan(5_000);
    }

    @Test
    void everyBeginningOfAKnownKeyMayBeginOne() {
        List<String> names = List.of("山田 太郎", "やまもと はなこ", "髙橋 一郎", "長谷川 健太郎");
        KnownNames some = KnownNames.of(names);
        List<String> beginnings = new ArrayList<>();
        for (String name : names) {
            String key = Names.key(name);
            for (int n = 1; n <= key.length(); n++) {
                beginnings.add(key.substring(0, n));
            }
        }
        assertThat(beginnings).allSatisfy(b -> assertThat(some.mayBeginWith(b)).as(b).isTrue());
        assertThat(some.mayBeginWith("ヤマダ")).isFalse();
        assertThat(some.mayBeginWith("田中")).isFalse();
        assertThat(some.mayBeginWith("長谷川健")).isTrue();
        assertThat(some.mayBeginWith("長谷川健次")).as("only the first four characters are kept").isTrue();
    }

    /**
     * The name recognizer also skips every run from a Latin word whose key holds a word that no known
     * Latin key holds (the word followed by a separator) or begins (followed by another character
     * that starts afresh); sound only if such a run's key, when Latin, holds the word's words or words
     * they begin, and when not, a Latin letter. Random normalised text is cut after a Latin word.
     */
    @Test
    void aRunsKeyHoldsOrBeginsWithItsFirstLatinWordsWords() {
        Random random = new Random(11);
        String alphabet = "TaroＴａｒｏSuzukiÉlodieſĳİ12 ,.\t　-/:<'山田やまカﾞ가・";
        int separated = 0;
        int glued = 0;
        for (int n = 0; n < 20_000; n++) {
            String text = normalisedText(random, alphabet, 10);
            for (int cut = 1; cut < text.length(); cut++) {
                String first = Names.key(text.substring(0, cut));
                char next = text.charAt(cut);
                if (!Names.isLatin(first) || !Names.startsAfresh(next) || Character.isWhitespace(text.charAt(0))) {
                    continue;
                }
                String run = Names.key(text);
                String as = text + " cut at " + cut;
                if (!Names.isLatin(run)) {
                    assertThat(run.chars().anyMatch(c -> c <= Names.LAST_LATIN && Character.isLetter(c))).as(as).isTrue();
                } else if (Names.separatesLatinWords(next)) {
                    separated++;
                    assertThat(List.of(run.split(" "))).as(as).containsAll(List.of(first.split(" ")));
                } else {
                    glued++;
                    for (String w : first.split(" ")) {
                        assertThat(List.of(run.split(" "))).as(as).anySatisfy(r -> assertThat(r).startsWith(w));
                    }
                }
            }
        }
        assertThat(separated).isGreaterThan(2_000);
        assertThat(glued).isGreaterThan(2_000);
    }

    @Test
    void aLatinWordMayBeginAKnownNameOnlyIfEveryOneOfItsWordsIsOrBeginsAWordOfOne() {
        assertThat(known.mayBeginWithLatinWord("suzuki", true)).isTrue();
        assertThat(known.mayBeginWithLatinWord("taro", true)).isTrue();
        assertThat(known.mayBeginWithLatinWord("dear", true)).isFalse();
        assertThat(known.mayBeginWithLatinWord("suzuki dear", true)).isFalse();
        assertThat(known.mayBeginWithLatinWord("suz", true)).as("a whole word, not known").isFalse();
        assertThat(known.mayBeginWithLatinWord("suz", false)).as("the beginning of a word, glued to what follows").isTrue();
        assertThat(known.mayBeginWithLatinWord("postfix", false)).isFalse();
        assertThat(known.mayBeginWithLatinWord("ヤマダ", true)).as("not a Latin word: no answer but yes").isTrue();
        assertThat(KnownNames.of(List.of("山田 John")).mayBeginWithLatinWord("john", true))
                .as("a key that is not Latin holds a Latin letter: a Latin word may begin it").isTrue();
    }

    /** Normalised text of 1 to {@code maxLength} characters drawn from the alphabet. */
    private static String normalisedText(Random random, String alphabet, int maxLength) {
        StringBuilder raw = new StringBuilder();
        for (int i = 1 + random.nextInt(maxLength); i > 0; i--) {
            raw.append(alphabet.charAt(random.nextInt(alphabet.length())));
        }
        return NormalizedText.of(raw.toString()).normalized();
    }
}
