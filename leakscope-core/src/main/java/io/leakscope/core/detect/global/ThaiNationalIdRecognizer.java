package io.leakscope.core.detect.global;

import io.leakscope.core.detect.ContextWords;
import io.leakscope.core.detect.NamedPattern;
import io.leakscope.core.detect.checksum.CheckDigitRecognizer;
import io.leakscope.core.detect.checksum.Checksums;
import io.leakscope.core.model.FindingType;
import java.util.List;

/**
 * Thai national id numbers (เลขประจำตัวประชาชน): 13 digits, often 1-2345-67890-12-3, with a weighted
 * mod-11 check digit. 13-digit 法人番号 and JAN codes share the length, so a valid number scores
 * 0.45 and needs a label (Thai id, national id, TNIN, บัตรประชาชน, เลขประจำตัวประชาชน).
 */
public final class ThaiNationalIdRecognizer extends CheckDigitRecognizer {

    public ThaiNationalIdRecognizer() {
        super("global.th_national_id", FindingType.TH_NATIONAL_ID, List.of(
                NamedPattern.of("13-digits", "(?<![\\d-])\\d-?\\d{4}-?\\d{5}-?\\d{2}-?\\d(?![\\d-])", 0.2).aroundDigits(13)),
                new ContextWords(List.of("thai id", "national id", "บัตรประชาชน", "เลขประจำตัวประชาชน", "citizen id", "tnin"), List.of("法人番号", "jan", "ean", "注文", "order", "invoice")),
                Checksums::thaiNationalId, 0.45);
    }
}
