package io.leakscope.core.detect.common;

import static org.assertj.core.api.Assertions.assertThat;

import io.leakscope.core.detect.Candidate;
import io.leakscope.core.model.FindingType;
import io.leakscope.core.testing.RandomTexts;
import io.leakscope.core.text.NormalizedText;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class LabelledFieldRecognizerTest {

    @Test
    void fieldsStartAtLineStartsTabsTwoSpacesAndSlashes() {
        String s = "a:1\tb:2  c:3 / d:4 e\r\nf";
        List<Character> starts = new ArrayList<>();
        for (int i = 0; i < s.length(); i = LabelledFieldRecognizer.nextFieldStart(s, i)) {
            starts.add(s.charAt(i));
        }
        assertThat(starts).containsExactly('a', 'b', 'c', 'd', 'f');
    }

    @Test
    void readsEveryFieldOfALineAndSkipsCellsWithoutALabel() {
        String text = "所属：営業部  等級\tG3 / Employee ID: E1042\n2024-05-01\t12,000\t所属：総務部\n";
        List<Candidate> found = new LabelledFieldRecognizer().analyze(NormalizedText.of(text));
        assertThat(found).extracting(c -> c.type() + "=" + c.value())
                .contains(FindingType.DEPARTMENT + "=営業部", FindingType.DEPARTMENT + "=総務部",
                        FindingType.EMPLOYEE_ID + "=E1042");
    }

    @Test
    void aFieldNeedsAShortLabelBeforeAColonOrTab() {
        assertThat(FieldShape.mayStartField("所属：営業部", 0)).as("NFKC'd colon").isFalse();
        assertThat(FieldShape.mayStartField("所属:営業部", 0)).isTrue();
        assertThat(FieldShape.mayStartField("等級  \tG3", 0)).isTrue();
        assertThat(FieldShape.mayStartField("氏名\n\t山田", 0)).as("value on the next line after a tab").isTrue();
        assertThat(FieldShape.mayStartField("氏名\n山田: x", 0)).isFalse();
        assertThat(FieldShape.mayStartField("a label much longer than eighteen: x", 0)).isFalse();
        assertThat(FieldShape.mayStartField(":x", 0)).isFalse();
    }

    @Test
    void aCareerHeadingTakesTheNextLineWhateverTheLineEnds() {
        for (String end : List.of("\n", "\r\n", " :\n")) {
            String text = "学歴・職歴" + end + "2010年4月 サンプル大学 入学\n";
            assertThat(new LabelledFieldRecognizer().analyze(NormalizedText.of(text))).as(end)
                    .extracting(c -> c.type() + "=" + c.value()).containsExactly(FindingType.CAREER_HISTORY + "=2010年4月 サンプル大学 入学");
        }
    }

    @Test
    void aTableCellIsReadByHandWhateverWhitespaceSurroundsItsTab() {
        // {label end, field end}: the separator is the cell's tab, wherever it stands in the whitespace after the label
        assertThat(FieldShape.commonField("氏名\t山田", 0)).containsExactly(2, 5);
        assertThat(FieldShape.commonField("氏名 \t 山田\tx", 0)).containsExactly(2, 7);
        assertThat(FieldShape.commonField("氏名\n\t山田", 0)).containsExactly(2, 6);
        assertThat(FieldShape.commonField("氏名\n 山田", 0)).isNull(); // a line end with no separator after it
    }

    @Test
    void theCommonShapeReadByHandEndsWhereThePatternDoes() {
        String alphabet = "a所 \t:\n/\r\u3000b";
        java.util.Random random = new java.util.Random(42);
        int compared = 0;
        for (int n = 0; n < 20_000; n++) {
            String s = RandomTexts.ofChars(random, alphabet, 30);
            java.util.regex.Matcher m = LabelledFieldRecognizer.FIELD.matcher(s);
            for (int start = 0; start < s.length(); start = LabelledFieldRecognizer.nextFieldStart(s, start)) {
                int[] common = FieldShape.commonField(s, start);
                if (common == null || !FieldShape.mayStartField(s, start)) {
                    continue;
                }
                compared++;
                assertThat(m.region(start, s.length()).lookingAt()).as("[%s] from %d", s, start).isTrue();
                assertThat(common).as("[%s] from %d", s, start).containsExactly(m.end("label"), m.end());
                assertThat(FieldShape.commonField(s, start, FieldShape.labelStop(s, start))).as("from the label's stop: [%s] from %d", s, start)
                        .containsExactly(common);
            }
        }
        assertThat(compared).isGreaterThan(5_000);
    }

    @Test
    void findsWhatThePatternFindsTriedAtEveryFieldStart() {
        String[] pieces = {"氏名", "電話", "所属", "Employee ID", "売上", "12,000", "山田 太郎", "03-1234-5678", "営業部", "E1042",
            "G3", ":", ":", "\t", "\t", "  ", " / ", "\n", "\r\n", " ", " ", "\u3000", "a", "社員番号", "Taxpayer ID"};
        java.util.Random random = new java.util.Random(7);
        LabelledFieldRecognizer recognizer = new LabelledFieldRecognizer();
        int found = 0;
        for (int n = 0; n < 10_000; n++) {
            NormalizedText text = NormalizedText.of(RandomTexts.of(random, pieces, 40));
            List<Candidate> byPattern = byPatternAlone(text.normalized());
            found += byPattern.size();
            assertThat(recognizer.analyze(text)).as(text.normalized()).isEqualTo(byPattern);
        }
        assertThat(found).isGreaterThan(1_500);
    }

    /**
     * The fields as the pattern alone reads them, from every place a field may start, without the shapes read by hand: a
     * value ends where the next known label and its colon start, and its span leaves out the spaces before.
     */
    private static List<Candidate> byPatternAlone(String s) {
        List<Candidate> out = new ArrayList<>();
        java.util.regex.Matcher m = LabelledFieldRecognizer.FIELD.matcher(s);
        int end = 0;
        int next = -1;
        for (int start = 0; start < s.length(); start = next >= 0 ? next : LabelledFieldRecognizer.nextFieldStart(s, start)) {
            next = -1;
            if (start < end || !m.region(start, s.length()).lookingAt()) {
                continue;
            }
            end = m.end();
            int cut = LabelledFieldRecognizer.nextLabelIn(s, m.end("label"), m.end("value"));
            if (cut >= 0) {
                next = cut;
                end = cut;
                if (!m.region(start, cut).lookingAt()) {
                    continue;
                }
            }
            String value = m.group("value").replaceAll(" +$", "");
            int valueStart = m.start("value");
            LabelledFieldRecognizer.typeOf(m.group("label")).ifPresent(type -> FieldValues.accept(type, value)
                    .ifPresent(v -> out.add(new Candidate(type, valueStart, valueStart + value.length(), v, LabelledFieldRecognizer.SCORE))));
        }
        return out;
    }

    @Test
    void fieldsSharingALineEndWhereTheNextLabelStarts() {
        NormalizedText text = NormalizedText.of("所属：開発本部 計算機開発部 第一課\u3000社員番号：953111\u3000氏名：青木\u3000裕子\n"
                + "提出日：2024年4月1日 社員番号：E77 Taxpayer ID: 123-45-6789 Position: Engineer\n");
        List<Candidate> found = new LabelledFieldRecognizer().analyze(text);
        assertThat(found).extracting(c -> c.type() + "=" + c.value()).containsExactly("DEPARTMENT=開発本部 計算機開発部 第一課",
                "EMPLOYEE_ID=953111", "PERSON_NAME=青木 裕子", "EMPLOYEE_ID=E77", "TAXPAYER_ID=123456789", "JOB_TITLE=Engineer");
        assertThat(found.get(0).end()).as("the value's span leaves the space before the next label out")
                .isEqualTo(text.normalized().indexOf(" 社員番号"));
    }

    @Test
    void labelsAboutRelativesAreKnownInAnyScriptAndWidth() {
        for (String label : List.of("緊急連絡先", "本人との続柄", "家族構成", "配偶者氏名", "Emergency contact", "ＦＡＭＩＬＹ ＭＥＭＢＥＲ", "next of kin")) {
            assertThat(FieldLabels.aboutRelative(label)).as(label).isTrue();
        }
        for (String cell : List.of("2024-01-05", "担当者", "営業部 第二課", "連絡先", "A-1234", "金額", "family")) { // "family" alone: a family name's key too
            assertThat(FieldLabels.aboutRelative(cell)).as(cell).isFalse();
        }
    }
}
