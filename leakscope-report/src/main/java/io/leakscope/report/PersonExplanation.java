package io.leakscope.report;

import io.leakscope.core.model.Finding;
import io.leakscope.core.model.Masking;
import io.leakscope.core.resolve.LeakRecord;
import io.leakscope.core.resolve.MasterConflict;
import io.leakscope.core.resolve.MergeLink;
import io.leakscope.core.resolve.ResolvedPerson;
import io.leakscope.core.text.TerminalText;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Why a person is who the case says: the master record and the rule that gave the category, the
 * keys on which their records were merged, and every record with its document, place and values.
 * Values are masked unless the reader asks to reveal them.
 */
public final class PersonExplanation {
    private PersonExplanation() {
    }

    public static String text(ResolvedPerson p, List<LeakRecord> records, boolean reveal) {
        return text(p, records, List.of(), java.util.Set.of(), reveal);
    }

    /**
     * With the merges that formed the person, each naming the two records (or master row) and the
     * shared key; records from documents read by OCR are marked, since their values may be misread.
     */
    public static String text(ResolvedPerson p, List<LeakRecord> records, List<MergeLink> links, java.util.Set<String> ocrDocuments,
                              boolean reveal) {
        return text(p, records, links, List.of(), ocrDocuments, reveal);
    }

    /** With the merges refused because they would have joined another master row, for the reviewer to decide. */
    public static String text(ResolvedPerson p, List<LeakRecord> records, List<MergeLink> links, List<MasterConflict> conflicts,
                              java.util.Set<String> ocrDocuments, boolean reveal) {
        StringBuilder sb = new StringBuilder();
        sb.append("person   ").append(p.personId()).append('\n');
        sb.append("name     ").append(shown(reveal ? p.displayName() : Masking.name(p.displayName()))).append('\n');
        sb.append("category ").append(p.category()).append("  (").append(categoryReason(p)).append(")\n");
        sb.append("master   ").append(p.masterSource() == null ? "none" : shown(p.masterSource() + " " + p.masterKey())).append('\n');
        sb.append("merged   ").append(p.mergeReasons().isEmpty() ? "a single record" : "on " + String.join(", ", new java.util.TreeSet<>(p.mergeReasons())))
                .append('\n');
        Map<String, String> where = new java.util.HashMap<>();
        records.forEach(r -> where.put("record " + r.id(), shown(r.record().documentPath() + " # " + r.record().locator())));
        for (MergeLink l : links) {
            sb.append("  ").append(where.getOrDefault(l.from(), l.from())).append("  ⇄  ").append(where.getOrDefault(l.to(), l.to()))
                    .append("  on ").append(l.reason()).append('\n');
        }
        for (MasterConflict c : conflicts) {
            sb.append("conflict ").append(shown(c.other())).append(" shares a key (").append(shown(c.key()))
                    .append(") but is linked to another master row: not merged; `person merge` if they are one person\n");
        }
        p.reviewFlags().stream().sorted().forEach(f -> sb.append("review   ").append(f.english()).append(" (").append(f.id()).append(")\n"));
        sb.append("elements ").append(String.join(", ", p.elements().stream().map(e -> e.id()).toList())).append('\n');
        sb.append("records  ").append(records.size()).append(" in ").append(p.documents().size()).append(" document(s)\n");
        for (LeakRecord r : records) {
            sb.append("  ").append(shown(r.record().documentPath())).append("  ").append(shown(r.record().locator()))
                    .append("  [").append(r.record().kind().name().toLowerCase(java.util.Locale.ROOT)).append("]")
                    .append(ocrDocuments.contains(r.record().documentPath()) ? "  (OCR: check against the image)" : "").append('\n');
            Map<String, List<String>> byType = new TreeMap<>();
            for (Finding f : r.record().findings()) {
                byType.computeIfAbsent(f.type().id(), k -> new java.util.ArrayList<>())
                        .add(shown(reveal ? f.value() : Masking.mask(f.type(), f.value())));
            }
            byType.forEach((type, values) -> sb.append("      ").append(type).append(": ").append(String.join(" | ", values)).append('\n'));
        }
        if (!reveal) {
            sb.append("(values masked; --reveal shows them)\n");
        }
        return sb.toString();
    }

    /** Paths, locators and values come from leaked files: shown, never acted on by the terminal. */
    private static String shown(String s) {
        return TerminalText.escape(s);
    }

    private static String categoryReason(ResolvedPerson p) {
        String r = p.categoryReason();
        if (r.startsWith("master ")) {
            return "from " + r;
        }
        if (r.startsWith("rule ")) {
            return "case rule " + r.substring(5) + " of case.yaml matched";
        }
        return r.equals("default") ? "no master and no rule matched: default_category" : r;
    }
}
