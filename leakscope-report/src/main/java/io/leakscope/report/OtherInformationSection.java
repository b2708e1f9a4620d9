package io.leakscope.report;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.leakscope.core.docclass.ConfidentialFlag;
import io.leakscope.core.docclass.FlagKind;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** The report section "流出が確認されたその他の情報 / Other information confirmed leaked", in Markdown, HTML and JSON. */
final class OtherInformationSection {
    static final String TITLE = "流出が確認されたその他の情報 / Other information confirmed leaked";

    private OtherInformationSection() {
    }

    static String markdown(OtherInformation o) {
        StringBuilder sb = new StringBuilder("\n## ").append(TITLE).append("\n\n").append(intro(o)).append("\n\n");
        sb.append("| 分類 / class | documents | examples (why) |\n|---|---:|---|\n");
        for (OtherInformation.ClassCount c : o.classes()) {
            sb.append("| ").append(c.documentClass().label().both()).append(" | ")
                    .append(c.documents()).append(" | ").append(c.examples().stream().map(e -> MarkdownText.escape(e.path()) + " (" + MarkdownText.escape(e.explanation()) + ")")
                            .collect(Collectors.joining("<br>"))).append(" |\n");
        }
        for (FlagKind kind : FlagKind.values()) {
            List<OtherInformation.Flagged> docs = o.flagged().getOrDefault(kind, List.of());
            if (docs.isEmpty()) {
                sb.append("\n- ※").append(o.notFoundSentence(kind)).append('\n');
                continue;
            }
            sb.append("\n### ").append(kind.label().both()).append(": ").append(docs.size())
                    .append(" documents\n\n");
            docs.forEach(d -> sb.append("- ").append(MarkdownText.escape(d.path())).append(": ").append(MarkdownText.escape(evidence(d.flags())))
                    .append('\n'));
        }
        return sb.toString();
    }

    static String html(OtherInformation o) {
        StringBuilder sb = new StringBuilder("<h2>").append(esc(TITLE)).append("</h2><p>").append(esc(intro(o))).append("</p>");
        sb.append(BarChart.svg("documents per class", o.classes().stream().map(c -> Map.entry(c.documentClass().label().japanese(), c.documents())).toList()));
        sb.append("<table><tr><th>分類 / class</th><th>documents</th><th>examples (why)</th></tr>");
        for (OtherInformation.ClassCount c : o.classes()) {
            sb.append("<tr><td>").append(esc(c.documentClass().label().both())).append("</td><td class=n>")
                    .append(c.documents()).append("</td><td>").append(c.examples().stream()
                            .map(e -> "<code>" + esc(e.path()) + "</code> (" + esc(e.explanation()) + ")").collect(Collectors.joining("<br>")))
                    .append("</td></tr>");
        }
        sb.append("</table>");
        for (FlagKind kind : FlagKind.values()) {
            List<OtherInformation.Flagged> docs = o.flagged().getOrDefault(kind, List.of());
            if (docs.isEmpty()) {
                sb.append("<p>※").append(esc(o.notFoundSentence(kind))).append("</p>");
                continue;
            }
            sb.append("<h3>").append(esc(kind.label().both())).append(": ").append(docs.size()).append(" documents</h3><ul>");
            docs.forEach(d -> sb.append("<li><code>").append(esc(d.path())).append("</code>: ").append(esc(evidence(d.flags()))).append("</li>"));
            sb.append("</ul>");
        }
        return sb.toString();
    }

    /** The summary PDF's short form: documents per class, flagged documents per kind, the kinds flagged nowhere. */
    static String pdfHtml(OtherInformation o) {
        StringBuilder sb = new StringBuilder("<h2>").append(PdfRenderer.esc(TITLE)).append("</h2><p>").append(PdfRenderer.esc(intro(o)))
                .append("</p><table><tr><th>分類 / class</th><th>documents</th></tr>");
        o.classes().forEach(c -> sb.append("<tr><td>").append(PdfRenderer.esc(c.documentClass().label().both())).append("</td><td>")
                .append(c.documents()).append("</td></tr>"));
        sb.append("</table>");
        for (FlagKind kind : FlagKind.values()) {
            int docs = o.flagged().getOrDefault(kind, List.of()).size();
            sb.append("<p>").append(PdfRenderer.esc(docs == 0 ? "※" + o.notFoundSentence(kind)
                    : kind.label().both() + ": " + docs + " documents (summary.md)")).append("</p>");
        }
        return sb.toString();
    }

    static void json(OtherInformation o, ObjectNode root) {
        ObjectNode n = root.putObject("other_information");
        n.put("documents", o.documents()).put("documents_read", o.read()).put("unclassified", o.unclassified());
        ArrayNode classes = n.putArray("classes");
        for (OtherInformation.ClassCount c : o.classes()) {
            ObjectNode cn = classes.addObject().put("class", c.documentClass().id()).put("documents", c.documents());
            ArrayNode ex = cn.putArray("examples");
            c.examples().forEach(e -> ex.addObject().put("path", e.path()).put("why", e.explanation()));
        }
        ObjectNode flags = n.putObject("flags");
        for (FlagKind kind : FlagKind.values()) {
            ArrayNode docs = flags.putArray(kind.id());
            for (OtherInformation.Flagged d : o.flagged().getOrDefault(kind, List.of())) {
                ArrayNode ev = docs.addObject().put("path", d.path()).putArray("evidence");
                d.flags().forEach(f -> ev.addObject().put("text", f.evidence()).put("line", f.line()));
            }
        }
        ArrayNode none = n.putArray("not_found");
        for (FlagKind kind : FlagKind.values()) {
            if (!o.flagged().containsKey(kind)) {
                none.addObject().put("flag", kind.id()).put("documents_read", o.read()).put("documents_unreadable", o.documents() - o.read())
                        .put("statement", o.notFoundSentence(kind));
            }
        }
    }

    private static String intro(OtherInformation o) {
        String s = "個人情報以外に、" + o.documents() + " 件の文書（アーカイブとメールボックスは中身で数えます）を分類しました。 / Besides personal data, "
                + o.documents() + " documents were classified (archives and mail stores counted by their members).";
        return o.unclassified() == 0 ? s : s + " " + o.unclassified() + " documents were scanned before classification existed: scan the leak again to classify them.";
    }

    private static String evidence(List<ConfidentialFlag> flags) {
        return flags.stream().map(f -> "\"" + f.evidence() + "\"" + (f.line() > 0 ? " (line " + f.line() + ")" : "")).collect(Collectors.joining(", "));
    }

    private static String esc(String s) {
        return ReportWriter.esc(s);
    }
}
