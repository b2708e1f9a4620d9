package io.leakscope.core.detect.global;

import io.leakscope.core.detect.ContextWords;
import io.leakscope.core.detect.NamedPattern;
import io.leakscope.core.detect.PatternRecognizer;
import io.leakscope.core.detect.Validity;
import io.leakscope.core.model.FindingType;
import java.util.List;

/**
 * UK National Insurance numbers: two prefix letters, six digits, a suffix A–D (HMRC NIM39110).
 * Validation: the first letter is not D, F, I, Q, U or V; the second not D, F, I, O, Q, U or V; the
 * prefixes BG, GB, KN, NK, NT, TN and ZZ are never issued. Base 0.5, raised by NINO / national insurance.
 */
public final class UkNinoRecognizer extends PatternRecognizer {

    public UkNinoRecognizer() {
        super("global.uk_nino", FindingType.UK_NINO, List.of(
                NamedPattern.of("nino", "(?<![A-Za-z0-9])[A-Z]{2} ?\\d{2} ?\\d{2} ?\\d{2} ?[A-D](?![A-Za-z0-9])", 0.4).fromCapitals(2, 11)),
                new ContextWords(List.of("nino", "national insurance", "ni number", "taxpayer"), List.of()));
    }

    @Override
    protected Validity validate(String candidate) {
        String s = candidate.replace(" ", "");
        char a = s.charAt(0);
        char b = s.charAt(1);
        String prefix = s.substring(0, 2);
        boolean ok = "DFIQUV".indexOf(a) < 0 && "DFIOQUV".indexOf(b) < 0
                && !List.of("BG", "GB", "KN", "NK", "NT", "TN", "ZZ").contains(prefix);
        return ok ? Validity.UNKNOWN : Validity.INVALID;
    }

    @Override
    protected String normalize(String candidate) {
        return candidate.replace(" ", "");
    }
}
