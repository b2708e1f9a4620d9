package io.leakscope.core.detect.jp;

import io.leakscope.core.detect.ContextWords;
import io.leakscope.core.detect.NamedPattern;
import io.leakscope.core.detect.PatternRecognizer;
import io.leakscope.core.detect.Validity;
import io.leakscope.core.model.FindingType;
import java.util.List;

/**
 * Japanese driver's licence numbers (運転免許証番号): 12 digits — issuing commission, year of first
 * issue, serial, check digit, issue count (道路交通法施行規則 第19条). The check-digit rule is not
 * published, so validation is UNKNOWN and the base score 0.2 needs a label (免許証, 運転免許, licence).
 */
public final class DriversLicenceRecognizer extends PatternRecognizer {

    public DriversLicenceRecognizer() {
        super("jp.drivers_licence", FindingType.DRIVERS_LICENCE_NUMBER, List.of(
                NamedPattern.of("12-digits", "(?<![\\d-])\\d{12}(?![\\d-])", 0.2).aroundDigitBlock(12)),
                new ContextWords(List.of("免許証", "運転免許", "免許番号", "licence", "license"), List.of("注文", "請求書", "invoice", "order", "マイナンバー", "個人番号")));
    }

    @Override
    protected Validity validate(String candidate) {
        return Validity.UNKNOWN;
    }
}
