package io.leakscope.core.detect.jp;

import static org.assertj.core.api.Assertions.assertThat;

import io.leakscope.core.detect.jp.SegmentTokenizer.SegmentTokens;
import org.junit.jupiter.api.Test;

class SegmentMemoryTest {
    private static SegmentTokens tokens(String pos) {
        return new SegmentTokens(new int[] {0, 1}, new String[] {pos});
    }

    @Test
    void findsASegmentByItsPlaceInAnyText() {
        SegmentMemory memory = new SegmentMemory();
        SegmentTokens yamada = tokens("名詞-固有名詞-人名-姓");
        memory.put("様 山田 様".toCharArray(), 2, 4, 0, yamada);
        assertThat(memory.get("担当 山田 です".toCharArray(), 3, 5, 0)).isSameAs(yamada);
        assertThat(memory.get("担当 山口 です".toCharArray(), 3, 5, 0)).isNull();
        assertThat(memory.get("担当 山田太郎".toCharArray(), 3, 5, 0)).as("a prefix of a longer segment is looked up by its bounds").isSameAs(yamada);
    }

    @Test
    void theSameCharactersAtAnEdgeOfTheTextAreAnotherSegment() {
        SegmentMemory memory = new SegmentMemory();
        SegmentTokens inside = tokens("inside");
        memory.put("x 山田 x".toCharArray(), 2, 4, 0, inside);
        assertThat(memory.get("山田 x".toCharArray(), 0, 2, 1)).isNull();
        assertThat(memory.get("x 山田".toCharArray(), 2, 4, 2)).isNull();
        SegmentTokens opening = tokens("opening");
        memory.put("山田 x".toCharArray(), 0, 2, 1, opening);
        assertThat(memory.get("山田".toCharArray(), 0, 2, 1)).isSameAs(opening);
        assertThat(memory.get("x 山田 x".toCharArray(), 2, 4, 0)).isSameAs(inside);
    }

    @Test
    void segmentsWithTheSameHashStayApart() {
        assertThat("Aa".hashCode()).isEqualTo("BB".hashCode());
        SegmentMemory memory = new SegmentMemory();
        SegmentTokens aa = tokens("Aa");
        SegmentTokens bb = tokens("BB");
        memory.put("Aa".toCharArray(), 0, 2, 0, aa);
        memory.put("BB".toCharArray(), 0, 2, 0, bb);
        assertThat(memory.get("Aa".toCharArray(), 0, 2, 0)).isSameAs(aa);
        assertThat(memory.get("BB".toCharArray(), 0, 2, 0)).isSameAs(bb);
        assertThat(memory.get("AaBB".toCharArray(), 2, 4, 0)).isSameAs(bb);
    }

    @Test
    void keepsTwoGenerationsAndMovesWhatIsUsedToTheNewer() {
        SegmentMemory memory = new SegmentMemory();
        SegmentTokens kept = tokens("kept");
        SegmentTokens dropped = tokens("dropped");
        memory.put("kept".toCharArray(), 0, 4, 0, kept);
        memory.put("dropped".toCharArray(), 0, 7, 0, dropped);
        fill(memory, "a", 100_000); // the first generation is full at a99997: a99998 starts the second
        assertThat(memory.get("kept".toCharArray(), 0, 4, 0)).as("found in the older generation, moved to the newer").isSameAs(kept);
        fill(memory, "b", 100_000); // the second is full: the first is forgotten
        assertThat(memory.get("kept".toCharArray(), 0, 4, 0)).isSameAs(kept);
        assertThat(memory.get("dropped".toCharArray(), 0, 7, 0)).isNull();
        assertThat(memory.get("a0".toCharArray(), 0, 2, 0)).as("the first generation's segments are forgotten").isNull();
        assertThat(memory.get("a99999".toCharArray(), 0, 6, 0)).as("put after the first generation was full").isNotNull();
    }

    private static void fill(SegmentMemory memory, String prefix, int count) {
        for (int i = 0; i < count; i++) {
            String key = prefix + i;
            memory.put(key.toCharArray(), 0, key.length(), 0, tokens(key));
        }
    }
}
