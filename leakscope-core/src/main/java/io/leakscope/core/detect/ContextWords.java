package io.leakscope.core.detect;

import java.util.List;

/**
 * Words near a candidate that make it more likely ({@code boosters}: 生年月日, 携帯, DOB …) or less
 * likely ({@code suppressors}: 代表, FAX, 注文番号, invoice …) to be the recognizer's type.
 * Words are compared after NFKC and lower-casing, in Japanese and English.
 */
public record ContextWords(List<String> boosters, List<String> suppressors) {
    public static final ContextWords NONE = new ContextWords(List.of(), List.of());

    public ContextWords {
        boosters = boosters.stream().map(w -> w.toLowerCase(java.util.Locale.ROOT)).toList();
        suppressors = suppressors.stream().map(w -> w.toLowerCase(java.util.Locale.ROOT)).toList();
    }
}
