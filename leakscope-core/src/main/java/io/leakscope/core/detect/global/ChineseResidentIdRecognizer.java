package io.leakscope.core.detect.global;

import io.leakscope.core.detect.ContextWords;
import io.leakscope.core.detect.NamedPattern;
import io.leakscope.core.detect.PatternRecognizer;
import io.leakscope.core.detect.Validity;
import io.leakscope.core.detect.checksum.Checksums;
import io.leakscope.core.model.FindingType;
import java.util.List;

/**
 * Chinese resident identity numbers (居民身份证号码, GB 11643-1999): 6-digit area, 8-digit birth date,
 * 3-digit sequence, ISO 7064 MOD 11-2 check character (0–9 or X). VALID when the check character
 * and the birth date hold (0.85).
 */
public final class ChineseResidentIdRecognizer extends PatternRecognizer {

    public ChineseResidentIdRecognizer() {
        super("global.cn_resident_id", FindingType.CN_RESIDENT_ID, List.of(
                NamedPattern.of("18-chars", "(?<![\\dA-Za-z])\\d{17}[\\dXx](?![\\dA-Za-z])", 0.4).aroundDigitBlock(17)),
                new ContextWords(List.of("身份证", "身分証", "resident id", "id card", "national id"), List.of("注文", "order", "invoice")));
    }

    @Override
    protected Validity validate(String candidate) {
        if (!Checksums.chineseResidentId(candidate)) {
            return Validity.INVALID;
        }
        try {
            java.time.LocalDate.parse(candidate.substring(6, 14), java.time.format.DateTimeFormatter.BASIC_ISO_DATE);
            return Validity.VALID;
        } catch (java.time.format.DateTimeParseException e) {
            return Validity.INVALID;
        }
    }

    @Override
    protected String normalize(String candidate) {
        return candidate.toUpperCase(java.util.Locale.ROOT);
    }
}
