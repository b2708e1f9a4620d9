package io.leakscope.report;

import io.leakscope.core.impact.ImpactSummary;
import io.leakscope.core.model.Element;
import io.leakscope.core.model.InventoryEntry;
import io.leakscope.core.obligations.Obligation;
import io.leakscope.core.obligations.Timeline;
import io.leakscope.core.resolve.ResolvedPerson;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Everything a report states, computed once from the case: the impact table, the inventory totals,
 * the negative statements with their evidence, the obligations with their deadlines, and the other
 * information that leaked (documents by class, confidential-information flags).
 */
public record ReportData(String caseName, ImpactSummary impact, Inventory inventory, List<Absent> absent,
                         Map<String, List<String>> ambiguous, List<Obligation> obligations, List<Timeline.Entry> timeline,
                         OtherInformation otherInformation, List<Unattributed> unattributed) {

    /** The same data with the case timeline. */
    public ReportData withTimeline(List<Timeline.Entry> entries) {
        return new ReportData(caseName, impact, inventory, absent, ambiguous, obligations, List.copyOf(entries), otherInformation, unattributed);
    }

    /**
     * The same data with the values tied to no person (by path, counted by element): they are
     * reported, and an element they hold is no longer "not found", whoever it belongs to.
     */
    public ReportData withUnattributed(Map<String, Map<Element, Integer>> byDocument) {
        Map<Element, int[]> totals = new java.util.EnumMap<>(Element.class);
        byDocument.values().forEach(counts -> counts.forEach((e, n) -> {
            int[] t = totals.computeIfAbsent(e, k -> new int[2]);
            t[0] += n;
            t[1]++;
        }));
        List<Unattributed> rows = totals.entrySet().stream().map(t -> new Unattributed(t.getKey(), t.getValue()[0], t.getValue()[1])).toList();
        List<Absent> stillAbsent = absent.stream().filter(a -> !totals.containsKey(a.element())).toList();
        return new ReportData(caseName, impact, inventory, stillAbsent, ambiguous, obligations, timeline, otherInformation, rows);
    }

    /** Values of one element found in documents but tied to no person: leaked all the same. */
    public record Unattributed(Element element, int values, int documents) {
    }

    /**
     * Inventory totals: by status, by media type and status, by containing archive or mail store
     * (its members: done, failed, skipped), by reason code (encrypted, corrupt, timeout …), every file
     * not done with its reason, and the files whose text came (partly) from OCR.
     *
     * @param distinctDone how many distinct contents (SHA-256) the files read hold: the other files read are copies
     */
    public record Inventory(int seen, int done, int distinctDone, int failed, int skipped, Map<String, Map<String, Integer>> byType,
                            Map<String, Map<String, Integer>> byContainer, Map<String, Integer> byReason,
                            List<InventoryEntry> notDone, List<InventoryEntry> ocr) {

        public int ocrFindings() {
            return ocr.stream().mapToInt(InventoryEntry::findings).sum();
        }
    }

    /** An element found for no person, with the evidence: how many files were read and which could not be. */
    public record Absent(Element element, int filesRead, int filesUnreadable) {
    }

    public static ReportData of(String caseName, List<ResolvedPerson> persons, List<InventoryEntry> inventory,
                                Map<String, List<String>> ambiguous) {
        return of(caseName, persons, inventory, ambiguous, List.of());
    }

    /** With the obligations the case's facts trigger (empty when the case has no awareness date). */
    public static ReportData of(String caseName, List<ResolvedPerson> persons, List<InventoryEntry> inventory,
                                Map<String, List<String>> ambiguous, List<Obligation> obligations) {
        ImpactSummary impact = ImpactSummary.of(persons);
        Inventory inv = inventory(inventory);
        List<Absent> absent = new ArrayList<>();
        for (Element e : Element.values()) {
            if (!impact.elementTotals().containsKey(e)) {
                absent.add(new Absent(e, inv.done(), inv.failed()));
            }
        }
        return new ReportData(caseName, impact, inv, absent, ambiguous, List.copyOf(obligations), List.of(),
                OtherInformation.of(inventory), List.of());
    }

    private static Inventory inventory(List<InventoryEntry> entries) {
        int done = 0;
        int failed = 0;
        int skipped = 0;
        Map<String, Map<String, Integer>> byType = new TreeMap<>();
        Map<String, Map<String, Integer>> byContainer = new TreeMap<>();
        Map<String, Integer> byReason = new TreeMap<>();
        List<InventoryEntry> notDone = new ArrayList<>();
        List<InventoryEntry> ocr = new ArrayList<>();
        Set<String> contents = new HashSet<>();
        for (InventoryEntry e : entries) {
            switch (e.status()) {
                case "done" -> {
                    done++;
                    contents.add(e.sha256() == null ? e.path() : e.sha256());
                }
                case "failed" -> failed++;
                default -> skipped++;
            }
            // a file read only in part (done, with the fault or the limit named) is listed with the files not read
            if (!e.status().equals("done") || e.reason() != null) {
                notDone.add(e);
                byReason.merge(reasonCode(e.reason()), 1, Integer::sum);
            }
            if (e.ocr()) {
                ocr.add(e);
            }
            String type = e.mediaType() == null ? "unknown" : e.mediaType();
            byType.computeIfAbsent(type, k -> new TreeMap<>()).merge(e.status(), 1, Integer::sum);
            if (e.parent() != null) {
                byContainer.computeIfAbsent(e.parent(), k -> new TreeMap<>()).merge(e.status(), 1, Integer::sum);
            }
        }
        return new Inventory(entries.size(), done, contents.size(), failed, skipped, byType, byContainer, byReason, notDone, ocr);
    }

    /** The machine-readable code of a reason: "timeout: reading took over 300 s" → "timeout". */
    static String reasonCode(String reason) {
        if (reason == null) {
            return "unknown";
        }
        int colon = reason.indexOf(':');
        return colon < 0 ? reason : reason.substring(0, colon);
    }
}
