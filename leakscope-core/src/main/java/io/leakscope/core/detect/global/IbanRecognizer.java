package io.leakscope.core.detect.global;

import io.leakscope.core.detect.ContextWords;
import io.leakscope.core.detect.NamedPattern;
import io.leakscope.core.detect.PatternRecognizer;
import io.leakscope.core.detect.Validity;
import io.leakscope.core.detect.checksum.Checksums;
import io.leakscope.core.model.FindingType;
import java.util.List;

/**
 * International Bank Account Numbers (ISO 13616): two letters (country), two check digits, up to 30
 * alphanumerics, written plain or in groups of four joined by spaces or hyphens. Validation: mod 97 = 1 and a length of 15–34.
 * Base 0.6; a valid IBAN scores 0.85 (a random string rarely passes mod 97 in this format).
 */
public final class IbanRecognizer extends PatternRecognizer {
    /** 34 characters and a space or hyphen between groups of four. */
    private static final int MAX_LENGTH = 42;

    public IbanRecognizer() {
        super("global.iban", FindingType.IBAN,
                List.of(NamedPattern.of("iban", "(?<![A-Za-z0-9-])[A-Z]{2}\\d{2}(?:[ -]?[A-Z0-9]{4}){2,7}(?:[ -]?[A-Z0-9]{1,4})?(?![A-Za-z0-9]|-[A-Za-z0-9])", 0.6)
                        .fromCapitals(2, MAX_LENGTH)),
                new ContextWords(List.of("iban", "口座", "account", "bank", "銀行"), List.of()));
    }

    @Override
    protected Validity validate(String candidate) {
        String s = normalize(candidate);
        return s.length() >= 15 && s.length() <= 34 && Checksums.iban(s) ? Validity.VALID : Validity.INVALID;
    }

    @Override
    protected String normalize(String candidate) {
        return candidate.replace(" ", "").replace("-", "");
    }
}
