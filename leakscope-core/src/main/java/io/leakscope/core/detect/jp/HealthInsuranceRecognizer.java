package io.leakscope.core.detect.jp;

import io.leakscope.core.detect.ContextWords;
import io.leakscope.core.detect.NamedPattern;
import io.leakscope.core.detect.PatternRecognizer;
import io.leakscope.core.detect.Validity;
import io.leakscope.core.model.FindingType;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Health-insurance card numbers (被保険者証の記号・番号, since 2021 also 枝番), e.g.
 * {@code 記号 1234 番号 56 枝番 01}; the value is {@code 1234-56-01}. Japan Post Bank accounts are
 * written 記号・番号 too, so the base score 0.4 needs an insurance word before it (保険証,
 * 被保険者, 健康保険, 保険者) and ゆうちょ, 貯金 or 口座 suppress it. The 8-digit 保険者番号 names the
 * insurer, not the person, and is not matched. No check digit (UNKNOWN).
 */
public final class HealthInsuranceRecognizer extends PatternRecognizer {
    private static final Pattern PARTS = Pattern.compile("記号\\s*:?\\s*([0-9A-Za-z-]+)\\s*[・,、/]?\\s*番号\\s*:?\\s*(\\d+)(?:\\s*[・,、/]?\\s*枝番\\s*:?\\s*(\\d{2}))?");

    public HealthInsuranceRecognizer() {
        super("jp.health_insurance", FindingType.HEALTH_INSURANCE_NUMBER, List.of(
                NamedPattern.of("symbol-number", PARTS.pattern(), 0.4).onlyWith("記号")),
                new ContextWords(List.of("保険証", "被保険者", "健康保険", "保険者", "保険", "health insurance"),
                        List.of("ゆうちょ", "貯金", "口座", "通帳", "振込")));
    }

    @Override
    protected Validity validate(String candidate) {
        Matcher m = PARTS.matcher(candidate);
        return m.matches() && m.group(1).chars().anyMatch(Character::isDigit) && m.group(1).length() <= 8 && m.group(2).length() <= 8
                ? Validity.UNKNOWN : Validity.INVALID;
    }

    @Override
    protected String normalize(String candidate) {
        Matcher m = PARTS.matcher(candidate);
        if (!m.matches()) {
            return candidate.strip();
        }
        return m.group(1) + "-" + m.group(2) + (m.group(3) == null ? "" : "-" + m.group(3));
    }
}
