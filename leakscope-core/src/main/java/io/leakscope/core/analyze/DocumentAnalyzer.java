package io.leakscope.core.analyze;

import io.leakscope.core.detect.RecognizerRegistry;
import io.leakscope.core.detect.common.MachineAddresses;
import io.leakscope.core.model.ExtractedDocument;
import io.leakscope.core.model.Finding;
import io.leakscope.core.model.FindingType;
import io.leakscope.core.model.PersonRecord;
import io.leakscope.core.model.Table;
import io.leakscope.core.table.TableAnalyzer;
import io.leakscope.core.table.TableLayout;
import io.leakscope.core.text.NormalizedText;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.Optional;

/**
 * Detects personal data in one extracted document: person tables row by row, and the rest (text
 * outside tables, plus tables that are not person tables rendered one row per line) as running
 * text grouped into records. Spans of text findings refer to that analysed text: the extracted text
 * followed by the rendered tables.
 */
public final class DocumentAnalyzer {
    /**
     * The version of the analysis: raised whenever the records a document gives change (how a record
     * is bounded, whose a value is), so that a scan reads again the documents an older version read.
     * 2: one person per record, log lines, relatives tables, company context (issue 24).
     * 3: a document's one subject named only on mail header lines is a mail-header record (header_only).
     * 4: values that leak alone and belong to no one are kept for the document (unattributed).
     * 5: a Latin-script name after a label or in a name column must be shaped like a name (LatinNameShape);
     *    mailing lists and SSH algorithm names are no one's e-mail; an address ends with its clause.
     * 6: context words are matched as they stand in normalised text (the Thai label เลขประจำตัวประชาชน);
     *    TNIN labels a Thai national id; a Korean RRN without its hyphen is read after its label; a mail
     *    log's queue id is no phone number.
     */
    public static final int VERSION = 6;

    private static final double CONFIRMED_NAME = 0.85;

    private final RecognizerRegistry registry;
    private final TableAnalyzer tables;
    private final TextRecordGrouper grouper = new TextRecordGrouper();
    private final OwnOrganization own;
    private final CompanyContext companies;

    public DocumentAnalyzer(RecognizerRegistry registry, OwnOrganization own) {
        this.registry = registry;
        this.tables = new TableAnalyzer(registry);
        this.own = own;
        this.companies = new CompanyContext(own);
    }

    public AnalysisResult analyze(ExtractedDocument doc) {
        List<PersonRecord> records = new ArrayList<>();
        List<PersonRecord> relativesOfSubject = new ArrayList<>();
        List<Finding> familyOfSubject = new ArrayList<>();
        StringBuilder text = new StringBuilder(doc.text());
        for (Table table : doc.tables()) {
            Optional<TableLayout> layout = tables.layout(table);
            if (layout.isPresent() && layout.get().isPersonTable()) {
                TableAnalyzer.Records read = tables.records(doc.path(), table, layout.get());
                records.addAll(read.records());
                relativesOfSubject.addAll(read.relativesOfSubject());
                familyOfSubject.addAll(read.familyOfSubject());
            } else {
                appendAsText(table, text);
            }
        }
        String analysed = text.toString();
        List<PersonRecord> inText = List.of();
        List<Finding> findings = List.of();
        if (!analysed.isBlank()) {
            findings = companies.adjust(analysed, registry.analyze(NormalizedText.of(analysed)));
            inText = grouper.group(doc.path(), analysed, findings).stream().filter(DocumentAnalyzer::isPersonalData).toList();
        }
        records.addAll(withSubject(inText, relativesOfSubject, familyOfSubject));
        List<PersonRecord> kept = records.stream().map(this::withoutOwnMessageIds).map(this::withoutOwnEmployer)
                .filter(r -> !r.findings().isEmpty()).toList();
        return new AnalysisResult(kept, unattributed(findings, kept));
    }

    /** The text's values that leak on their own ({@link io.leakscope.core.model.Element#leaksAlone}) and went into no record. */
    private static List<Finding> unattributed(List<Finding> found, List<PersonRecord> records) {
        Set<Finding> inRecords = new HashSet<>();
        records.forEach(r -> inRecords.addAll(r.findings()));
        return found.stream().filter(f -> f.element().leaksAlone() && !inRecords.contains(f)).toList();
    }

    /**
     * A record without the all-digit addresses at the company's own domains: Message-IDs its mail
     * servers minted ({@code <4046651004@company.co.jp>}), never an employee's mailbox.
     */
    private PersonRecord withoutOwnMessageIds(PersonRecord r) {
        if (r.findings().stream().noneMatch(this::isOwnMessageId)) {
            return r;
        }
        return r.withFindings(r.findings().stream().filter(f -> !isOwnMessageId(f)).toList());
    }

    /**
     * A record naming the breached company itself as the person's company (the company's own
     * extension list: 会社名, 所在地 on every row) holds the employer, not the person's affiliation:
     * the company's name and address leave it.
     */
    private PersonRecord withoutOwnEmployer(PersonRecord r) {
        boolean own = r.findings().stream().anyMatch(f -> f.type() == FindingType.COMPANY_NAME && this.own.isOwnCompany(f.value()));
        if (!own) {
            return r;
        }
        return r.withFindings(r.findings().stream()
                .filter(f -> f.type() != FindingType.COMPANY_NAME && f.type() != FindingType.COMPANY_ADDRESS).toList());
    }

    private boolean isOwnMessageId(Finding f) {
        return f.type() == FindingType.EMAIL && MachineAddresses.allDigits(f.value()) && own.isOwnDomain(f.value());
    }

    /**
     * The person a form is about — the record its text names as the document's one person, else the
     * one record holding an employee number — gets the relatives its tables list (family_info), and
     * the relatives named in the document for no one else become that person's, by employee number.
     * With no such person the relatives stay persons of their own, and no one is guessed to be theirs.
     */
    private static List<PersonRecord> withSubject(List<PersonRecord> inText, List<PersonRecord> relativesOfSubject, List<Finding> family) {
        List<PersonRecord> all = new ArrayList<>(inText);
        all.addAll(relativesOfSubject);
        List<PersonRecord> subjects = inText.stream().filter(r -> r.kind() == PersonRecord.Kind.FORM).toList();
        if (subjects.size() != 1) {
            subjects = inText.stream().filter(r -> r.kind() != PersonRecord.Kind.RELATIVE && !r.values(FindingType.EMPLOYEE_ID).isEmpty()).toList();
        }
        if (subjects.size() != 1) {
            return all;
        }
        PersonRecord subject = subjects.get(0);
        List<Finding> findings = new ArrayList<>(subject.findings());
        findings.addAll(family);
        PersonRecord withFamily = subject.withFindings(findings);
        List<String> ids = subject.values(FindingType.EMPLOYEE_ID);
        return all.stream().map(r -> r == subject ? withFamily
                : r.kind() == PersonRecord.Kind.RELATIVE && r.relativeOf().isEmpty() && ids.size() == 1 ? r.relativeOf(ids.get(0)) : r).toList();
    }

    /**
     * A name alone in running text, found by morphology without a label, an honorific or a master
     * match (score under {@link #CONFIRMED_NAME}), is a mention — 織田信長 in a history column — not
     * a record of someone's personal data.
     */
    private static boolean isPersonalData(PersonRecord r) {
        if (r.kind() == PersonRecord.Kind.RELATIVE) {
            return true; // a label named them as someone's relative
        }
        boolean onlyNames = r.findings().stream().allMatch(f -> f.type() == FindingType.PERSON_NAME);
        return !onlyNames || r.findings().stream().anyMatch(f -> f.score() >= CONFIRMED_NAME);
    }

    private static void appendAsText(Table table, StringBuilder text) {
        text.append("\n\n");
        for (List<String> row : table.rows()) {
            for (int c = 0; c < row.size(); c++) {
                if (c > 0) {
                    text.append('\t');
                }
                String cell = row.get(c);
                text.append(cell == null ? "" : cell.replace('\n', ' '));
            }
            text.append('\n');
        }
    }

}
