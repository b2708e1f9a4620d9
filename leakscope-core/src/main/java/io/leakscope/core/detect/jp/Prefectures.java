package io.leakscope.core.detect.jp;

import java.util.Comparator;
import java.util.List;

/** The prefectures of Japan (都道府県), as the postcode data names them. */
public final class Prefectures {
    public static final List<String> ALL = Municipalities.get().prefectures().stream()
            .sorted(Comparator.comparingInt(String::length).reversed().thenComparing(Comparator.naturalOrder())).toList();

    /** A regular-expression alternation of all prefectures, longest first. */
    public static final String ALTERNATION = String.join("|", ALL);

    private Prefectures() {
    }
}
