package io.leakscope.core.analyze;

import io.leakscope.core.detect.RecognizerRegistry;
import io.leakscope.core.model.ExtractedDocument;
import io.leakscope.core.model.Finding;
import io.leakscope.core.model.FindingType;
import io.leakscope.core.model.PersonRecord;
import io.leakscope.core.model.Table;
import io.leakscope.core.table.TableAnalyzer;
import io.leakscope.core.table.TableLayout;
import io.leakscope.core.text.NormalizedText;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Detects personal data in one extracted document: person tables row by row, and the rest (text
 * outside tables, plus tables that are not person tables rendered one row per line) as running
 * text grouped into records. Spans of text findings refer to that analysed text: the extracted text
 * followed by the rendered tables.
 */
public final class DocumentAnalyzer {
    private static final int SAME_CONTEXT_LINES = 3;

    private final RecognizerRegistry registry;
    private final TableAnalyzer tables;
    private final TextRecordGrouper grouper = new TextRecordGrouper();
    private final OwnOrganization own;

    public DocumentAnalyzer(RecognizerRegistry registry, OwnOrganization own) {
        this.registry = registry;
        this.tables = new TableAnalyzer(registry);
        this.own = own;
    }

    public AnalysisResult analyze(ExtractedDocument doc) {
        List<PersonRecord> records = new ArrayList<>();
        StringBuilder text = new StringBuilder(doc.text());
        for (Table table : doc.tables()) {
            Optional<TableLayout> layout = tables.layout(table);
            if (layout.isPresent() && layout.get().isPersonTable()) {
                records.addAll(tables.records(doc.path(), table, layout.get()));
            } else {
                appendAsText(table, text);
            }
        }
        String analysed = text.toString();
        if (!analysed.isBlank()) {
            List<Finding> findings = adjustCompanyContext(analysed, registry.analyze(NormalizedText.of(analysed)));
            records.addAll(grouper.group(doc.path(), analysed, findings));
        }
        return new AnalysisResult(records);
    }

    private static void appendAsText(Table table, StringBuilder text) {
        text.append("\n\n");
        for (List<String> row : table.rows()) {
            text.append(String.join("\t", row.stream().map(c -> c == null ? "" : c.replace('\n', ' ')).toList())).append('\n');
        }
    }

    /**
     * Near a company name (within a few lines) an address is the company's, not the person's; near
     * the breached company's own name, name and address are dropped altogether.
     */
    private List<Finding> adjustCompanyContext(String text, List<Finding> findings) {
        List<Finding> companies = findings.stream().filter(f -> f.type() == FindingType.COMPANY_NAME).toList();
        List<Finding> out = new ArrayList<>();
        for (Finding f : findings) {
            if (f.type() == FindingType.COMPANY_NAME && own.isOwnCompany(f.value())) {
                continue;
            }
            if (f.type() == FindingType.POSTAL_ADDRESS || f.type() == FindingType.COMPANY_ADDRESS) {
                Optional<Finding> company = companies.stream().filter(c -> linesApart(text, c, f) <= SAME_CONTEXT_LINES).findFirst();
                if (company.isPresent()) {
                    if (!own.isOwnCompany(company.get().value())) {
                        out.add(f.withType(FindingType.COMPANY_ADDRESS));
                    }
                    continue;
                }
            }
            out.add(f);
        }
        return out;
    }

    private static int linesApart(String text, Finding a, Finding b) {
        int from = Math.min(a.span().start(), b.span().start());
        int to = Math.max(a.span().start(), b.span().start());
        int lines = 0;
        for (int i = from; i < to; i++) {
            if (text.charAt(i) == '\n') {
                lines++;
            }
        }
        return lines;
    }
}
