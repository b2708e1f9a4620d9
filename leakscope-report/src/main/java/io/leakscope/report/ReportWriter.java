package io.leakscope.report;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.leakscope.core.impact.CategoryImpact;
import io.leakscope.core.model.Element;
import io.leakscope.core.model.InventoryEntry;
import io.leakscope.core.obligations.Obligation;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Writes the case report: {@code summary.json}, {@code summary.md} and a self-contained
 * {@code index.html} (inline CSS and SVG chart, opens offline). Aggregates only: no person's
 * values appear in the report.
 */
public final class ReportWriter {
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private ReportWriter() {
    }

    public static void write(ReportData data, Path dir) throws IOException {
        Files.createDirectories(dir);
        JSON.writeValue(dir.resolve("summary.json").toFile(), json(data));
        Files.writeString(dir.resolve("summary.md"), markdown(data), StandardCharsets.UTF_8);
        Files.writeString(dir.resolve("index.html"), html(data), StandardCharsets.UTF_8);
        SpreadsheetWriter.write(data, dir.resolve("summary.xlsx"));
    }

    /** The impact summary as PDF ({@code summary.pdf}): the table by category, the obligations, what was not found, what else leaked. */
    public static void writePdf(ReportData d, Path dir) throws IOException {
        StringBuilder b = new StringBuilder();
        b.append("<h1>漏えいが確認された個人情報 / Personal data confirmed leaked</h1><p>").append(PdfRenderer.esc(d.caseName()))
                .append(" — 影響を受けた人数 / affected persons: <b>").append(d.impact().totalPersons()).append("</b></p>");
        b.append("<table><tr><th>区分 / category</th><th>人数</th><th>漏えいした情報 / data elements (persons)</th></tr>");
        for (CategoryImpact c : d.impact().rows()) {
            b.append("<tr><td>").append(PdfRenderer.esc(c.category())).append("</td><td>").append(c.persons()).append("</td><td>")
                    .append(PdfRenderer.esc(elements(c.elementCounts()))).append("</td></tr>");
        }
        b.append("</table>");
        reviewSentences(d).forEach(line -> b.append("<p>").append(PdfRenderer.esc(line)).append("</p>"));
        if (!d.obligations().isEmpty()) {
            b.append("<h2>法令上の対応と期限 / Obligations</h2><table><tr><th>obligation</th><th>required</th><th>due</th></tr>");
            for (Obligation o : d.obligations()) {
                b.append("<tr><td>").append(PdfRenderer.esc(o.id())).append("</td><td>").append(required(o)).append("</td><td>")
                        .append(o.due() == null ? "—" : PdfRenderer.esc(o.due())).append("</td></tr>");
            }
            b.append("</table>");
        }
        if (!d.unattributed().isEmpty()) {
            b.append("<h2>本人を特定できなかった情報 / Values tied to no person</h2>");
            d.unattributed().forEach(u -> b.append("<p>").append(PdfRenderer.esc(unattributedSentence(u))).append("</p>"));
        }
        b.append("<h2>検出されなかった情報 / Not found</h2>");
        d.absent().forEach(a -> b.append("<p>").append(PdfRenderer.esc(notFoundSentence(a))).append("</p>"));
        b.append(OtherInformationSection.pdfHtml(d.otherInformation()));
        PdfRenderer.render("leakscope — " + d.caseName(), b.toString(), dir.resolve("summary.pdf"));
    }

    /** The PPC report drafts, {@code ppc-report-ja.md} and {@code ppc-report-en.md}. */
    public static void writePpcDrafts(ReportData data, PpcReportDraft.Facts facts, Path dir) throws IOException {
        Files.createDirectories(dir);
        Files.writeString(dir.resolve("ppc-report-ja.md"), PpcReportDraft.japanese(data, facts), StandardCharsets.UTF_8);
        Files.writeString(dir.resolve("ppc-report-en.md"), PpcReportDraft.english(data, facts), StandardCharsets.UTF_8);
    }

    static ObjectNode json(ReportData d) {
        ObjectNode root = JSON.createObjectNode();
        root.put("case", d.caseName());
        root.put("total_persons", d.impact().totalPersons());
        ArrayNode cats = root.putArray("categories");
        for (CategoryImpact c : d.impact().rows()) {
            ObjectNode n = cats.addObject();
            n.put("category", c.category());
            n.put("persons", c.persons());
            ObjectNode el = n.putObject("elements");
            c.elementCounts().forEach((e, count) -> el.put(e.id(), count));
            ArrayNode combos = n.putArray("combinations");
            for (CategoryImpact.Combination combo : c.combinations()) {
                ObjectNode cn = combos.addObject();
                cn.putArray("elements");
                combo.elements().forEach(e -> cn.withArray("elements").add(e.id()));
                cn.put("persons", combo.persons());
            }
        }
        ObjectNode inv = root.putObject("inventory");
        inv.put("files_seen", d.inventory().seen());
        inv.put("done", d.inventory().done());
        inv.put("distinct_contents_done", d.inventory().distinctDone());
        inv.put("failed", d.inventory().failed());
        inv.put("skipped", d.inventory().skipped());
        ObjectNode byType = inv.putObject("by_media_type");
        d.inventory().byType().forEach((t, m) -> {
            ObjectNode tn = byType.putObject(t);
            m.forEach(tn::put);
        });
        ObjectNode byContainer = inv.putObject("by_container");
        d.inventory().byContainer().forEach((c, m) -> {
            ObjectNode cn = byContainer.putObject(c);
            m.forEach(cn::put);
        });
        ObjectNode byReason = inv.putObject("not_done_by_reason");
        d.inventory().byReason().forEach(byReason::put);
        ObjectNode ocr = inv.putObject("ocr");
        ocr.put("files", d.inventory().ocr().size()).put("findings", d.inventory().ocrFindings());
        d.inventory().ocr().forEach(e -> ocr.withArray("paths").add(e.path()));
        ArrayNode notDone = inv.putArray("not_done");
        for (InventoryEntry e : d.inventory().notDone()) {
            notDone.addObject().put("path", e.path()).put("status", e.status()).put("reason", e.reason());
        }
        ArrayNode unattributed = root.putArray("unattributed");
        for (ReportData.Unattributed u : d.unattributed()) {
            unattributed.addObject().put("element", u.element().id()).put("values", u.values()).put("documents", u.documents());
        }
        ArrayNode absent = root.putArray("not_found");
        for (ReportData.Absent a : d.absent()) {
            absent.addObject().put("element", a.element().id()).put("files_read", a.filesRead()).put("files_unreadable", a.filesUnreadable());
        }
        ArrayNode obligations = root.putArray("obligations");
        for (Obligation o : d.obligations()) {
            ObjectNode n = obligations.addObject().put("id", o.id()).put("recipient", o.recipient()).put("action", o.action())
                    .put("required", required(o)).put("due", o.due()).put("due_note", o.dueNote()).put("persons", o.persons());
            o.triggers().forEach(n.putArray("triggers")::add);
        }
        OtherInformationSection.json(d.otherInformation(), root);
        ObjectNode review = root.putObject("review");
        review.put("system_logs_only", d.impact().systemLogsOnly() == null ? 0 : d.impact().systemLogsOnly().persons());
        review.put("master_conflicts", d.impact().masterConflicts());
        review.put("header_only", d.impact().headerOnly());
        review.put("ambiguous_mentions", d.ambiguous().values().stream().mapToInt(List::size).sum());
        ObjectNode amb = root.putObject("ambiguous_mentions");
        d.ambiguous().forEach((path, locators) -> locators.forEach(amb.putArray(path)::add));
        return root;
    }

    static String markdown(ReportData d) {
        StringBuilder sb = new StringBuilder();
        sb.append("# 漏えいが確認された個人情報 / Personal data confirmed leaked — ").append(MarkdownText.escape(d.caseName())).append("\n\n");
        sb.append("Affected persons: **").append(d.impact().totalPersons()).append("**\n\n");
        sb.append("| category | persons | data elements (persons) |\n|---|---:|---|\n");
        for (CategoryImpact c : d.impact().rows()) {
            sb.append("| ").append(c.category()).append(" | ").append(c.persons()).append(" | ").append(elements(c.elementCounts())).append(" |\n");
        }
        reviewSentences(d).forEach(line -> sb.append("\n").append(line).append("\n"));
        for (CategoryImpact c : d.impact().rows()) {
            sb.append("\n## ").append(c.category()).append(" (").append(c.persons()).append(")\n\n");
            for (CategoryImpact.Combination combo : c.combinations()) {
                sb.append("- ").append(combo.elements().stream().map(ElementLabels::ja).collect(Collectors.joining("、")))
                        .append(" (").append(combo.persons()).append("人)\n");
            }
        }
        if (!d.obligations().isEmpty()) {
            sb.append("\n## 法令上の対応と期限 / Obligations and deadlines\n\n| obligation | recipient | required | due | triggers | note |\n"
                    + "|---|---|---|---|---|---|\n");
            for (Obligation o : d.obligations()) {
                sb.append("| ").append(o.id()).append(" | ").append(o.recipient()).append(" | ").append(required(o)).append(" | ")
                        .append(o.due() == null ? "—" : o.due()).append(" | ").append(String.join(", ", o.triggers())).append(" | ")
                        .append(o.dueNote()).append(" |\n");
            }
        }
        if (!d.timeline().isEmpty()) {
            sb.append("\n## Timeline\n\n| date | day | what | status |\n|---|---:|---|---|\n");
            d.timeline().forEach(e -> sb.append("| ").append(e.date()).append(" | ").append(e.day()).append(" | ").append(MarkdownText.escape(e.what())).append(" | ")
                    .append(e.status()).append(" |\n"));
        }
        sb.append(OtherInformationSection.markdown(d.otherInformation()));
        sb.append("\n## Inventory\n\nFiles seen ").append(d.inventory().seen()).append(" = done ").append(d.inventory().done())
                .append(" + failed ").append(d.inventory().failed()).append(" + skipped ").append(d.inventory().skipped()).append("\n\n");
        copiesSentence(d.inventory()).ifPresent(line -> sb.append(line).append("\n\n"));
        d.inventory().byContainer().forEach((c, m) -> sb.append("- members of ").append(MarkdownText.escape(c)).append(": ")
                .append(m.values().stream().mapToInt(Integer::intValue).sum()).append(" = ").append(m).append('\n'));
        if (!d.inventory().byReason().isEmpty()) {
            sb.append("\nNot read, by reason: ").append(reasons(d.inventory().byReason())).append("\n\n");
        }
        for (InventoryEntry e : d.inventory().notDone()) {
            sb.append("- ").append(MarkdownText.escape(e.path())).append(": ").append(e.status()).append(" (").append(MarkdownText.escape(e.reason()))
                    .append(")\n");
        }
        if (!d.inventory().ocr().isEmpty()) {
            sb.append("\n").append(ocrSentence(d.inventory())).append("\n\n");
            d.inventory().ocr().forEach(e -> sb.append("- ").append(MarkdownText.escape(e.path())).append(": ").append(e.findings()).append(" findings\n"));
        }
        if (!d.unattributed().isEmpty()) {
            sb.append("\n## 本人を特定できなかった情報 / Values tied to no person\n\n");
            d.unattributed().forEach(u -> sb.append("- ").append(unattributedSentence(u)).append('\n'));
        }
        sb.append("\n## Not found\n\n");
        for (ReportData.Absent a : d.absent()) {
            sb.append("- ").append(notFoundSentence(a)).append('\n');
        }
        return sb.toString();
    }

    /** What the table holds that a reviewer should look at before signing: persons seen only in logs, master conflicts. */
    static List<String> reviewSentences(ReportData d) {
        List<String> out = new java.util.ArrayList<>();
        if (d.impact().systemLogsOnly() != null) {
            out.add("要確認 / To review: " + d.impact().systemLogsOnly().persons() + " persons are known only from addresses in system logs"
                    + " (no name, no master row); counted apart in the row " + io.leakscope.core.impact.ImpactSummary.SYSTEM_LOGS_ONLY
                    + " (to list them: leakscope person list --flag system_logs_only).");
        }
        if (d.impact().masterConflicts() > 0) {
            out.add("要確認 / To review: " + d.impact().masterConflicts() + " persons share a key with another master row and were not merged"
                    + " with it (to list them: leakscope person list --flag master_conflict; why: leakscope person show).");
        }
        if (d.impact().headerOnly() > 0) {
            out.add("要確認 / To review: " + d.impact().headerOnly() + " persons are known only from mail headers (no master row, never in"
                    + " a document's body); counted, but no notice is written to them until a reviewer decides (an attacker's own address"
                    + " in a planted mail looks the same; to list them: leakscope person list --flag header_only; to decide: leakscope person category).");
        }
        return out;
    }

    /** Copies are read once but each is counted (and listed in persons' documents) under its own path. */
    private static Optional<String> copiesSentence(ReportData.Inventory inv) {
        int copies = inv.done() - inv.distinctDone();
        return copies <= 0 ? Optional.empty() : Optional.of("The " + inv.done() + " files read hold "
                + inv.distinctDone() + " distinct contents: " + copies + " are byte-identical copies (same SHA-256) of another,"
                + " each counted under its own path.");
    }

    private static String reasons(Map<String, Integer> byReason) {
        return byReason.entrySet().stream().map(e -> MarkdownText.escape(e.getKey()) + " " + e.getValue()).collect(Collectors.joining(", "));
    }

    static String ocrSentence(ReportData.Inventory inv) {
        return "OCR の結果を含むファイル / Files read by OCR: " + inv.ocr().size() + " (" + inv.ocrFindings()
                + " findings). OCR can misread characters: check these findings against the images.";
    }

    static String required(Obligation o) {
        return switch (o.required()) {
            case TRUE -> "yes";
            case FALSE -> "no";
            default -> "needs review";
        };
    }

    /** Leaked all the same: a value of the element in a document, no person it could be tied to. */
    static String unattributedSentence(ReportData.Unattributed u) {
        return u.values() + " " + ElementLabels.en(u.element()) + (u.values() == 1 ? " value" : " values") + " (" + ElementLabels.ja(u.element())
                + ") in " + u.documents() + (u.documents() == 1 ? " document" : " documents") + " could not be tied to a person: leaked all the same.";
    }

    /** The Japanese sentence for the PPC draft. */
    static String unattributedSentenceJa(ReportData.Unattributed u) {
        return ElementLabels.ja(u.element()) + " " + u.values() + " 件（" + u.documents() + " ファイル）は、特定の本人に結び付けられなかったが、漏えいした情報に含まれる。";
    }

    static String notFoundSentence(ReportData.Absent a) {
        return "No " + ElementLabels.en(a.element()) + " (" + ElementLabels.ja(a.element()) + ") found in " + a.filesRead()
                + " files read; " + a.filesUnreadable() + " files unreadable.";
    }

    private static String elements(Map<Element, Integer> counts) {
        return counts.entrySet().stream().map(e -> ElementLabels.ja(e.getKey()) + " " + e.getValue()).collect(Collectors.joining(", "));
    }

    static String html(ReportData d) {
        StringBuilder sb = new StringBuilder();
        sb.append("<!DOCTYPE html><html lang=\"ja\"><head><meta charset=\"utf-8\"><title>leakscope — ").append(esc(d.caseName()))
                .append("</title><style>body{font-family:sans-serif;margin:2em;max-width:70em}table{border-collapse:collapse;margin:1em 0}"
                        + "td,th{border:1px solid #bbb;padding:.3em .6em;text-align:left}td.n{text-align:right}"
                        + ".bar{fill:#3a6ea5}.lbl{font-size:12px}</style></head><body>");
        sb.append("<h1>漏えいが確認された個人情報 / Personal data confirmed leaked</h1><p>Case <b>").append(esc(d.caseName()))
                .append("</b> — affected persons: <b>").append(d.impact().totalPersons()).append("</b></p>");
        sb.append(BarChart.svg("persons per category", d.impact().rows().stream().map(c -> Map.entry(c.category(), c.persons())).toList()));
        sb.append("<table><tr><th>category</th><th>persons</th>");
        List<Element> shown = List.of(Element.values()).stream().filter(e -> d.impact().elementTotals().containsKey(e)).toList();
        shown.forEach(e -> sb.append("<th>").append(esc(ElementLabels.ja(e))).append("</th>"));
        sb.append("</tr>");
        for (CategoryImpact c : d.impact().rows()) {
            sb.append("<tr><td>").append(esc(c.category())).append("</td><td class=n>").append(c.persons()).append("</td>");
            shown.forEach(e -> sb.append("<td class=n>").append(c.elementCounts().getOrDefault(e, 0)).append("</td>"));
            sb.append("</tr>");
        }
        sb.append("</table>");
        reviewSentences(d).forEach(line -> sb.append("<p>").append(esc(line)).append("</p>"));
        if (!d.obligations().isEmpty()) {
            sb.append("<h2>法令上の対応と期限 / Obligations and deadlines</h2><table><tr><th>obligation</th><th>recipient</th><th>required</th>"
                    + "<th>due</th><th>triggers</th><th>note</th></tr>");
            for (Obligation o : d.obligations()) {
                sb.append("<tr><td>").append(esc(o.id())).append("</td><td>").append(esc(o.recipient())).append("</td><td>").append(required(o))
                        .append("</td><td>").append(o.due() == null ? "—" : esc(o.due())).append("</td><td>").append(esc(String.join(", ", o.triggers())))
                        .append("</td><td>").append(esc(o.dueNote())).append("</td></tr>");
            }
            sb.append("</table>");
        }
        sb.append("<h2>Common combinations</h2>");
        for (CategoryImpact c : d.impact().rows()) {
            sb.append("<h3>").append(esc(c.category())).append(" (").append(c.persons()).append("人)</h3><ul>");
            for (CategoryImpact.Combination combo : c.combinations()) {
                sb.append("<li>").append(esc(combo.elements().stream().map(ElementLabels::ja).collect(Collectors.joining("、"))))
                        .append(" (").append(combo.persons()).append("人)</li>");
            }
            sb.append("</ul>");
        }
        sb.append(OtherInformationSection.html(d.otherInformation()));
        sb.append("<h2>Inventory</h2><p>Files seen ").append(d.inventory().seen()).append(" = done ").append(d.inventory().done())
                .append(" + failed ").append(d.inventory().failed()).append(" + skipped ").append(d.inventory().skipped()).append("</p>");
        copiesSentence(d.inventory()).ifPresent(line -> sb.append("<p>").append(esc(line)).append("</p>"));
        sb.append("<table><tr><th>media type</th><th>done</th><th>failed</th><th>skipped</th></tr>");
        d.inventory().byType().forEach((t, m) -> sb.append("<tr><td>").append(esc(t)).append("</td><td class=n>")
                .append(m.getOrDefault("done", 0)).append("</td><td class=n>").append(m.getOrDefault("failed", 0))
                .append("</td><td class=n>").append(m.getOrDefault("skipped", 0)).append("</td></tr>"));
        sb.append("</table>");
        if (!d.inventory().byReason().isEmpty()) {
            sb.append("<p>Not read, by reason: ").append(esc(reasons(d.inventory().byReason()))).append("</p>");
        }
        sb.append("<h3>Files not read</h3><ul>");
        for (InventoryEntry e : d.inventory().notDone()) {
            sb.append("<li><code>").append(esc(e.path())).append("</code>: ").append(e.status()).append(" (").append(esc(e.reason())).append(")</li>");
        }
        sb.append("</ul>");
        if (!d.inventory().ocr().isEmpty()) {
            sb.append("<h3>Files read by OCR</h3><p>").append(esc(ocrSentence(d.inventory()))).append("</p><ul>");
            d.inventory().ocr().forEach(e -> sb.append("<li><code>").append(esc(e.path())).append("</code>: ").append(e.findings()).append(" findings</li>"));
            sb.append("</ul>");
        }
        if (!d.unattributed().isEmpty()) {
            sb.append("<h2>本人を特定できなかった情報 / Values tied to no person</h2><ul>");
            d.unattributed().forEach(u -> sb.append("<li>").append(esc(unattributedSentence(u))).append("</li>"));
            sb.append("</ul>");
        }
        sb.append("<h2>Not found</h2><ul>");
        d.absent().forEach(a -> sb.append("<li>").append(esc(notFoundSentence(a))).append("</li>"));
        sb.append("</ul>");
        if (!d.ambiguous().isEmpty()) {
            sb.append("<h2>Mentions to review</h2><p>Names that match several people; not counted.</p><ul>");
            d.ambiguous().forEach((p, l) -> sb.append("<li><code>").append(esc(p)).append("</code>: ").append(l.size()).append("</li>"));
            sb.append("</ul>");
        }
        return sb.append("</body></html>\n").toString();
    }

    static String esc(String s) {
        return s == null ? "" : s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
