package io.leakscope.core.detect.global;

import io.leakscope.core.detect.ContextWords;
import io.leakscope.core.detect.NamedPattern;
import io.leakscope.core.detect.PatternRecognizer;
import io.leakscope.core.detect.Validity;
import io.leakscope.core.model.FindingType;
import java.util.List;

/**
 * US Social Security Numbers: AAA-GG-SSSS. Validation (SSA rules): area not 000, 666 or 900–999,
 * group not 00, serial not 0000. Base 0.4: a label (SSN, social security) is needed.
 */
public final class UsSsnRecognizer extends PatternRecognizer {

    public UsSsnRecognizer() {
        super("global.us_ssn", FindingType.US_SSN, List.of(
                NamedPattern.of("dashed", "(?<![\\d-])\\d{3}-\\d{2}-\\d{4}(?![\\d-])", 0.4)),
                new ContextWords(List.of("ssn", "social security", "itin", "taxpayer", "tax id"), List.of("order", "invoice", "注文", "電話", "tel", "phone")));
    }

    @Override
    protected Validity validate(String candidate) {
        String d = candidate.replace("-", "");
        int area = Integer.parseInt(d.substring(0, 3));
        boolean ok = area != 0 && area != 666 && area < 900 && !d.substring(3, 5).equals("00") && !d.substring(5).equals("0000");
        return ok ? Validity.UNKNOWN : Validity.INVALID;
    }

    @Override
    protected String normalize(String candidate) {
        return candidate.replaceAll("[^0-9]", "");
    }
}
