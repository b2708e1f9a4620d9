package io.leakscope.core.detect;

import static org.assertj.core.api.Assertions.assertThat;

import io.leakscope.core.model.Element;
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

    private List<String> elementValues(String text, Element element) {
        return registry.analyze(NormalizedText.of(text)).stream().filter(f -> f.element() == element).map(Finding::value).toList();
    }

    @Test
    void japaneseIdentityDocuments() {
        assertThat(values("旅券番号：TK1234567", FindingType.PASSPORT_NUMBER)).containsExactly("TK1234567");
        assertThat(values("型番 TK1234567", FindingType.PASSPORT_NUMBER)).isEmpty();
        assertThat(values("運転免許証番号 123456789012", FindingType.DRIVERS_LICENCE_NUMBER)).containsExactly("123456789012");
        assertThat(values("伝票 123456789012", FindingType.DRIVERS_LICENCE_NUMBER)).isEmpty();
        assertThat(values("在留カード番号 AB12345678CD", FindingType.RESIDENCE_CARD_NUMBER)).containsExactly("AB12345678CD");
    }

    @Test
    void foreignTaxpayerAndNationalIds() {
        assertThat(values("SSN: 123-45-6789", FindingType.US_SSN)).containsExactly("123456789");
        assertThat(values("SSN: 666-45-6789", FindingType.US_SSN)).isEmpty();
        // written without its hyphens after a label, a number is validated all the same (before: SSN: 666456789 was kept)
        assertThat(elementValues("SSN: 666456789", Element.TAXPAYER_ID)).isEmpty();
        assertThat(elementValues("SSN: 078 05 0000", Element.TAXPAYER_ID)).isEmpty();
        assertThat(values("SSN: 078051121", FindingType.US_SSN)).containsExactly("078051121");
        assertThat(values("ITIN: 912-70-1234", FindingType.US_ITIN)).containsExactly("912701234");
        assertThat(elementValues("SSN: 950-12-3456", Element.TAXPAYER_ID)).as("9xx outside the ITIN groups").isEmpty();
        assertThat(values("Taxpayer ID: 912-94-1234", FindingType.US_ITIN)).containsExactly("912941234");
        assertThat(values("NINO AB 12 34 56 C", FindingType.UK_NINO)).containsExactly("AB123456C");
        assertThat(values("NINO GB 12 34 56 C", FindingType.UK_NINO)).isEmpty();
        assertThat(values("身份证 11010519491231002X", FindingType.CN_RESIDENT_ID)).containsExactly("11010519491231002X");
        assertThat(values("身份证 110105194912310021", FindingType.CN_RESIDENT_ID)).isEmpty();
        assertThat(values("PAN: ABCPE1234F", FindingType.IN_PAN)).containsExactly("ABCPE1234F");
        assertThat(values("PAN: ABCCE1234F", FindingType.IN_PAN)).as("a company's PAN").isEmpty();
        assertThat(values("Aadhaar 2345 6789 0124", FindingType.IN_AADHAAR)).containsExactly("234567890124");
        assertThat(values("Aadhaar 2345 6789 0125", FindingType.IN_AADHAAR)).isEmpty();
        assertThat(values("주민등록번호 900101-1234568", FindingType.KR_RRN)).containsExactly("9001011234568");
        assertThat(values("주민등록번호 900101-1234567", FindingType.KR_RRN)).as("numbers issued since 2020 have no check digit: the label suffices")
                .containsExactly("9001011234567");
        assertThat(values("Thai ID 1-1037-00123-45-8", FindingType.TH_NATIONAL_ID)).containsExactly("1103700123458");
        assertThat(elementValues("法人番号 1103700123458", Element.TAXPAYER_ID)).isEmpty();
        assertThat(values("NRIC: S1234567D", FindingType.SG_NRIC)).containsExactly("S1234567D");
        assertThat(values("FIN F1234567N", FindingType.SG_NRIC)).containsExactly("F1234567N");
        assertThat(values("NRIC: S1234567A", FindingType.SG_NRIC)).as("wrong check letter").isEmpty();
        assertThat(values("型番 S1234567D", FindingType.SG_NRIC)).isEmpty();
    }

    /**
     * Korean numbers issued since October 2020 carry no check digit. Before, such a number failed the
     * check and was dropped even after its label; now the check only confirms, and the birth date and
     * the sex/century digit still refuse what cannot be a number.
     */
    @Test
    void aKoreanNumberWithoutACheckDigitIsKeptAfterItsLabel() {
        assertThat(values("주민등록번호 201001-3234561", FindingType.KR_RRN)).containsExactly("2010013234561");
        assertThat(values("주민등록번호: 201001-3234561", FindingType.KR_RRN)).containsExactly("2010013234561");
        assertThat(values("900101-1234568", FindingType.KR_RRN)).as("a passing check needs no label").containsExactly("9001011234568");
        assertThat(values("900101-1234567", FindingType.KR_RRN)).as("no check, no label").isEmpty();
        assertThat(elementValues("주민등록번호 991301-1234567", Element.TAXPAYER_ID)).as("month 13").isEmpty();
        assertThat(elementValues("주민등록번호 900230-1234567", Element.TAXPAYER_ID)).as("30 February").isEmpty();
    }

    /**
     * Written without its hyphen, a Korean number was missed even after its label (Presidio's "His RRN
     * is 9601211021413"). Thirteen digits alone may be a 法人番号 or a JAN code, so without the hyphen
     * the label is needed even when the check passes.
     */
    @Test
    void aKoreanNumberWithoutItsHyphenIsKeptAfterItsLabelOnly() {
        assertThat(values("His RRN is 9601211021413", FindingType.KR_RRN)).containsExactly("9601211021413");
        assertThat(values("주민등록번호 2010013234561", FindingType.KR_RRN)).containsExactly("2010013234561");
        assertThat(values("9601211021413", FindingType.KR_RRN)).as("a passing check, but no hyphen and no label").isEmpty();
        assertThat(values("JAN 4901211021418", FindingType.KR_RRN)).as("a JAN code shaped like a 1949 birth date").isEmpty();
        assertThat(values("RRN 9913011234567", FindingType.KR_RRN)).as("month 13").isEmpty();
    }

    /** Before, an IBAN in groups joined by hyphens was missed, or kept with its hyphens after a label (and never validated). */
    @Test
    void anIbanWrittenWithHyphensIsReadAndValidated() {
        assertThat(values("振込先 IBAN GB29-NWBK-6016-1331-9268-19", FindingType.IBAN)).containsExactly("GB29NWBK60161331926819");
        assertThat(values("IBAN: DE89-3704-0044-0532-0130-00", FindingType.IBAN)).containsExactly("DE89370400440532013000");
        assertThat(elementValues("IBAN: DE89-3704-0044-0532-0130-01", Element.BANK_ACCOUNT)).as("check digits wrong").isEmpty();
    }

    @Test
    void aGenericallyLabelledNumberTakesTheTypeItsFormatHas() {
        assertThat(values("Taxpayer ID: 123-45-6789", FindingType.US_SSN)).containsExactly("123456789");
        assertThat(values("Taxpayer ID: S1234567D", FindingType.SG_NRIC)).containsExactly("S1234567D");
        assertThat(values("Taxpayer ID: 11010519491231002X", FindingType.CN_RESIDENT_ID)).containsExactly("11010519491231002X");
        assertThat(elementValues("Taxpayer ID: 666-45-6789", Element.TAXPAYER_ID)).as("SSN format, invalid area").isEmpty();
        assertThat(values("身分証番号：TK1234567", FindingType.PASSPORT_NUMBER)).containsExactly("TK1234567");
        assertThat(values("身分証番号：X-99871", FindingType.ID_DOCUMENT)).as("no known format: stays generic").containsExactly("X99871");
    }

    @Test
    void otherIdentityDocumentsAndPensionNumbers() {
        assertThat(values("Passport No.: 912345678", FindingType.PASSPORT_NUMBER)).containsExactly("912345678");
        assertThat(values("护照号码 E12345678", FindingType.PASSPORT_NUMBER)).containsExactly("E12345678");
        assertThat(values("Order No.: 912345678", FindingType.PASSPORT_NUMBER)).isEmpty();
        assertThat(values("保険証 記号 1234 番号 56 枝番 01", FindingType.HEALTH_INSURANCE_NUMBER)).containsExactly("1234-56-01");
        assertThat(values("被保険者証の記号：12-34・番号：567", FindingType.HEALTH_INSURANCE_NUMBER)).containsExactly("12-34-567");
        assertThat(values("ゆうちょ口座 記号 12345 番号 12345678", FindingType.HEALTH_INSURANCE_NUMBER)).isEmpty();
        assertThat(values("基礎年金番号：1234-567890", FindingType.PENSION_NUMBER)).containsExactly("1234567890");
        assertThat(values("注文番号 1234-567890", FindingType.PENSION_NUMBER)).isEmpty();
        assertThat(values("TEL 0312345678", FindingType.PENSION_NUMBER)).isEmpty();
    }

    @Test
    void bankAccountsInRunningText() {
        assertThat(values("給与の振込先はみずほ銀行 渋谷支店 普通預金 1234567 です。", FindingType.BANK_ACCOUNT))
                .containsExactly("みずほ銀行 渋谷支店 普通預金 1234567");
        assertThat(values("三菱UFJ銀行 新宿支店 当座 7654321", FindingType.BANK_ACCOUNT)).containsExactly("三菱UFJ銀行 新宿支店 当座 7654321");
        assertThat(values("ゆうちょ銀行 記号 12345 番号 12345678", FindingType.BANK_ACCOUNT)).containsExactly("ゆうちょ銀行 記号 12345 番号 12345678");
        assertThat(values("みずほ銀行 渋谷支店にて 1234567 件の取引", FindingType.BANK_ACCOUNT)).isEmpty();
    }

    @Test
    void domainLoginsButNotFilePaths() {
        assertThat(values("ログイン: EXAMPLE\\g123456 でサインイン", FindingType.SYSTEM_ACCOUNT)).containsExactly("example\\g123456");
        assertThat(values("CORP\\j.doe has been disabled", FindingType.SYSTEM_ACCOUNT)).containsExactly("corp\\j.doe");
        assertThat(values("C:\\Users\\yamada\\Desktop\\名簿.xlsx", FindingType.SYSTEM_ACCOUNT)).isEmpty();
        assertThat(values("\\\\fileserver\\share\\人事", FindingType.SYSTEM_ACCOUNT)).isEmpty();
        assertThat(values("保存先 DOCS\\report.xlsx", FindingType.SYSTEM_ACCOUNT)).isEmpty();
    }

    @Test
    void birthDatesMarkedByWhatFollowsThem() {
        assertThat(values("山田 太郎（昭和60年1月23日生）", FindingType.DATE_OF_BIRTH)).containsExactly("1985-01-23");
        assertThat(values("1990年4月1日生まれ", FindingType.DATE_OF_BIRTH)).containsExactly("1990-04-01");
        assertThat(values("2001/5/6（23歳）", FindingType.DATE_OF_BIRTH)).containsExactly("2001-05-06");
        assertThat(values("2020年6月1日生産開始", FindingType.DATE_OF_BIRTH)).isEmpty();
        assertThat(values("2020年6月1日に入社", FindingType.DATE_OF_BIRTH)).isEmpty();
    }

    @Test
    void bankCodesAndCredentials() {
        assertThat(values("SWIFT: MUFGJPJT", FindingType.SWIFT_BIC)).containsExactly("MUFGJPJT");
        assertThat(values("SWIFT: ABCDQQ12", FindingType.SWIFT_BIC)).as("no such country").isEmpty();
        assertThat(values("初期パスワード：Xy7!kq2p", FindingType.PASSWORD)).containsExactly("Xy7!kq2p");
        assertThat(values("password=********", FindingType.PASSWORD)).isEmpty();
        assertThat(values("-----BEGIN RSA PRIVATE KEY-----\nMIIE...", FindingType.PRIVATE_KEY)).hasSize(1);
        assertThat(values("aws_access_key_id = AKIAIOSFODNN7EXAMPLE", FindingType.API_TOKEN)).containsExactly("AKIAIOSFODNN7EXAMPLE");
    }

    @Test
    void specialCareDataFromLabels() {
        assertThat(values("休職理由：うつ病による療養", FindingType.SENSITIVE_INFO)).containsExactly("うつ病による療養");
        assertThat(values("産業医面談の結果、適応障害と診断され休職となった。\n次の議題。", FindingType.SENSITIVE_INFO))
                .containsExactly("産業医面談の結果、適応障害と診断され休職となった。");
        assertThat(values("がん保険のパンフレットを配布した。", FindingType.SENSITIVE_INFO)).isEmpty();
    }
}
