package io.leakscope.core.detect.jp;

import io.leakscope.core.detect.ContextWords;
import io.leakscope.core.detect.NamedPattern;
import io.leakscope.core.detect.PatternRecognizer;
import io.leakscope.core.detect.Validity;
import io.leakscope.core.model.FindingType;
import java.util.List;

/**
 * Japanese passport numbers (旅券番号): two letters and seven digits, e.g. TK1234567 (外務省 旅券の番号).
 * The format alone also fits product and document codes, so the base score 0.3 needs a label
 * (旅券, パスポート, passport) to be reported. No check digit (UNKNOWN).
 */
public final class PassportNumberRecognizer extends PatternRecognizer {

    public PassportNumberRecognizer() {
        super("jp.passport", FindingType.PASSPORT_NUMBER, List.of(
                NamedPattern.of("passport", "(?<![A-Za-z0-9])[A-Z]{2}\\d{7}(?![A-Za-z0-9])", 0.3).fromCapitals(2, 7)),
                new ContextWords(List.of("旅券", "パスポート", "passport"), List.of("型番", "品番", "注文", "serial", "order")));
    }

    @Override
    protected Validity validate(String candidate) {
        return Validity.UNKNOWN;
    }
}
