package io.leakscope.core.detect;

import io.leakscope.core.model.FindingType;
import io.leakscope.core.text.NormalizedText;
import java.util.List;
import java.util.regex.Pattern;

/**
 * One pattern of a recognizer with the score a match gets before validation and context, and the
 * type its matches get when it differs from the recognizer's main type ({@code null}: the main type).
 *
 * @param minDigits when above 0, every match contains a run of at least this many digits (joined by
 *                  single spaces or hyphens): the pattern runs only around such runs
 *                  ({@link NormalizedText#digitRuns}), so Japanese prose costs it nothing
 * @param anchors literals one of which every match contains (株式会社, Co., Ltd. …); when given, the
 *                pattern runs only on the stretches of text around them, so a text without any costs
 *                one literal search instead of a regular-expression pass. Empty: the whole text.
 * @param minCapitals when above 0, every match starts with a run of at least this many ASCII capital
 *                    letters ({@link NormalizedText#capitalRuns}) and ends within {@code reach} of it
 * @param minBlock when above 0, every match's run of digits holds this many digits in a row (no space
 *                 or hyphen between them): dates and phone numbers in groups do not wake the pattern
 * @param digitsAfterLetter whether every match's run of digits directly follows an ASCII letter (S1234567D,
 *                          AB12345678CD): the amounts and codes of a sales table do not wake the pattern
 * @param hyphenBlocks when not empty, every match is a whole part of its run (between the spaces that
 *                     join groups) made of blocks of these many digits joined by hyphens: dates and
 *                     phone numbers written with hyphens do not wake a pattern for 123-45-6789
 */
public record NamedPattern(String name, Pattern pattern, double baseScore, FindingType type, List<String> anchors, int reach,
                           int minDigits, int minCapitals, int minBlock, boolean digitsAfterLetter, List<Integer> hyphenBlocks) {
    /** How far from an anchor a match may start or end, unless a pattern says otherwise. */
    public static final int ANCHOR_REACH = 48;

    public NamedPattern {
        anchors = List.copyOf(anchors);
        hyphenBlocks = List.copyOf(hyphenBlocks);
    }

    public static NamedPattern of(String name, String regex, double baseScore) {
        return new NamedPattern(name, Pattern.compile(regex), baseScore, null, List.of(), 0, 0, 0, 0, false, List.of());
    }

    public static NamedPattern of(String name, String regex, double baseScore, FindingType type) {
        return new NamedPattern(name, Pattern.compile(regex), baseScore, type, List.of(), 0, 0, 0, 0, false, List.of());
    }

    /** The same pattern, searched for only within {@link #ANCHOR_REACH} characters of one of these literals. */
    public NamedPattern near(String... literals) {
        return within(ANCHOR_REACH, literals);
    }

    /**
     * The same pattern, searched for only in texts holding one of these literals — there, in the
     * whole text: for a pattern whose matches contain the literal but may reach any distance from it.
     */
    public NamedPattern onlyWith(String... literals) {
        return within(WHOLE_TEXT, literals);
    }

    /** A reach past either end of any text leakscope reads (texts are cut far below it). */
    private static final int WHOLE_TEXT = 1 << 30;

    /** The same pattern, searched for only within {@code reach} characters of one of these literals. */
    public NamedPattern within(int reach, String... literals) {
        return new NamedPattern(name, pattern, baseScore, type, List.of(literals), reach, minDigits, minCapitals, minBlock, digitsAfterLetter, hyphenBlocks);
    }

    /** The same pattern, searched for only around runs of at least {@code digits} digits. */
    public NamedPattern aroundDigits(int digits) {
        requireRunKept(digits);
        return new NamedPattern(name, pattern, baseScore, type, anchors, reach, digits, minCapitals, minBlock, digitsAfterLetter, hyphenBlocks);
    }

    /** The same pattern, searched for only around runs holding at least {@code digits} digits in a row. */
    public NamedPattern aroundDigitBlock(int digits) {
        requireRunKept(digits);
        return new NamedPattern(name, pattern, baseScore, type, anchors, reach, digits, minCapitals, digits, digitsAfterLetter, hyphenBlocks);
    }

    /**
     * The same pattern, searched for only from runs of at least {@code letters} ASCII capitals, up to
     * {@code reach} characters past them: codes in capitals cost nothing in Japanese prose.
     */
    public NamedPattern fromCapitals(int letters, int reach) {
        if (letters < NormalizedText.MIN_RUN_CAPITALS) {
            throw new IllegalArgumentException("capital runs shorter than " + NormalizedText.MIN_RUN_CAPITALS + " are not kept: " + letters);
        }
        return new NamedPattern(name, pattern, baseScore, type, anchors, reach, minDigits, letters, minBlock, digitsAfterLetter, hyphenBlocks);
    }

    /** The same digit-based pattern, searched for only around runs of digits that directly follow an ASCII letter. */
    public NamedPattern afterLetter() {
        return new NamedPattern(name, pattern, baseScore, type, anchors, reach, minDigits, minCapitals, minBlock, true, hyphenBlocks);
    }

    private static void requireRunKept(int digits) {
        if (digits < NormalizedText.MIN_RUN_DIGITS) {
            throw new IllegalArgumentException("digit runs shorter than " + NormalizedText.MIN_RUN_DIGITS + " are not kept: " + digits);
        }
    }

    /**
     * The same digit-based pattern, searched for only around runs with a part of blocks of these many
     * digits joined by hyphens (3, 2, 4: 123-45-6789). Only for a pattern whose matches are such a part
     * whole: a digit or a hyphen on neither side.
     */
    public NamedPattern hyphenated(Integer... blocks) {
        return new NamedPattern(name, pattern, baseScore, type, anchors, reach, minDigits, minCapitals, minBlock, digitsAfterLetter, List.of(blocks));
    }

    /** Whether the pattern has a named group "v" marking the value inside the match. */
    public boolean hasValueGroup() {
        return pattern.pattern().contains("(?<v>");
    }
}
