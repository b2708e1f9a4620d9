package io.leakscope.core.detect.checksum;

import io.leakscope.core.detect.ContextWords;
import io.leakscope.core.detect.NamedPattern;
import io.leakscope.core.detect.PatternRecognizer;
import io.leakscope.core.detect.Validity;
import io.leakscope.core.model.FindingType;
import java.util.List;
import java.util.function.Predicate;
import java.util.regex.Pattern;

/**
 * A number identified by its check digit: the value is its digits without separators, VALID when
 * the check passes, INVALID otherwise. {@code validatedScore} says how far a passing check alone
 * goes: below the reporting threshold where random numbers pass often (one in ten for Luhn).
 */
public abstract class CheckDigitRecognizer extends PatternRecognizer {
    private static final Pattern NOT_DIGIT = Pattern.compile("[^0-9]");
    private final Predicate<String> check;
    private final double validatedScore;

    protected CheckDigitRecognizer(String id, FindingType type, List<NamedPattern> patterns, ContextWords context,
                                   Predicate<String> check, double validatedScore) {
        super(id, type, patterns, context);
        this.check = check;
        this.validatedScore = validatedScore;
    }

    @Override
    protected final Validity validate(String candidate) {
        return check.test(digits(candidate)) ? Validity.VALID : Validity.INVALID;
    }

    @Override
    protected final double validatedScore() {
        return validatedScore;
    }

    @Override
    protected final String normalize(String candidate) {
        return digits(candidate);
    }

    protected static String digits(String s) {
        return NOT_DIGIT.matcher(s).replaceAll("");
    }
}
