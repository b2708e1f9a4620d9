package io.leakscope.core.detect;

import io.leakscope.core.text.NormalizedText;
import java.util.List;
import java.util.Locale;

/**
 * Words near a candidate that make it more likely ({@code boosters}: 生年月日, 携帯, DOB …) or less
 * likely ({@code suppressors}: 代表, FAX, 注文番号, invoice …) to be the recognizer's type.
 * Words are compared as they stand in normalised text (NFKC), lower-cased, in Japanese and English.
 */
public record ContextWords(List<String> boosters, List<String> suppressors) {
    public static final ContextWords NONE = new ContextWords(List.of(), List.of());

    public ContextWords {
        boosters = boosters.stream().map(ContextWords::asInText).toList();
        suppressors = suppressors.stream().map(ContextWords::asInText).toList();
    }

    /** A word as it stands in normalised, lower-cased text: NFKC splits the Thai vowel ำ in two, for one. */
    private static String asInText(String word) {
        return NormalizedText.of(word).normalized().toLowerCase(Locale.ROOT);
    }
}
