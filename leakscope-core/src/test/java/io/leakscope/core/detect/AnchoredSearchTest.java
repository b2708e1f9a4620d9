package io.leakscope.core.detect;

import static org.assertj.core.api.Assertions.assertThat;

import io.leakscope.core.detect.jp.JapanesePhoneRecognizer;
import io.leakscope.core.testing.RandomTexts;
import io.leakscope.core.text.NormalizedText;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The speed-ups of detection must find exactly what the plain search finds. */
class AnchoredSearchTest {
    private static final String TEXT = "取引先：山田商事株式会社 営業部\n見積番号 P-012345\t数量 12\n株式会社エグザンプル\n"
            + "連絡先 ABC Trading Co., Ltd. 東京都千代田区丸の内1-2-3\n" + "売上 ".repeat(200) + "\n(株)鈴木工業 担当\n";

    @Test
    void regionsCoverEveryAnchorWithItsReachAndMergeOverlaps() {
        List<int[]> r = Anchors.regions("aaXaaaaaaaaaaXaa", List.of("X"), 3);
        assertThat(r).hasSize(2);
        assertThat(r.get(0)).containsExactly(0, 6);
        assertThat(r.get(1)).containsExactly(10, 16);
        assertThat(Anchors.regions("aXaXa", List.of("X"), 3)).singleElement().satisfies(x -> assertThat(x).containsExactly(0, 5));
        assertThat(Anchors.regions("none here", List.of("X"), 3)).isEmpty();
    }

    @Test
    void anAnchoredPatternFindsWhatTheWholeTextSearchFinds() {
        String form = "[\\p{IsHan}\\p{IsKatakana}A-Za-z0-9ー・&]{1,20}(?:株式会社|\\(株\\))";
        NamedPattern plain = NamedPattern.of("form-last", form, 0.8);
        NamedPattern anchored = plain.near("株式会社", "(株)");
        String normalized = NormalizedText.of(TEXT).normalized();
        assertThat(matches(anchored, normalized)).isEqualTo(matches(plain, normalized)).isNotEmpty();
    }

    private static List<String> matches(NamedPattern p, String s) {
        return matches(List.of(p), s);
    }

    private static List<String> matches(List<NamedPattern> p, String s) {
        PatternRecognizer r = new PatternRecognizer("test", io.leakscope.core.model.FindingType.COMPANY_NAME, p, ContextWords.NONE) {
            @Override
            protected Validity validate(String candidate) {
                return Validity.UNKNOWN;
            }
        };
        return r.analyze(NormalizedText.of(s)).stream().map(c -> c.start() + ":" + c.value()).toList();
    }

    @Test
    void phonesAreReadFromWholeRunsOfDigits() {
        JapanesePhoneRecognizer phones = new JapanesePhoneRecognizer();
        String text = "緊急連絡先:小原 花音(母) 090-5889-7708\nTEL: 03-5699-5935\n口座 ST 6269 0605 8343 53 (SWIFT)\n金額 1234567890\n";
        assertThat(phones.analyze(NormalizedText.of(text))).extracting(Candidate::value).containsExactly("+819058897708", "+81356995935");
    }

    @Test
    void digitRunsJoinGroupsWrittenWithSingleSpacesOrHyphens() {
        NormalizedText t = NormalizedText.of("カード 4111 1111 1111 1111、SSN 123-45-6789。年 2024  05 x12、1234567。123456");
        assertThat(t.digitRuns()).as("runs of fewer than seven digits are not kept")
                .extracting(r -> t.normalized().substring(r[0], r[1]) + "/" + r[2] + "/" + r[3])
                .containsExactly("4111 1111 1111 1111/16/4", "123-45-6789/9/4", "1234567/7/7");
    }

    @Test
    void aPatternOfDigitsInARowRunsOnlyWhereARunHoldsThem() {
        String id = "(?<![A-Za-z0-9])[STFGstfg]\\d{7}[A-Za-z](?![A-Za-z0-9])";
        NamedPattern plain = NamedPattern.of("nric", id, 0.2);
        String text = "S1234567D 2024-01-05 S12-34567D T0000001Z 1234 567X\n";
        assertThat(matches(plain.aroundDigitBlock(7), text)).isEqualTo(matches(plain, text)).hasSize(2);
    }

    @Test
    void aDigitBasedPatternFindsAroundRunsWhatItFindsInTheWholeText() {
        String id = "(?<![A-Za-z0-9])[STFGstfg]\\d{7}[A-Za-z](?![A-Za-z0-9])";
        NamedPattern plain = NamedPattern.of("nric", id, 0.2);
        String text = "NRIC: S1234567D、FIN G7654321X。品番 S123456D ABS1234567D " + "本文".repeat(100) + " T0000001Z\n";
        assertThat(matches(plain.aroundDigits(7), text)).isEqualTo(matches(plain, text)).hasSize(3);
    }

    @Test
    void aPatternWhoseDigitsFollowALetterFindsAroundSuchRunsWhatItFindsInTheWholeText() {
        NamedPattern nric = NamedPattern.of("nric", "(?<![A-Za-z0-9])[STFGstfg]\\d{7}[A-Za-z](?![A-Za-z0-9])", 0.2);
        NamedPattern card = NamedPattern.of("residence-card", "(?<![A-Za-z0-9])[A-Z]{2}\\d{8}[A-Z]{2}(?![A-Za-z0-9])", 0.6);
        String[] pieces = {"S", "T", "G", "AB", "CD", "x", "D", "Z", "1234567", "12345678", "7654321", "1", "0", "-", " ", "  ", "、",
            "山田", "\n", "(", "S1234567D", "AB12345678CD", "売上 1234567 円"};
        int found = sameMatchesOnRandomTexts(nric, nric.aroundDigitBlock(7).afterLetter(), pieces, 16, 11)
                + sameMatchesOnRandomTexts(card, card.aroundDigitBlock(8).afterLetter(), pieces, 16, 12);
        assertThat(found).as("the random texts hold matches").isGreaterThan(500);
    }

    @Test
    void aHyphenatedPatternFindsAroundHyphenJoinedRunsWhatItFindsInTheWholeText() {
        NamedPattern ssn = NamedPattern.of("dashed", "(?<![\\d-])\\d{3}-\\d{2}-\\d{4}(?![\\d-])", 0.4);
        String[] pieces = {"123", "45", "6789", "123456789", "-", " ", "--", "078-05-1120", "0120-123-456", "4901234567890",
            "SSN ", "電話", "\n", "\t", "1"};
        int found = sameMatchesOnRandomTexts(ssn, ssn.aroundDigits(9).hyphenated(3, 2, 4), pieces, 14, 13);
        assertThat(found).as("the random texts hold matches").isGreaterThan(300);
    }

    @Test
    void theTwoPensionPatternsFindWhatTheOnePatternFinds() {
        NamedPattern either = NamedPattern.of("4-6", "(?<![\\d-])\\d{4}-?\\d{6}(?![\\d-])", 0.2);
        List<NamedPattern> narrowed = new io.leakscope.core.detect.jp.PensionNumberRecognizer().patterns();
        String[] pieces = {"1234", "567890", "1234567890", "-", " ", "--", "0120-123-456", "4901234567890", "12345678901",
            "年金", "\n", "\t", "1", "a"};
        java.util.Random random = new java.util.Random(15);
        int found = 0;
        for (int i = 0; i < 5_000; i++) {
            String t = RandomTexts.of(random, pieces, 14);
            List<String> plain = matches(List.of(either), t);
            assertThat(matches(narrowed, t)).as(t).containsExactlyInAnyOrderElementsOf(plain);
            found += plain.size();
        }
        assertThat(found).as("the random texts hold matches").isGreaterThan(300);
    }

    @Test
    void aPatternOnlyInTextsWithItsLiteralFindsWhatItFindsInEveryText() {
        NamedPattern symbol = NamedPattern.of("symbol-number",
                "記号\\s*:?\\s*([0-9A-Za-z-]+)\\s*[・,、/]?\\s*番号\\s*:?\\s*(\\d+)(?:\\s*[・,、/]?\\s*枝番\\s*:?\\s*(\\d{2}))?", 0.4);
        String[] pieces = {"記号", "記号 1234", "記号:AB-12", " 番号 56", "・番号:5678", "番号", " 枝番 01", "1234", " ", " ".repeat(70),
            "\n", "保険証", "口座", ":"};
        int found = sameMatchesOnRandomTexts(symbol, symbol.onlyWith("記号"), pieces, 12, 14);
        assertThat(found).as("the random texts hold matches, some far from their 記号").isGreaterThan(300);
    }

    /**
     * Checks on 5,000 texts of up to {@code most} random pieces that the narrowed pattern finds what the
     * whole-text search finds; the number of matches, so that a test can ask for enough of them.
     */
    private static int sameMatchesOnRandomTexts(NamedPattern whole, NamedPattern narrowed, String[] pieces, int most, long seed) {
        java.util.Random random = new java.util.Random(seed);
        int found = 0;
        for (int i = 0; i < 5_000; i++) {
            StringBuilder text = new StringBuilder();
            for (int n = random.nextInt(most); n > 0; n--) {
                text.append(pieces[random.nextInt(pieces.length)]);
            }
            String t = text.toString();
            List<String> plain = matches(whole, t);
            assertThat(matches(narrowed, t)).as(t).isEqualTo(plain);
            found += plain.size();
        }
        return found;
    }

    @Test
    void capitalRunsAndTheLowerCaseViewKeepOffsets() {
        NormalizedText t = NormalizedText.of("IBAN GB82 WEST 1234、DOB：Ab");
        assertThat(t.capitalRuns()).extracting(r -> t.normalized().substring(r[0], r[1]) + "/" + r[2])
                .as("a lone capital is not kept").containsExactly("IBAN/4", "GB/2", "WEST/4", "DOB/3");
        assertThat(t.lowerCase()).isEqualTo("iban gb82 west 1234、dob:ab").hasSameSizeAs(t.normalized());
    }

    @Test
    void aPatternFromCapitalsFindsWhatItFindsInTheWholeText() {
        String iban = "(?<![A-Za-z0-9])[A-Z]{2}\\d{2}(?: ?[A-Z0-9]{4}){2,7}(?: ?[A-Z0-9]{1,4})?(?![A-Za-z0-9])";
        NamedPattern plain = NamedPattern.of("iban", iban, 0.6);
        String text = "振込先 GB82 WEST 1234 5698 7654 32、DE89370400440532013000 / MT84 MALT 0110 0001 2345 MTLC AST0 01S "
                + "本文".repeat(100) + " XGB82WEST12345698765432 NL91ABNA0417164300\n";
        assertThat(matches(plain.fromCapitals(2, 42), text)).isEqualTo(matches(plain, text)).hasSize(4);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> plain.fromCapitals(1, 42))
                .as("lone capitals are not kept as runs").isInstanceOf(IllegalArgumentException.class);
    }
}
