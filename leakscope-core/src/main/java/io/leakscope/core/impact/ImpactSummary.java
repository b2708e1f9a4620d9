package io.leakscope.core.impact;

import io.leakscope.core.model.Element;
import io.leakscope.core.resolve.ResolvedPerson;
import io.leakscope.core.resolve.ReviewFlag;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The affected-persons table computed from the resolved persons: a row per category, and apart from
 * them a row of the persons known only from addresses in machine logs ({@link #SYSTEM_LOGS_ONLY}),
 * for a reviewer to triage in bulk; every person is in exactly one row, so the rows sum to the total.
 *
 * @param systemLogsOnly the row of persons seen only in system logs, or {@code null} when there are none
 * @param masterConflicts persons kept apart from another master row that shares a key with them
 * @param headerOnly      persons known only from mail headers, counted in their categories, awaiting a reviewer's decision
 */
public record ImpactSummary(int totalPersons, List<CategoryImpact> categories, Map<Element, Integer> elementTotals,
                            CategoryImpact systemLogsOnly, int masterConflicts, int headerOnly) {
    public static final int MAX_COMBINATIONS = 8;
    /** The id of the row of persons seen only in system logs. */
    public static final String SYSTEM_LOGS_ONLY = ReviewFlag.SYSTEM_LOGS_ONLY.id();

    public static ImpactSummary of(List<ResolvedPerson> persons) {
        Map<String, List<ResolvedPerson>> byCategory = new TreeMap<>();
        List<ResolvedPerson> logsOnly = new ArrayList<>();
        for (ResolvedPerson p : persons) {
            if (p.reviewFlags().contains(ReviewFlag.SYSTEM_LOGS_ONLY)) {
                logsOnly.add(p);
            } else {
                byCategory.computeIfAbsent(p.category(), k -> new ArrayList<>()).add(p);
            }
        }
        List<CategoryImpact> rows = new ArrayList<>();
        byCategory.forEach((category, ps) -> rows.add(categoryImpact(category, ps)));
        rows.sort(Comparator.comparingInt(CategoryImpact::persons).reversed().thenComparing(CategoryImpact::category));
        int conflicts = (int) persons.stream().filter(p -> p.reviewFlags().contains(ReviewFlag.MASTER_CONFLICT)).count();
        int headerOnly = (int) persons.stream().filter(p -> p.reviewFlags().contains(ReviewFlag.HEADER_ONLY)).count();
        return new ImpactSummary(persons.size(), rows, countElements(persons),
                logsOnly.isEmpty() ? null : categoryImpact(SYSTEM_LOGS_ONLY, logsOnly), conflicts, headerOnly);
    }

    /** The table's rows: the categories, then the persons seen only in system logs. */
    public List<CategoryImpact> rows() {
        if (systemLogsOnly == null) {
            return categories;
        }
        List<CategoryImpact> all = new ArrayList<>(categories);
        all.add(systemLogsOnly);
        return all;
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
