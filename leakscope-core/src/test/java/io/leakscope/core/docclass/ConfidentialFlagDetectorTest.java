package io.leakscope.core.docclass;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class ConfidentialFlagDetectorTest {
    private final ConfidentialFlagDetector detector = new ConfidentialFlagDetector();

    @Test
    void secretsAreFlaggedWithoutTheirValues() {
        String text = "[db]\nurl=jdbc:postgresql://app:S3cret!@db01.corp.local:5432/sales\npassword = Tr0ub4dor&3\n"
                + "aws_key AKIAIOSFODNN7EXAMPLE\n-----BEGIN RSA PRIVATE KEY-----\nMIIE\n";
        List<ConfidentialFlag> flags = detector.detect(text);
        assertThat(flags).allMatch(f -> f.kind() == FlagKind.CREDENTIAL);
        assertThat(flags).extracting(ConfidentialFlag::evidence)
                .contains("password: ****", "jdbc:postgresql://****", "AKIA: ****", "-----BEGIN RSA PRIVATE KEY-----")
                .noneMatch(e -> e.contains("Tr0ub4dor") || e.contains("S3cret") || e.contains("IOSFODNN"));
        assertThat(flags).filteredOn(f -> f.evidence().startsWith("password")).singleElement().extracting(ConfidentialFlag::line).isEqualTo(3);
    }

    @Test
    void insiderTradeSecretAndLegalWordsWithTheirContextDigitsMasked() {
        List<ConfidentialFlag> flags = detector.detect("2025年3月期 決算短信（案）\n製造原価の内訳\n顧問弁護士への相談メモ");
        assertThat(flags).extracting(ConfidentialFlag::kind)
                .containsExactly(FlagKind.INSIDER_CANDIDATE, FlagKind.TRADE_SECRET, FlagKind.LEGAL_PRIVILEGE);
        assertThat(flags.get(0).evidence()).isEqualTo("****年*月期 決算短信(案)");
    }

    @Test
    void everyPatternIsReachedThroughItsAnchorsWhateverTheCase() {
        List<String> credentials = List.of("PASSWORD=abcd1234", "Client-Secret: xyz9876", "ACCESS_TOKEN=tok12345", "Pwd: qwerty12",
                "-----BEGIN PRIVATE KEY-----", "MongoDB+srv://u:p@h", "Redis://cache:6379", "AKIAABCDEFGHIJKLMNOP", "FILE01.CORP.LOCAL");
        credentials.forEach(t -> assertThat(detector.detect(t)).as(t).singleElement()
                .extracting(ConfidentialFlag::kind).isEqualTo(FlagKind.CREDENTIAL));
        assertThat(detector.detect("Material Non-Public Information")).extracting(ConfidentialFlag::kind).containsExactly(FlagKind.INSIDER_CANDIDATE);
        assertThat(detector.detect("SOURCE CODE listing")).extracting(ConfidentialFlag::kind).containsExactly(FlagKind.TRADE_SECRET);
        assertThat(detector.detect("Attorney-Client Privileged")).extracting(ConfidentialFlag::kind)
                .containsExactly(FlagKind.LEGAL_PRIVILEGE, FlagKind.LEGAL_PRIVILEGE);
    }

    @Test
    void namesAroundTheWordsAreMaskedInTheEvidence() {
        List<ConfidentialFlag> flags = detector.detect("山田弁護士に相談した件\n訴訟は佐藤花子さんが担当");
        assertThat(flags).extracting(ConfidentialFlag::evidence).containsExactly("**弁護士に相談した件", "訴訟は****さんが担当");
        assertThat(detector.detect("per John Smith, litigation risk")).extracting(ConfidentialFlag::evidence)
                .containsExactly("**** *****, litigation risk");
        assertThat(detector.detect("Material Non-Public Information")).extracting(ConfidentialFlag::evidence)
                .containsExactly("Material Non-Public Information");
    }

    @Test
    void evidenceDoesNotStartOrEndInTheMiddleOfAWord() {
        assertThat(detector.detect("cache: redis://cache01.intra:6379")).extracting(ConfidentialFlag::evidence)
                .containsExactly("redis://****", ": redis://cache**.intra:****");
    }

    @Test
    void manualsThatOnlyMentionAPasswordAreNotFlagged() {
        assertThat(detector.detect("パスワードを変更するには設定画面を開きます。\nPassword must be 12 characters.")).isEmpty();
    }

    @Test
    void eachSortOfEvidenceIsFlaggedAtMostThreeTimes() {
        assertThat(detector.detect("訴訟\n".repeat(10))).hasSize(ConfidentialFlagDetector.PER_RULE);
    }
}
