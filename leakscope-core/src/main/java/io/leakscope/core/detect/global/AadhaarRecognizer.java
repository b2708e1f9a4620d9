package io.leakscope.core.detect.global;

import io.leakscope.core.detect.ContextWords;
import io.leakscope.core.detect.NamedPattern;
import io.leakscope.core.detect.checksum.CheckDigitRecognizer;
import io.leakscope.core.detect.checksum.Checksums;
import io.leakscope.core.model.FindingType;
import java.util.List;

/**
 * Indian Aadhaar numbers: 12 digits (often 4-4-4), the first 2–9, the last a Verhoeff check digit
 * (UIDAI). One random number in ten passes, so a valid number scores 0.45 and needs a label (Aadhaar, UID).
 */
public final class AadhaarRecognizer extends CheckDigitRecognizer {

    public AadhaarRecognizer() {
        super("global.in_aadhaar", FindingType.IN_AADHAAR, List.of(
                NamedPattern.of("12-digits", "(?<![\\d-])[2-9]\\d{3}[ -]?\\d{4}[ -]?\\d{4}(?![\\d-])", 0.2).aroundDigits(12)),
                new ContextWords(List.of("aadhaar", "aadhar", "uidai", "uid"), List.of("注文", "order", "invoice", "マイナンバー", "個人番号")),
                Checksums::verhoeff, 0.45);
    }
}
