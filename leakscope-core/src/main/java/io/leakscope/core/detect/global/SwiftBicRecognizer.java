package io.leakscope.core.detect.global;

import io.leakscope.core.detect.ContextWords;
import io.leakscope.core.detect.NamedPattern;
import io.leakscope.core.detect.PatternRecognizer;
import io.leakscope.core.detect.Validity;
import io.leakscope.core.model.FindingType;
import java.util.List;

/**
 * SWIFT/BIC codes (ISO 9362): four letters (bank), an ISO 3166 country code, two location
 * characters, an optional three-character branch. Validation: the country code exists. The format
 * fits many words in capitals, so the base score 0.2 needs a label (SWIFT, BIC).
 */
public final class SwiftBicRecognizer extends PatternRecognizer {
    private static final java.util.Set<String> COUNTRIES = java.util.Set.of(java.util.Locale.getISOCountries());

    public SwiftBicRecognizer() {
        super("global.swift_bic", FindingType.SWIFT_BIC, List.of(
                NamedPattern.of("bic", "(?<![A-Za-z0-9])[A-Z]{4}[A-Z]{2}[A-Z0-9]{2}(?:[A-Z0-9]{3})?(?![A-Za-z0-9])", 0.2)
                        .fromCapitals(6, 11)),
                new ContextWords(List.of("swift", "bic", "送金", "wire"), List.of()));
    }

    @Override
    protected Validity validate(String candidate) {
        return COUNTRIES.contains(candidate.substring(4, 6)) ? Validity.UNKNOWN : Validity.INVALID;
    }
}
