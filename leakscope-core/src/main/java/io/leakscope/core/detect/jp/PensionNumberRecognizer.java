package io.leakscope.core.detect.jp;

import io.leakscope.core.detect.ContextWords;
import io.leakscope.core.detect.NamedPattern;
import io.leakscope.core.detect.PatternRecognizer;
import io.leakscope.core.detect.Validity;
import io.leakscope.core.model.FindingType;
import java.util.List;

/**
 * Basic pension numbers (基礎年金番号, 日本年金機構): ten digits, written 4-6 (1234-567890) or in a row. Ten
 * digits are also phone numbers and order numbers, and the number has no published check digit,
 * so the base score 0.2 needs a label (基礎年金番号, 年金番号, 年金手帳); phone and order words suppress.
 * The value is the ten digits.
 */
public final class PensionNumberRecognizer extends PatternRecognizer {

    public PensionNumberRecognizer() {
        super("jp.pension_number", FindingType.PENSION_NUMBER, List.of(
                NamedPattern.of("4-6", "(?<![\\d-])\\d{4}-\\d{6}(?![\\d-])", 0.2).aroundDigits(10).hyphenated(4, 6),
                NamedPattern.of("10", "(?<![\\d-])\\d{10}(?![\\d-])", 0.2).aroundDigits(10).hyphenated(10)),
                new ContextWords(List.of("基礎年金番号", "年金番号", "年金手帳", "pension"),
                        List.of("電話", "tel", "fax", "注文", "請求", "order", "invoice")));
    }

    @Override
    protected Validity validate(String candidate) {
        return Validity.UNKNOWN;
    }

    @Override
    protected String normalize(String candidate) {
        return candidate.replace("-", "");
    }
}
