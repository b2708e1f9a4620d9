package io.leakscope.core.impact;

import io.leakscope.core.model.Element;
import io.leakscope.core.resolve.ResolvedPerson;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** The affected-persons table computed from the resolved persons. */
public record ImpactSummary(int totalPersons, List<CategoryImpact> categories, Map<Element, Integer> elementTotals) {
    public static final int MAX_COMBINATIONS = 8;

    public static ImpactSummary of(List<ResolvedPerson> persons) {
        Map<String, List<ResolvedPerson>> byCategory = new TreeMap<>();
        persons.forEach(p -> byCategory.computeIfAbsent(p.category(), k -> new ArrayList<>()).add(p));
        List<CategoryImpact> rows = new ArrayList<>();
        byCategory.forEach((category, ps) -> rows.add(categoryImpact(category, ps)));
        rows.sort(Comparator.comparingInt(CategoryImpact::persons).reversed().thenComparing(CategoryImpact::category));
        return new ImpactSummary(persons.size(), rows, countElements(persons));
    }

    private static CategoryImpact categoryImpact(String category, List<ResolvedPerson> ps) {
        Map<List<Element>, Integer> combos = new HashMap<>();
        for (ResolvedPerson p : ps) {
            combos.merge(List.copyOf(p.elements()), 1, Integer::sum);
        }
        List<CategoryImpact.Combination> top = combos.entrySet().stream()
                .sorted(Map.Entry.<List<Element>, Integer>comparingByValue().reversed()
                        .thenComparing(e -> e.getKey().toString()))
                .limit(MAX_COMBINATIONS)
                .map(e -> new CategoryImpact.Combination(e.getKey(), e.getValue()))
                .toList();
        return new CategoryImpact(category, ps.size(), countElements(ps), top);
    }

    private static Map<Element, Integer> countElements(List<ResolvedPerson> ps) {
        Map<Element, Integer> counts = new EnumMap<>(Element.class);
        ps.forEach(p -> p.elements().forEach(e -> counts.merge(e, 1, Integer::sum)));
        return counts;
    }
}
