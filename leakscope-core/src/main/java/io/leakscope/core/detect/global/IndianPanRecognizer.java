package io.leakscope.core.detect.global;

import io.leakscope.core.detect.ContextWords;
import io.leakscope.core.detect.NamedPattern;
import io.leakscope.core.detect.PatternRecognizer;
import io.leakscope.core.detect.Validity;
import io.leakscope.core.model.FindingType;
import java.util.List;

/**
 * Indian Permanent Account Numbers (PAN): five letters, four digits, a letter; the fourth letter is
 * the holder type, P for an individual (Income Tax Department). Only individuals' PANs are personal
 * data: other holder types are INVALID. Base 0.4, raised by PAN / permanent account.
 */
public final class IndianPanRecognizer extends PatternRecognizer {

    public IndianPanRecognizer() {
        super("global.in_pan", FindingType.IN_PAN, List.of(
                NamedPattern.of("pan", "(?<![A-Za-z0-9])[A-Z]{3}[A-Z][A-Z]\\d{4}[A-Z](?![A-Za-z0-9])", 0.4).fromCapitals(5, 5)),
                new ContextWords(List.of("pan", "permanent account", "income tax", "taxpayer"), List.of()));
    }

    @Override
    protected Validity validate(String candidate) {
        return candidate.charAt(3) == 'P' ? Validity.UNKNOWN : Validity.INVALID;
    }
}
