package io.leakscope.core.detect;

import static org.assertj.core.api.Assertions.assertThat;

import io.leakscope.core.detect.checksum.Checksums;
import io.leakscope.core.model.Finding;
import io.leakscope.core.model.FindingType;
import io.leakscope.core.text.NormalizedText;
import java.util.List;
import org.junit.jupiter.api.Test;

class ChecksumRecognizersTest {
    private final RecognizerRegistry registry = RecognizerRegistry.standard(KnownNames.NONE);

    private List<String> values(String text, FindingType type) {
        return registry.analyze(NormalizedText.of(text)).stream().filter(f -> f.type() == type).map(Finding::value).toList();
    }

    @Test
    void checkDigits() {
        assertThat(Checksums.myNumber("123456789018")).isTrue();
        assertThat(Checksums.myNumber("123456789012")).isFalse();
        assertThat(Checksums.corporateNumber("7000012050002")).isTrue(); // 国税庁
        assertThat(Checksums.corporateNumber("7000012050003")).isFalse();
        assertThat(Checksums.luhn("4111111111111111")).isTrue();
        assertThat(Checksums.luhn("4111111111111112")).isFalse();
        assertThat(Checksums.iban("GB82WEST12345698765432")).isTrue();
        assertThat(Checksums.iban("GB82WEST12345698765433")).isFalse();
    }

    @Test
    void myNumberNeedsItsLabelAndIsNeverACorporateNumber() {
        assertThat(values("マイナンバー：1234 5678 9018", FindingType.MY_NUMBER)).containsExactly("123456789018");
        assertThat(values("個人番号 123456789018", FindingType.MY_NUMBER)).containsExactly("123456789018");
        assertThat(values("マイナンバー：1234 5678 9012", FindingType.MY_NUMBER)).isEmpty();
        assertThat(values("請求書番号 123456789018", FindingType.MY_NUMBER)).isEmpty();
        assertThat(values("123456789018", FindingType.MY_NUMBER)).isEmpty();
        assertThat(values("法人番号：7000012050002", FindingType.MY_NUMBER)).isEmpty();
    }

    @Test
    void paymentCardsNeedLuhnAnIssuerAndContext() {
        assertThat(values("カード番号：4111-1111-1111-1111", FindingType.CREDIT_CARD)).containsExactly("4111111111111111");
        assertThat(values("JCB card 3530 1113 3330 0000", FindingType.CREDIT_CARD)).containsExactly("3530111333300000");
        assertThat(values("カード番号：4111-1111-1111-1112", FindingType.CREDIT_CARD)).isEmpty();
        assertThat(values("シリアル 4111111111111111", FindingType.CREDIT_CARD)).isEmpty();
        assertThat(values("JAN 4901234567894", FindingType.CREDIT_CARD)).isEmpty();
        assertThat(values("4111111111111111", FindingType.CREDIT_CARD)).isEmpty();
        assertThat(values("card 9111111111111111", FindingType.CREDIT_CARD)).isEmpty();
    }

    @Test
    void ibans() {
        assertThat(values("IBAN: GB82 WEST 1234 5698 7654 32", FindingType.IBAN)).containsExactly("GB82WEST12345698765432");
        assertThat(values("DE89 3704 0044 0532 0130 00", FindingType.IBAN)).containsExactly("DE89370400440532013000");
        assertThat(values("DE89 3704 0044 0532 0130 01", FindingType.IBAN)).as("wrong check digits").isEmpty();
        assertThat(values("口座番号：普通 1234567", FindingType.BANK_ACCOUNT)).containsExactly("普通 1234567");
    }
}
