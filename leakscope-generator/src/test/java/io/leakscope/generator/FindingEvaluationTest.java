package io.leakscope.generator;

import static org.assertj.core.api.Assertions.assertThat;

import io.leakscope.core.model.FindingType;
import io.leakscope.generator.FindingEvaluation.Found;
import java.util.List;
import org.junit.jupiter.api.Test;

class FindingEvaluationTest {
    private static final String DOC = "人事部/名簿.csv";

    private static TruthFinding written(FindingType type, String value) {
        return new TruthFinding(DOC, type, value, false);
    }

    private static Found reported(FindingType type, String value) {
        return new Found(DOC, type, value, "R1C1");
    }

    @Test
    void countsMatchesMissesAndSpuriousReportsPerType() {
        var e = FindingEvaluation.of(
                List.of(written(FindingType.PHONE, "090-1234-5678"), written(FindingType.PHONE, "03-3210-1111"),
                        written(FindingType.US_SSN, "123-45-6789")),
                List.of(reported(FindingType.PHONE, "+819012345678"), reported(FindingType.PHONE, "+81120444444"),
                        reported(FindingType.TAXPAYER_ID, "123456789")));
        assertThat(e.counts().get(FindingType.PHONE)).containsExactly(1, 1, 1);
        assertThat(e.counts().get(FindingType.US_SSN)).as("reported under another type: missed").containsExactly(0, 0, 1);
        assertThat(e.counts().get(FindingType.TAXPAYER_ID)).containsExactly(0, 1, 0);
        assertThat(e.precision(FindingType.PHONE)).isEqualTo(0.5);
        assertThat(e.spurious()).allMatch(s -> !s.contains("0120") && !s.contains("123456789")).as("no values printed");
    }

    @Test
    void eachWrittenValueIsMatchedOnceAndRepeatsOfAMatchedValueAreNotSpurious() {
        var e = FindingEvaluation.of(
                List.of(written(FindingType.DEPARTMENT, "営業部"), written(FindingType.DEPARTMENT, "営業部"),
                        written(FindingType.COMPANY_NAME, "山田商事株式会社")),
                List.of(reported(FindingType.DEPARTMENT, "営業部"), reported(FindingType.COMPANY_NAME, "山田商事株式会社"),
                        reported(FindingType.COMPANY_NAME, "山田商事株式会社")));
        assertThat(e.counts().get(FindingType.DEPARTMENT)).containsExactly(1, 0, 1);
        assertThat(e.counts().get(FindingType.COMPANY_NAME)).containsExactly(1, 0, 0);
    }

    @Test
    void optionalValuesAreNeitherMissedNorSpurious() {
        var e = FindingEvaluation.of(
                List.of(written(FindingType.PERSON_NAME, "山田 太郎"), new TruthFinding(DOC, FindingType.PERSON_NAME, "佐藤", true),
                        new TruthFinding(DOC, FindingType.DEPARTMENT, "営業部", true)),
                List.of(reported(FindingType.PERSON_NAME, "山田太郎"), reported(FindingType.PERSON_NAME, "佐藤")));
        assertThat(e.counts().get(FindingType.PERSON_NAME)).containsExactly(1, 0, 0);
        assertThat(e.counts().get(FindingType.DEPARTMENT)).containsExactly(0, 0, 0);
    }

    @Test
    void addressesMatchWhenMostOfTheWrittenAddressWasReported() {
        String written = "〒150-0001 東京都渋谷区神宮前1-2-3 山田ビル5F";
        var whole = FindingEvaluation.of(List.of(written(FindingType.POSTAL_ADDRESS, written)),
                List.of(reported(FindingType.POSTAL_ADDRESS, "150-0001 東京都渋谷区神宮前1-2-3")));
        assertThat(whole.counts().get(FindingType.POSTAL_ADDRESS)).containsExactly(1, 0, 0);
        var fragment = FindingEvaluation.of(List.of(written(FindingType.POSTAL_ADDRESS, written)),
                List.of(reported(FindingType.POSTAL_ADDRESS, "東京都渋谷区")));
        assertThat(fragment.counts().get(FindingType.POSTAL_ADDRESS)).containsExactly(0, 1, 1);
    }

    @Test
    void otherDocumentsDoNotCount() {
        var e = FindingEvaluation.of(List.of(written(FindingType.EMAIL, "a@example.com")),
                List.of(new Found("other.csv", FindingType.EMAIL, "a@example.com", "R1C1")));
        assertThat(e.counts().get(FindingType.EMAIL)).containsExactly(0, 1, 1);
    }
}
