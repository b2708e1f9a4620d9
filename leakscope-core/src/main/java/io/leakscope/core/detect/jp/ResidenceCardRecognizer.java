package io.leakscope.core.detect.jp;

import io.leakscope.core.detect.ContextWords;
import io.leakscope.core.detect.NamedPattern;
import io.leakscope.core.detect.PatternRecognizer;
import io.leakscope.core.detect.Validity;
import io.leakscope.core.model.FindingType;
import java.util.List;

/**
 * Residence card numbers (在留カード番号): two letters, eight digits, two letters, e.g. AB12345678CD
 * (出入国管理及び難民認定法 第19条の4). Distinctive format: base 0.6, raised by 在留カード / residence card.
 */
public final class ResidenceCardRecognizer extends PatternRecognizer {

    public ResidenceCardRecognizer() {
        super("jp.residence_card", FindingType.RESIDENCE_CARD_NUMBER, List.of(
                NamedPattern.of("residence-card", "(?<![A-Za-z0-9])[A-Z]{2}\\d{8}[A-Z]{2}(?![A-Za-z0-9])", 0.6).aroundDigitBlock(8).afterLetter()),
                new ContextWords(List.of("在留カード", "在留", "residence card", "zairyu"), List.of("型番", "品番", "serial")));
    }

    @Override
    protected Validity validate(String candidate) {
        return Validity.UNKNOWN;
    }
}
