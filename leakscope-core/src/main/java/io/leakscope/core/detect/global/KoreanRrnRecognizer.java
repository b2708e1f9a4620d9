package io.leakscope.core.detect.global;

import io.leakscope.core.detect.ContextWords;
import io.leakscope.core.detect.NamedPattern;
import io.leakscope.core.detect.checksum.CheckDigitRecognizer;
import io.leakscope.core.detect.checksum.Checksums;
import io.leakscope.core.model.FindingType;
import java.util.List;

/**
 * South Korean resident registration numbers (주민등록번호): YYMMDD-GNNNNNC, G the sex/century digit
 * 1–4, C a weighted mod-11 check digit. VALID scores 0.85.
 */
public final class KoreanRrnRecognizer extends CheckDigitRecognizer {

    public KoreanRrnRecognizer() {
        super("global.kr_rrn", FindingType.KR_RRN, List.of(
                NamedPattern.of("rrn", "(?<![\\d-])\\d{6}-[1-4]\\d{6}(?![\\d-])", 0.4).aroundDigits(13)),
                new ContextWords(List.of("주민등록", "rrn", "resident registration", "住民登録番号"), List.of()),
                Checksums::koreanRrn, VALIDATED_SCORE);
    }
}
