package io.leakscope.core.detect.global;

import io.leakscope.core.detect.ContextWords;
import io.leakscope.core.detect.NamedPattern;
import io.leakscope.core.detect.PatternRecognizer;
import io.leakscope.core.detect.Validity;
import io.leakscope.core.detect.checksum.Checksums;
import io.leakscope.core.model.FindingType;
import java.util.List;
import java.util.Locale;

/**
 * Singapore NRIC and FIN numbers (ICA): S/T/F/G, seven digits and a check letter, e.g. S1234567D.
 * VALID when the check letter matches ({@link Checksums#singaporeNric}); one random code in eleven
 * passes, so a valid number scores 0.45 and needs a label (NRIC, FIN, IC, taxpayer id).
 */
public final class SingaporeNricRecognizer extends PatternRecognizer {

    public SingaporeNricRecognizer() {
        super("global.sg_nric", FindingType.SG_NRIC, List.of(
                NamedPattern.of("nric", "(?<![A-Za-z0-9])[STFGstfg]\\d{7}[A-Za-z](?![A-Za-z0-9])", 0.2).aroundDigitBlock(7).afterLetter()),
                new ContextWords(List.of("nric", "fin", "ic no", "identity card", "taxpayer", "tax id", "national id"),
                        List.of("型番", "品番", "注文", "order", "serial", "invoice")));
    }

    @Override
    protected Validity validate(String candidate) {
        return Checksums.singaporeNric(candidate.toUpperCase(Locale.ROOT)) ? Validity.VALID : Validity.INVALID;
    }

    @Override
    protected double validatedScore() {
        return 0.45;
    }

    @Override
    protected String normalize(String candidate) {
        return candidate.toUpperCase(Locale.ROOT);
    }
}
