package io.leakscope.core.detect;

import io.leakscope.core.model.FindingType;
import java.util.regex.Pattern;

/**
 * One pattern of a recognizer with the score a match gets before validation and context, and the
 * type its matches get when it differs from the recognizer's main type ({@code null}: the main type).
 */
public record NamedPattern(String name, Pattern pattern, double baseScore, FindingType type) {
    public static NamedPattern of(String name, String regex, double baseScore) {
        return new NamedPattern(name, Pattern.compile(regex), baseScore, null);
    }

    public static NamedPattern of(String name, String regex, double baseScore, FindingType type) {
        return new NamedPattern(name, Pattern.compile(regex), baseScore, type);
    }
}
