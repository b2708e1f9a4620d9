package io.leakscope.core.detect.global;

import io.leakscope.core.detect.ContextWords;
import io.leakscope.core.detect.NamedPattern;
import io.leakscope.core.detect.PatternRecognizer;
import io.leakscope.core.detect.Validity;
import io.leakscope.core.detect.checksum.Checksums;
import io.leakscope.core.model.FindingType;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.List;
import java.util.regex.Pattern;

/**
 * South Korean resident registration numbers (주민등록번호): YYMMDD-GNNNNNC, G the sex/century digit
 * (1–4 citizens, 5–8 foreign residents; 1, 2, 5, 6 born in the 1900s, 3, 4, 7, 8 in the 2000s), C a
 * weighted mod-11 check digit — on numbers issued before October 2020 only: since then the last six
 * digits are random. So the check confirms (VALID scores 0.85, no label needed) but does not refuse;
 * a birth date that is not a date, or lies in the future, does. Without a passing check a label is
 * needed (주민등록, RRN …), and so it is for the thirteen digits written without their hyphen, which
 * a 法人番号 or a JAN code in a Japanese file may be. Reference: Resident Registration Act,
 * enforcement rule as amended 2020-10.
 */
public final class KoreanRrnRecognizer extends PatternRecognizer {
    private static final Pattern NOT_DIGIT = Pattern.compile("[^0-9]");

    public KoreanRrnRecognizer() {
        super("global.kr_rrn", FindingType.KR_RRN, List.of(
                NamedPattern.of("rrn", "(?<![\\d-])\\d{6}-?[1-8]\\d{6}(?![\\d-])", 0.4).aroundDigits(13)),
                new ContextWords(List.of("주민등록", "rrn", "resident registration", "住民登録番号"), List.of()));
    }

    @Override
    protected Validity validate(String candidate) {
        String d = normalize(candidate);
        if (d.length() != 13 || !bornOn(d)) {
            return Validity.INVALID;
        }
        // thirteen digits without the hyphen are as often a 法人番号 or a JAN code: a label decides
        return candidate.indexOf('-') >= 0 && Checksums.koreanRrn(d) ? Validity.VALID : Validity.UNKNOWN;
    }

    /** Whether the first six digits are a birth date, not after today, in the century the seventh digit says. */
    private static boolean bornOn(String d) {
        int g = d.charAt(6) - '0';
        int century = g == 1 || g == 2 || g == 5 || g == 6 ? 1900 : g == 3 || g == 4 || g == 7 || g == 8 ? 2000 : -1;
        if (century < 0) {
            return false;
        }
        try {
            LocalDate born = LocalDate.of(century + Integer.parseInt(d.substring(0, 2)), Integer.parseInt(d.substring(2, 4)),
                    Integer.parseInt(d.substring(4, 6)));
            return !born.isAfter(LocalDate.now());
        } catch (DateTimeException e) {
            return false;
        }
    }

    @Override
    protected String normalize(String candidate) {
        return NOT_DIGIT.matcher(candidate).replaceAll("");
    }
}
