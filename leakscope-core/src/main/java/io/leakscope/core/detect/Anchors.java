package io.leakscope.core.detect;

import io.leakscope.core.text.CharPairs;
import io.leakscope.core.text.NormalizedText;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;
import java.util.function.BiPredicate;

/**
 * The stretches of a text within reach of some literals: a pattern that always contains one of
 * them needs to run only there. An indexOf per literal is far cheaper than a regular expression
 * trying an alternation at every position (47 prefectures, company forms).
 */
public final class Anchors {
    private Anchors() {
    }

    /** The stretches {from, to} around every occurrence of the literals, merged where they overlap, in order. */
    public static List<int[]> regions(String s, List<String> literals, int reach) {
        return regions(s, literals, reach, (literal, at) -> true);
    }

    /** As {@link #regions(String, List, int)} in the normalised text, skipping the literals it cannot hold ({@link CharPairs}). */
    public static List<int[]> regions(NormalizedText text, List<String> literals, int reach) {
        CharPairs pairs = text.charPairs();
        List<String> present = literals.stream().filter(pairs::mayContain).toList();
        return present.isEmpty() ? List.of() : regions(text.normalized(), present, reach);
    }

    /** As {@link #regions(String, List, int)}, around the occurrences that {@code keep} takes (the literal, its index). */
    public static List<int[]> regions(String s, List<String> literals, int reach, BiPredicate<String, Integer> keep) {
        TreeMap<Integer, Integer> hits = new TreeMap<>();
        for (String a : literals) {
            for (int i = s.indexOf(a); i >= 0; i = s.indexOf(a, i + 1)) {
                if (keep.test(a, i)) {
                    hits.merge(Math.max(0, i - reach), Math.min(s.length(), i + a.length() + reach), Math::max);
                }
            }
        }
        List<int[]> out = new ArrayList<>();
        for (var h : hits.entrySet()) {
            int[] last = out.isEmpty() ? null : out.get(out.size() - 1);
            if (last != null && h.getKey() <= last[1]) {
                last[1] = Math.max(last[1], h.getValue());
            } else {
                out.add(new int[] {h.getKey(), h.getValue()});
            }
        }
        return out;
    }
}
