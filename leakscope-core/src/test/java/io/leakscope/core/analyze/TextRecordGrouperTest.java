package io.leakscope.core.analyze;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class TextRecordGrouperTest {
    /** The definition of a block break the line-by-line reading must keep. */
    private static final Pattern BLOCK_BREAK = Pattern.compile("\\n[ \\t\\u3000]*\\n|\\n(?=(?:From|To|Cc|Bcc|差出人|宛先):)");

    private static List<int[]> blocksByPattern(String text) {
        List<int[]> blocks = new ArrayList<>();
        Matcher m = BLOCK_BREAK.matcher(text);
        int start = 0;
        while (m.find()) {
            blocks.add(new int[] {start, m.start() + 1});
            start = m.start() + 1;
        }
        blocks.add(new int[] {start, text.length() + 1});
        return blocks;
    }

    @Test
    void blocksAreThoseOfThePatternOnRandomTexts() {
        String[] pieces = {"\n", "\n", "\n", " ", "\t", "\u3000", "a", "山田", "From:", "To:", "Cc:", "Bcc:", "差出人:", "宛先:",
            "From", "To ", ":", "Fro", "\r"};
        Random random = new Random(17);
        for (int i = 0; i < 20_000; i++) {
            StringBuilder text = new StringBuilder();
            for (int n = random.nextInt(30); n > 0; n--) {
                text.append(pieces[random.nextInt(pieces.length)]);
            }
            String t = text.toString();
            assertThat(TextRecordGrouper.blocks(t)).as("%s", t.replace("\n", "\\n")).usingElementComparator(
                    (a, b) -> a[0] == b[0] && a[1] == b[1] ? 0 : 1).containsExactlyElementsOf(blocksByPattern(t));
        }
    }

    @Test
    void aBlankLineAndAMailHeaderOpenBlocks() {
        assertThat(TextRecordGrouper.blocks("山田 太郎\n \n佐藤 花子\nFrom: a@example.jp\nTo: b@example.jp"))
                .extracting(b -> b[0] + "-" + b[1]).containsExactly("0-6", "6-14", "14-33", "33-50");
    }
}
