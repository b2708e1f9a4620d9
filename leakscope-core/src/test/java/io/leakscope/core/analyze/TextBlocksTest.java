package io.leakscope.core.analyze;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class TextBlocksTest {
    /** The definition of a block break the line-by-line reading must keep, for texts without quoting. */
    private static final Pattern BLOCK_BREAK = Pattern.compile(
            "\\n[ \\t\\u3000]*\\n|\\n(?=[ \\u3000]*(?:From|To|Cc|CC|Bcc|BCC|Sent|Date|Subject|差出人|送信者|送信日時|日付|宛先|件名)[:：])");

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
            "Sent：", "件名:", "From", "To ", ":", "Fro", "\r", "Subject"};
        Random random = new Random(17);
        for (int i = 0; i < 20_000; i++) {
            StringBuilder text = new StringBuilder();
            for (int n = random.nextInt(30); n > 0; n--) {
                text.append(pieces[random.nextInt(pieces.length)]);
            }
            String t = text.toString();
            assertThat(TextBlocks.of(t)).as("%s", t.replace("\n", "\\n")).usingElementComparator(
                    (a, b) -> a[0] == b[0] && a[1] == b[1] ? 0 : 1).containsExactlyElementsOf(blocksByPattern(t));
        }
    }

    @Test
    void aBlankLineAndAMailHeaderOpenBlocks() {
        assertThat(TextBlocks.of("山田 太郎\n \n佐藤 花子\nFrom: a@example.jp\nTo: b@example.jp"))
                .extracting(b -> b[0] + "-" + b[1]).containsExactly("0-6", "6-14", "14-33", "33-50");
    }

    private static List<String> blockTexts(String text) {
        return TextBlocks.of(text).stream().map(b -> text.substring(b[0], Math.min(text.length(), b[1])).strip()).toList();
    }

    @Test
    void anOutlookQuoteInEitherLanguageOpensABlockPerHeaderLine() {
        String english = "Thanks, see below.\nAnn Lee\n-----Original Message-----\nFrom: 山田 太郎 <s1@example.jp>\n"
                + "Sent: Monday, September 2, 2024 10:15 AM\nTo: Ann Lee <ann@example.sg>\nCc: 佐藤 花子 <s2@example.jp>\nSubject: Quote\n";
        assertThat(blockTexts(english)).containsExactly("Thanks, see below.\nAnn Lee", "-----Original Message-----",
                "From: 山田 太郎 <s1@example.jp>", "Sent: Monday, September 2, 2024 10:15 AM", "To: Ann Lee <ann@example.sg>",
                "Cc: 佐藤 花子 <s2@example.jp>", "Subject: Quote");
        String japanese = "鈴木\n-----元のメッセージ-----\n差出人: 鈴木 一郎 <i.suzuki@p.co.jp>\n送信日時: 2024年9月2日 10:15\n宛先: 山田 太郎 <s1@example.jp>\n件名: 見積\n";
        assertThat(blockTexts(japanese)).containsExactly("鈴木", "-----元のメッセージ-----", "差出人: 鈴木 一郎 <i.suzuki@p.co.jp>",
                "送信日時: 2024年9月2日 10:15", "宛先: 山田 太郎 <s1@example.jp>", "件名: 見積");
    }

    @Test
    void aQuotedReplyIsABlockOfItsOwnAfterItsIntroduction() {
        String gmail = "承知しました。\n鈴木 一郎\n2024年9月2日(月) 10:15 山田太郎 <s1@example.jp>:\n> 鈴木様\n> 山田太郎\n>> older\n";
        assertThat(blockTexts(gmail)).containsExactly("承知しました。\n鈴木 一郎", "2024年9月2日(月) 10:15 山田太郎 <s1@example.jp>:",
                "> 鈴木様\n> 山田太郎", ">> older", "");
        String english = "Fine.\nOn Mon, Sep 2, 2024 at 10:15 AM Taro Yamada <s1@example.jp> wrote:\n> Hi\n";
        assertThat(blockTexts(english)).containsExactly("Fine.", "On Mon, Sep 2, 2024 at 10:15 AM Taro Yamada <s1@example.jp> wrote:", "> Hi", "");
        assertThat(blockTexts("> From: A <a@x.jp>\n> To: B <b@x.jp>\n")).containsExactly("> From: A <a@x.jp>", "> To: B <b@x.jp>", "");
    }

    @Test
    void aLineEndingInAColonIsNotAQuoteIntroductionWithoutItsShape() {
        assertThat(blockTexts("議題:\n品質目標\n出席者:\n山田")).containsExactly("議題:\n品質目標\n出席者:\n山田");
    }

    @Test
    void logsAreTextsWhoseLinesCarryTimeStamps() {
        String postfix = """
                Sep 15 10:15:01 mx01 postfix/smtpd[2001]: 4F1A22C0A3: client=mail.example.net[203.0.113.10]
                Sep 15 10:15:01 mx01 postfix/cleanup[3001]: 4F1A22C0A3: message-id=<20240915000001.4F1A22C0A3@mx01.example.jp>
                Sep 15 10:15:01 mx01 postfix/qmgr[1187]: 4F1A22C0A3: from=<a@example.jp>, size=2000, nrcpt=1 (queue active)
                Sep 15 10:15:02 mx01 postfix/smtp[4001]: 4F1A22C0A3: to=<b@example.net>, relay=example.net[198.51.100.7]:25, status=sent
                Sep  5 10:15:02 mx01 postfix/qmgr[1187]: 4F1A22C0A3: removed
                """;
        assertThat(LogText.isLog(postfix)).isTrue();
        String exchange = "#Software: Microsoft Exchange Server\n#Fields: date-time,client-ip\n"
                + "2024-09-15T01:03:12.345Z,10.1.0.25\n".repeat(5);
        assertThat(LogText.isLog(exchange)).isTrue();
        assertThat(LogText.isLog("議事録\n2024-09-15 10:00 開始\n出席者：山田\n議題：品質\n決定事項：なし\n以上\n")).isFalse();
        assertThat(LogText.isLog("2024-09-15T01:03:12Z one line\n")).as("too short to tell").isFalse();
    }
}
