package io.leakscope.core.detect;

import static org.assertj.core.api.Assertions.assertThat;

import io.leakscope.core.model.Finding;
import io.leakscope.core.model.FindingType;
import io.leakscope.core.text.NormalizedText;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Identity documents, foreign taxpayer and national ids, credentials: each with a positive, a wrong check and a decoy. */
class IdentityNumberRecognizersTest {
    private final RecognizerRegistry registry = RecognizerRegistry.standard(KnownNames.NONE);

    private List<String> values(String text, FindingType type) {
        return registry.analyze(NormalizedText.of(text)).stream().filter(f -> f.type() == type).map(Finding::value).toList();
    }

    @Test
    void japaneseIdentityDocuments() {
        assertThat(values("旅券番号：TK1234567", FindingType.ID_DOCUMENT)).containsExactly("TK1234567");
        assertThat(values("型番 TK1234567", FindingType.ID_DOCUMENT)).isEmpty();
        assertThat(values("運転免許証番号 123456789012", FindingType.ID_DOCUMENT)).containsExactly("123456789012");
        assertThat(values("伝票 123456789012", FindingType.ID_DOCUMENT)).isEmpty();
        assertThat(values("在留カード番号 AB12345678CD", FindingType.ID_DOCUMENT)).containsExactly("AB12345678CD");
    }

    @Test
    void foreignTaxpayerAndNationalIds() {
        assertThat(values("SSN: 123-45-6789", FindingType.TAXPAYER_ID)).containsExactly("123456789");
        assertThat(values("SSN: 666-45-6789", FindingType.TAXPAYER_ID)).isEmpty();
        assertThat(values("NINO AB 12 34 56 C", FindingType.TAXPAYER_ID)).containsExactly("AB123456C");
        assertThat(values("NINO GB 12 34 56 C", FindingType.TAXPAYER_ID)).isEmpty();
        assertThat(values("身份证 11010519491231002X", FindingType.TAXPAYER_ID)).containsExactly("11010519491231002X");
        assertThat(values("身份证 110105194912310021", FindingType.TAXPAYER_ID)).isEmpty();
        assertThat(values("PAN: ABCPE1234F", FindingType.TAXPAYER_ID)).containsExactly("ABCPE1234F");
        assertThat(values("PAN: ABCCE1234F", FindingType.TAXPAYER_ID)).as("a company's PAN").isEmpty();
        assertThat(values("Aadhaar 2345 6789 0124", FindingType.TAXPAYER_ID)).containsExactly("234567890124");
        assertThat(values("Aadhaar 2345 6789 0125", FindingType.TAXPAYER_ID)).isEmpty();
        assertThat(values("주민등록번호 900101-1234568", FindingType.TAXPAYER_ID)).containsExactly("9001011234568");
        assertThat(values("주민등록번호 900101-1234567", FindingType.TAXPAYER_ID)).isEmpty();
        assertThat(values("Thai ID 1-1037-00123-45-8", FindingType.TAXPAYER_ID)).containsExactly("1103700123458");
        assertThat(values("法人番号 1103700123458", FindingType.TAXPAYER_ID)).isEmpty();
    }

    @Test
    void bankCodesAndCredentials() {
        assertThat(values("SWIFT: MUFGJPJT", FindingType.BANK_ACCOUNT)).containsExactly("MUFGJPJT");
        assertThat(values("SWIFT: ABCDQQ12", FindingType.BANK_ACCOUNT)).as("no such country").isEmpty();
        assertThat(values("初期パスワード：Xy7!kq2p", FindingType.CREDENTIAL)).containsExactly("Xy7!kq2p");
        assertThat(values("password=********", FindingType.CREDENTIAL)).isEmpty();
        assertThat(values("-----BEGIN RSA PRIVATE KEY-----\nMIIE...", FindingType.CREDENTIAL)).hasSize(1);
        assertThat(values("aws_access_key_id = AKIAIOSFODNN7EXAMPLE", FindingType.CREDENTIAL)).containsExactly("AKIAIOSFODNN7EXAMPLE");
    }

    @Test
    void specialCareDataFromLabels() {
        assertThat(values("休職理由：うつ病による療養", FindingType.SENSITIVE_INFO)).containsExactly("うつ病による療養");
        assertThat(values("産業医面談の結果、適応障害と診断され休職となった。\n次の議題。", FindingType.SENSITIVE_INFO))
                .containsExactly("産業医面談の結果、適応障害と診断され休職となった。");
        assertThat(values("がん保険のパンフレットを配布した。", FindingType.SENSITIVE_INFO)).isEmpty();
    }
}
