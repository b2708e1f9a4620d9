package io.leakscope.core.detect;

import java.util.regex.Pattern;

/** One pattern of a recognizer with the score a match gets before validation and context. */
public record NamedPattern(String name, Pattern pattern, double baseScore) {
    public static NamedPattern of(String name, String regex, double baseScore) {
        return new NamedPattern(name, Pattern.compile(regex), baseScore);
    }
}
