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
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

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
     */
    public static final int VERSION = 2;

    /** A signature block: company, department, name, phone, mail, address, building. */
    private static final int SAME_CONTEXT_LINES = 8;
    private static final double CONFIRMED_NAME = 0.85;
    private static final Pattern CAREER_LINE = Pattern.compile("入社|退社|退職|卒業|入学|転職|joined|left");

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
        if (!analysed.isBlank()) {
            List<Finding> findings = adjustCompanyContext(analysed, registry.analyze(NormalizedText.of(analysed)));
            inText = grouper.group(doc.path(), analysed, findings).stream().filter(DocumentAnalyzer::isPersonalData).toList();
        }
        records.addAll(withSubject(inText, relativesOfSubject, familyOfSubject));
        return new AnalysisResult(records.stream().map(this::withoutOwnMessageIds).map(this::withoutOwnEmployer)
                .filter(r -> !r.findings().isEmpty()).toList());
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

    /**
     * A company name on a résumé's career line is career history; the breached company's own name
     * is no one's affiliation. Near a remaining company name (a signature block) an address is the
     * company's, not the person's; near the breached company's own name it is dropped altogether, and
     * so is a phone right under that name with no person named between (an invoice's issuer block).
     */
    private List<Finding> adjustCompanyContext(String text, List<Finding> findings) {
        List<Finding> retyped = new ArrayList<>();
        List<Finding> ownNames = new ArrayList<>();
        List<Finding> containers = findings.stream()
                .filter(f -> f.type() == FindingType.COMPANY_NAME || f.type() == FindingType.NAME_KANA
                        || f.type() == FindingType.POSTAL_ADDRESS).toList();
        for (Finding f : findings) {
            if (f.type() == FindingType.PERSON_NAME && containers.stream().anyMatch(c -> inside(f, c))) {
                continue; // 塚田 in 塚田精工株式会社 is the company's name; こやま in よこやま is part of a reading; 市優斗 in 今野市優斗町 a place
            }
            if (f.type() == FindingType.COMPANY_NAME && own.isOwnCompany(f.value())) {
                ownNames.add(f);
            } else if (f.type() == FindingType.COMPANY_NAME && CAREER_LINE.matcher(lineOf(text, f)).find()) {
                retyped.add(f.withType(FindingType.CAREER_HISTORY));
            } else {
                retyped.add(f);
            }
        }
        List<Finding> companies = retyped.stream().filter(f -> f.type() == FindingType.COMPANY_NAME).toList();
        int[] nameStarts = ownNames.isEmpty() ? new int[0]
                : retyped.stream().filter(f -> f.type() == FindingType.PERSON_NAME && !addressee(text, f)).mapToInt(f -> f.span().start()).sorted().toArray();
        List<Finding> out = new ArrayList<>();
        for (Finding f : retyped) {
            if (f.type() == FindingType.COMPANY_NAME && (spokenOf(text, f) || inIdentifier(text, f))) {
                continue; // "○○株式会社様からの見積": a company spoken of, or "-//Microsoft Corporation//": a product id; no one's affiliation
            }
            boolean address = f.type() == FindingType.POSTAL_ADDRESS || f.type() == FindingType.COMPANY_ADDRESS;
            if (address && ownNames.stream().anyMatch(c -> linesApart(text, c, f) <= SAME_CONTEXT_LINES)) {
                continue;
            }
            if (f.type() == FindingType.PHONE && ownNames.stream().anyMatch(c -> ownLine(text, c, f, nameStarts))) {
                continue; // the issuer's block of an invoice: the company's number, no one's
            }
            if (address && companies.stream().anyMatch(c -> linesApart(text, c, f) <= SAME_CONTEXT_LINES)) {
                out.add(f.withType(FindingType.COMPANY_ADDRESS));
            } else {
                out.add(f);
            }
        }
        return out;
    }

    /** Lines a company's own contact block spans: name, address, phone. */
    private static final int OWN_BLOCK_LINES = 3;

    /**
     * A phone right under the company's own name, with no person named between them or just above
     * the name but the letter's addressee (an invoice's issuer block: name, address, TEL; in a
     * signature the person's name stands right above the company's). Lines are counted without the blank ones, which a Word
     * document's text holds between all its paragraphs.
     */
    private static boolean ownLine(String text, Finding own, Finding phone, int[] nameStarts) {
        int to = phone.span().start();
        if (own.span().start() >= to || filledLinesBetween(text, own.span().start(), to) > OWN_BLOCK_LINES) {
            return false;
        }
        int i = java.util.Arrays.binarySearch(nameStarts, to);
        int before = (i >= 0 ? i : -i - 1) - 1; // the last name starting before the phone
        return before < 0 || nameStarts[before] < own.span().start()
                && filledLinesBetween(text, nameStarts[before], own.span().start()) > SIGNER_ABOVE;
    }

    /** How far above the company's name a signature puts the signer: "山田 太郎 / 株式会社… / TEL", "Taro Yamada / Sales / Example Corp.". */
    private static final int SIGNER_ABOVE = 2;

    /** A company named in a sentence, 様 and a particle after it ("○○株式会社様からの見積"): not the affiliation of a name nearby. */
    private static boolean spokenOf(String text, Finding company) {
        int i = company.span().end();
        return i + 1 < text.length() && text.charAt(i) == '様' && "からよりのへにとがをは".indexOf(text.charAt(i + 1)) >= 0;
    }

    /** A value written inside a slash-separated identifier (an iCalendar PRODID, a URL path). */
    private static boolean inIdentifier(String text, Finding f) {
        int start = f.span().start();
        int end = f.span().end();
        return start > 0 && text.charAt(start - 1) == '/' || end < text.length() && text.charAt(end) == '/';
    }

    /** A name followed by 様, 殿 or 御中 is whom a letter is addressed to, not who signs it. */
    private static boolean addressee(String text, Finding name) {
        int i = name.span().end();
        while (i < text.length() && (text.charAt(i) == ' ' || text.charAt(i) == '\u3000')) {
            i++;
        }
        return text.startsWith("様", i) || text.startsWith("殿", i) || text.startsWith("御中", i);
    }

    /** The line breaks between two places that end a line holding more than spaces. */
    private static int filledLinesBetween(String text, int from, int to) {
        int lines = 0;
        boolean filled = false;
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (c == '\n') {
                lines += filled ? 1 : 0;
                filled = false;
            } else if (!Character.isWhitespace(c)) {
                filled = true;
            }
        }
        return lines;
    }

    private static boolean inside(Finding a, Finding b) {
        return a.span().start() >= b.span().start() && a.span().end() <= b.span().end();
    }

    private static String lineOf(String text, Finding f) {
        int s = text.lastIndexOf('\n', Math.max(0, f.span().start() - 1)) + 1;
        int e = text.indexOf('\n', f.span().end());
        return text.substring(s, e < 0 ? text.length() : e);
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
