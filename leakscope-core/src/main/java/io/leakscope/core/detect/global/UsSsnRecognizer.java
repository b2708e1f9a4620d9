package io.leakscope.core.detect.global;

import io.leakscope.core.detect.ContextWords;
import io.leakscope.core.detect.NamedPattern;
import io.leakscope.core.detect.PatternRecognizer;
import io.leakscope.core.detect.Validity;
import io.leakscope.core.model.FindingType;
import java.util.List;
import java.util.regex.Pattern;

/**
 * US Social Security Numbers and Individual Taxpayer Identification Numbers, both AAA-GG-SSSS.
 * SSN (SSA rules): area not 000, 666 or 900–999, group not 00, serial not 0000. ITIN (IRS): area
 * 9xx, group 50–65, 70–88, 90–92 or 94–99; a 9xx number outside those groups is neither. Base 0.4:
 * a label (SSN, social security, ITIN, taxpayer) is needed.
 */
public final class UsSsnRecognizer extends PatternRecognizer {
    private static final Pattern NOT_DIGIT = Pattern.compile("[^0-9]");
    private static final String ITIN = "9\\d{2}-(?:5\\d|6[0-5]|7\\d|8[0-8]|9[0-24-9])-";

    public UsSsnRecognizer() {
        super("global.us_ssn", FindingType.US_SSN, List.of(
                NamedPattern.of("itin", "(?<![\\d-])" + ITIN + "\\d{4}(?![\\d-])", 0.4, FindingType.US_ITIN).aroundDigits(9).hyphenated(3, 2, 4),
                NamedPattern.of("dashed", "(?<![\\d-])(?!" + ITIN + ")\\d{3}-\\d{2}-\\d{4}(?![\\d-])", 0.4).aroundDigits(9).hyphenated(3, 2, 4)),
                new ContextWords(List.of("ssn", "social security", "itin", "taxpayer", "tax id"), List.of("order", "invoice", "注文", "電話", "tel", "phone")));
    }

    @Override
    protected Validity validate(String candidate) {
        String d = candidate.replace("-", "");
        int area = Integer.parseInt(d.substring(0, 3));
        int group = Integer.parseInt(d.substring(3, 5));
        if (area >= 900) {
            boolean itin = group >= 50 && group <= 65 || group >= 70 && group <= 88 || group >= 90 && group <= 92 || group >= 94;
            return itin ? Validity.UNKNOWN : Validity.INVALID;
        }
        boolean ok = area != 0 && area != 666 && group != 0 && !d.substring(5).equals("0000");
        return ok ? Validity.UNKNOWN : Validity.INVALID;
    }

    @Override
    protected String normalize(String candidate) {
        return NOT_DIGIT.matcher(candidate).replaceAll("");
    }
}
