package io.leakscope.core.table;

import io.leakscope.core.detect.Candidate;
import io.leakscope.core.detect.Recognizer;
import io.leakscope.core.detect.RecognizerRegistry;
import io.leakscope.core.detect.common.FieldLabels;
import io.leakscope.core.detect.common.FieldLabels.NamePart;
import io.leakscope.core.detect.common.FieldValues;
import io.leakscope.core.detect.common.LatinNameShape;
import io.leakscope.core.model.Finding;
import io.leakscope.core.model.FindingType;
import io.leakscope.core.model.PersonRecord;
import io.leakscope.core.model.Table;
import io.leakscope.core.text.Names;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Reads person tables: finds the header row (often below a title), classifies columns by header
 * and, for unlabelled columns, by their values, and turns every data row into one
 * {@link PersonRecord} whose findings are that row's cells.
 */
public final class TableAnalyzer {
    private static final int HEADER_SEARCH_ROWS = 10;
    private static final int VALUE_SAMPLE_ROWS = 40;
    private static final double VALUE_SHARE = 0.7;
    private static final double CELL_SCORE = 0.95;
    /** Types whose cells must pass the type's own recognizer, not just be non-empty. */
    private static final Set<FindingType> FORMAT_CHECKED = Set.of(
            FindingType.EMAIL, FindingType.PHONE, FindingType.DATE_OF_BIRTH, FindingType.CREDIT_CARD, FindingType.MY_NUMBER);
    /** Types that a column's values alone can reveal. */
    private static final List<FindingType> VALUE_TYPES = List.of(FindingType.EMAIL, FindingType.PHONE);

    private final RecognizerRegistry registry;

    public TableAnalyzer(RecognizerRegistry registry) {
        this.registry = registry;
    }

    public Optional<TableLayout> layout(Table table) {
        int best = -1;
        int bestCount = 1;
        Map<Integer, ColumnRole> bestRoles = Map.of();
        for (int r = 0; r < Math.min(HEADER_SEARCH_ROWS, table.rows().size()); r++) {
            Map<Integer, ColumnRole> roles = new HashMap<>();
            int labelled = 0;
            List<String> row = table.rows().get(r);
            for (int c = 0; c < row.size(); c++) {
                Optional<FieldLabels.Role> role = FieldLabels.roleOf(row.get(c) == null ? "" : row.get(c));
                if (role.isEmpty()) {
                    continue;
                }
                labelled++;
                ColumnRole columnRole = null;
                if (role.get() instanceof FieldLabels.Role.Data d) {
                    columnRole = ColumnRole.data(d.type(), false);
                } else if (role.get() instanceof FieldLabels.Role.Part p) {
                    columnRole = ColumnRole.part(p.part());
                }
                if (columnRole != null) {
                    roles.put(c, FieldLabels.aboutRelative(row.get(c)) ? columnRole.asRelative() : columnRole);
                }
            }
            if (labelled > bestCount) {
                best = r;
                bestCount = labelled;
                bestRoles = roles;
            }
        }
        if (best < 0) {
            return Optional.empty();
        }
        Map<Integer, ColumnRole> roles = new HashMap<>(bestRoles);
        classifyByValues(table, best, roles);
        nameColumnsHoldingNames(table, best, roles);
        relativesSection(table, best, roles);
        companyAddresses(table, best, roles);
        return Optional.of(new TableLayout(best, roles, title(table, best)));
    }

    /** Headers that name an address without saying whose: beside a company column, the company's. */
    private static final Set<String> PLAIN_ADDRESS = Set.of("住所", "所在地", "address", "住所1", "住所2", "address 1", "address 2");
    /** Company columns that name where the row's person works for a living, not the organisation the row is about. */
    private static final Set<String> EMPLOYER = Set.of("勤務先", "employer", "現勤務先", "勤務先名");

    /**
     * A row naming a company (a vendor list, a business-card export: 会社名, 取引先名) gives that
     * company's address under a plain 住所: a partner contact's company address, not their home.
     */
    private static void companyAddresses(Table table, int headerRow, Map<Integer, ColumnRole> roles) {
        boolean company = roles.entrySet().stream().anyMatch(e -> e.getValue().type() == FindingType.COMPANY_NAME && !e.getValue().relative()
                && !EMPLOYER.contains(FieldLabels.key(table.cell(headerRow, e.getKey()))));
        if (!company) {
            return;
        }
        for (Map.Entry<Integer, ColumnRole> e : new ArrayList<>(roles.entrySet())) {
            if (e.getValue().type() == FindingType.POSTAL_ADDRESS && !e.getValue().relative()
                    && PLAIN_ADDRESS.contains(FieldLabels.key(table.cell(headerRow, e.getKey())))) {
                roles.put(e.getKey(), ColumnRole.data(FindingType.COMPANY_ADDRESS, false));
            }
        }
    }

    /** Types a relative's columns hold beside their name. */
    private static final Set<FindingType> ABOUT_A_RELATIVE = Set.of(FindingType.PHONE, FindingType.DATE_OF_BIRTH, FindingType.NAME_KANA,
            FindingType.POSTAL_ADDRESS, FindingType.MY_NUMBER, FindingType.GENDER, FindingType.EMAIL);
    /** Header words that keep a column the row's person's, wherever it stands: 本人電話番号, 社員住所. */
    private static final List<String> OWN_MARKERS = List.of("本人", "社員", "従業員", "employee", "own");

    /**
     * Where a row names a relative (緊急連絡先氏名, 扶養親族氏名), the columns right of the first column
     * about the relative are the relative's too: an emergency-contact list's 電話番号 after 続柄 is the
     * contact's phone, not the employee's — unless its header says it is the person's own (本人).
     */
    private static void relativesSection(Table table, int headerRow, Map<Integer, ColumnRole> roles) {
        boolean namesRelative = roles.values().stream().anyMatch(r -> r.relative() && (r.type() == FindingType.PERSON_NAME || r.part() != null));
        if (!namesRelative) {
            return;
        }
        int first = roles.entrySet().stream().filter(e -> e.getValue().relative()).mapToInt(Map.Entry::getKey).min().orElseThrow();
        for (Map.Entry<Integer, ColumnRole> e : new ArrayList<>(roles.entrySet())) {
            ColumnRole r = e.getValue();
            String header = FieldLabels.key(table.cell(headerRow, e.getKey()));
            if (e.getKey() > first && !r.relative() && ABOUT_A_RELATIVE.contains(r.type()) && OWN_MARKERS.stream().noneMatch(header::contains)) {
                roles.put(e.getKey(), r.asRelative());
            }
        }
    }

    private void classifyByValues(Table table, int headerRow, Map<Integer, ColumnRole> roles) {
        for (int c = 0; c < table.width(); c++) {
            if (roles.containsKey(c) || FieldLabels.roleOf(table.cell(headerRow, c)).isPresent()) {
                continue;
            }
            for (FindingType type : VALUE_TYPES) {
                if (share(table, headerRow, c, type) >= VALUE_SHARE) {
                    roles.put(c, ColumnRole.data(type, true));
                    break;
                }
            }
        }
    }

    /** Below this share of cells shaped like a person's name, a column its header calls a name holds something else. */
    private static final double NAME_SHARE = 0.5;

    /**
     * A column whose header says name but whose cells are mostly not people's names — a manual's
     * "Resource Type Name" of {@code pgsql link}, {@code COM}, {@code aspell} — is not a name column.
     */
    private static void nameColumnsHoldingNames(Table table, int headerRow, Map<Integer, ColumnRole> roles) {
        roles.entrySet().removeIf(e -> e.getValue().type() == FindingType.PERSON_NAME && e.getValue().part() == null
                && sampledShare(table, headerRow, e.getKey(), TableAnalyzer::shapedLikeAName).orElse(1) < NAME_SHARE);
    }

    private static boolean shapedLikeAName(String cell) {
        Optional<String> name = FieldValues.accept(FindingType.PERSON_NAME, cell);
        return name.isPresent() && (!Names.isLatin(name.get()) || LatinNameShape.of(name.get()) == LatinNameShape.Verdict.LIKELY);
    }

    private double share(Table table, int headerRow, int column, FindingType type) {
        Recognizer recognizer = registry.forType(type).orElseThrow();
        return sampledShare(table, headerRow, column, cell -> recognizer.matchWhole(cell).isPresent()).orElse(0);
    }

    /** The share of a column's first non-blank cells (up to {@link #VALUE_SAMPLE_ROWS}) that pass; empty below three cells. */
    private static java.util.OptionalDouble sampledShare(Table table, int headerRow, int column, java.util.function.Predicate<String> passes) {
        int seen = 0;
        int passed = 0;
        for (int r = headerRow + 1; r < table.rows().size() && seen < VALUE_SAMPLE_ROWS; r++) {
            String cell = table.cell(r, column);
            if (!cell.isBlank()) {
                seen++;
                passed += passes.test(cell) ? 1 : 0;
            }
        }
        return seen < 3 ? java.util.OptionalDouble.empty() : java.util.OptionalDouble.of((double) passed / seen);
    }

    private static String title(Table table, int headerRow) {
        StringBuilder sb = new StringBuilder(table.name());
        for (int r = 0; r < headerRow; r++) {
            for (String cell : table.rows().get(r)) {
                if (cell != null && !cell.isBlank()) {
                    sb.append(' ').append(cell.strip());
                }
            }
        }
        return sb.toString().strip();
    }

    /**
     * What a table gives: its records, and the family_member findings of relatives listed for a
     * person the table does not name — the subject of the form it stands in (a 家族状況届's relatives
     * under its header fields), for the document to give to that person.
     */
    public record Records(List<PersonRecord> records, List<PersonRecord> relativesOfSubject, List<Finding> familyOfSubject) {
    }

    /**
     * One record per data row of a person table; where the row also names a relative of that
     * person (a dependant, an emergency contact), a second record for the relative, and a
     * {@code family_member} finding on the person's record. In a table of relatives
     * ({@link TableLayout#listsRelatives}) each row is a relative's record; the family_member finding
     * goes to the row's employee (an employee number in the row) or, when the row names none, to the
     * document's subject ({@link Records#familyOfSubject}).
     */
    public Records records(String documentPath, Table table, TableLayout layout) {
        List<PersonRecord> out = new ArrayList<>();
        List<PersonRecord> relativesOfSubject = new ArrayList<>();
        List<Finding> familyOfSubject = new ArrayList<>();
        String sheet = table.name().isEmpty() ? "table" : table.name();
        boolean relativesTable = layout.listsRelatives();
        for (int r = layout.headerRow() + 1; r < table.rows().size(); r++) {
            List<Finding> findings = rowFindings(table, r, layout, false);
            if (findings.isEmpty()) {
                continue;
            }
            List<Finding> relative = rowFindings(table, r, layout, true);
            String relationship = relative.stream().filter(f -> f.type() == FindingType.FAMILY_MEMBER).map(Finding::value).findFirst().orElse("");
            String where = sheet + "!R" + (r + 1);
            if (relativesTable && !relationship.isEmpty() && !SELF.contains(relationship)) {
                relativeRow(documentPath, sheet + "!row " + (r + 1), layout.title(), relationship, findings, where, out,
                        relativesOfSubject, familyOfSubject);
                continue;
            }
            Optional<String> relativeName = relative.stream().filter(f -> f.type() == FindingType.PERSON_NAME).map(Finding::value).findFirst();
            if (relativeName.isPresent()) {
                findings = new ArrayList<>(findings);
                findings.add(new Finding(FindingType.FAMILY_MEMBER, (relationship + " " + relativeName.get()).strip(), null,
                        where, CELL_SCORE, "table.relative"));
                List<Finding> own = relative.stream().filter(f -> f.type() != FindingType.FAMILY_MEMBER).toList();
                out.add(new PersonRecord(documentPath, sheet + "!row " + (r + 1) + " relative", PersonRecord.Kind.RELATIVE,
                        (layout.title() + " " + relationship).strip(), own, employeeId(findings)));
            }
            out.add(new PersonRecord(documentPath, sheet + "!row " + (r + 1), PersonRecord.Kind.TABLE_ROW, layout.title(),
                    relativesTable ? findings.stream().filter(f -> f.type() != FindingType.FAMILY_MEMBER).toList() : findings));
        }
        return new Records(out, relativesOfSubject, familyOfSubject);
    }

    private static String employeeId(List<Finding> findings) {
        return findings.stream().filter(f -> f.type() == FindingType.EMPLOYEE_ID).map(Finding::value).findFirst().orElse("");
    }

    /** What a table of relatives writes in 続柄 for the person themselves. */
    private static final Set<String> SELF = Set.of("本人", "self", "employee");

    /** A row of a table of relatives: the relative's record, and the family_member finding for the row's employee or the document's subject. */
    private static void relativeRow(String path, String locator, String title, String relationship, List<Finding> findings, String where,
                                    List<PersonRecord> out, List<PersonRecord> relativesOfSubject, List<Finding> familyOfSubject) {
        List<Finding> employee = findings.stream().filter(f -> f.type() == FindingType.EMPLOYEE_ID).toList();
        List<Finding> own = findings.stream().filter(f -> f.type() != FindingType.EMPLOYEE_ID).toList();
        Optional<String> name = own.stream().filter(f -> f.type() == FindingType.PERSON_NAME).map(Finding::value).findFirst();
        if (name.isEmpty()) {
            return;
        }
        PersonRecord relative = new PersonRecord(path, locator + " relative", PersonRecord.Kind.RELATIVE, (title + " " + relationship).strip(),
                own, employeeId(employee));
        Finding family = new Finding(FindingType.FAMILY_MEMBER, relationship + " " + name.get(), null, where, CELL_SCORE, "table.relative");
        if (employee.isEmpty()) {
            relativesOfSubject.add(relative);
            familyOfSubject.add(family);
        } else {
            out.add(relative);
            List<Finding> subject = new ArrayList<>(employee);
            subject.add(family);
            out.add(new PersonRecord(path, locator, PersonRecord.Kind.TABLE_ROW, title, subject));
        }
    }

    /** The findings of a row: the person's own columns, or (relative = true) the columns about their relative. */
    private List<Finding> rowFindings(Table table, int r, TableLayout layout, boolean relative) {
        List<Finding> findings = new ArrayList<>();
        Map<NamePart, String> parts = new EnumMap<>(NamePart.class);
        for (Map.Entry<Integer, ColumnRole> col : layout.columns().entrySet()) {
            String cell = table.cell(r, col.getKey());
            if (cell.isBlank() || col.getValue().relative() != relative) {
                continue;
            }
            if (FieldLabels.roleOf(cell).isPresent() && cell.equals(table.cell(layout.headerRow(), col.getKey()))) {
                return List.of(); // a repeated header row
            }
            String location = (table.name().isEmpty() ? "table" : table.name()) + "!R" + (r + 1) + "C" + (col.getKey() + 1);
            ColumnRole role = col.getValue();
            if (role.part() != null) {
                parts.put(role.part(), cell.strip());
            } else {
                cellValue(role.type(), cell).ifPresent(v ->
                        findings.add(new Finding(v.type(), v.value(), null, location, CELL_SCORE, "table." + role.type().id())));
            }
        }
        joinParts(parts, NamePart.FAMILY, NamePart.GIVEN, FindingType.PERSON_NAME, table, r, findings);
        joinParts(parts, NamePart.FAMILY_KANA, NamePart.GIVEN_KANA, FindingType.NAME_KANA, table, r, findings);
        if (relative) {
            return findings;
        }
        boolean identifies = findings.stream().anyMatch(f -> f.type() == FindingType.PERSON_NAME
                || f.type() == FindingType.EMPLOYEE_ID || f.type() == FindingType.EMAIL || f.type() == FindingType.SYSTEM_ACCOUNT);
        return identifies ? findings : List.of();
    }

    /** A cell's value under its column's type; a generic column's value takes the specific type its format has. */
    private Optional<Candidate> cellValue(FindingType type, String cell) {
        if (FORMAT_CHECKED.contains(type)) {
            return registry.forType(type).flatMap(rec -> rec.matchWhole(cell));
        }
        if (registry.formatRejects(type, cell)) {
            return Optional.empty();
        }
        Optional<Candidate> specific = type.generic() ? registry.specificType(type, cell) : Optional.empty();
        return specific.or(() -> FieldValues.accept(type, cell).map(v -> new Candidate(type, 0, cell.length(), v, CELL_SCORE)));
    }

    private static void joinParts(Map<NamePart, String> parts, NamePart first, NamePart second, FindingType type,
                                  Table table, int r, List<Finding> findings) {
        String a = parts.getOrDefault(first, "");
        String b = parts.getOrDefault(second, "");
        boolean latin = type == FindingType.PERSON_NAME && io.leakscope.core.text.Names.isLatin(a + b);
        String joined = (latin ? b + " " + a : a + " " + b).strip(); // Gaston Durgan, but 山田 太郎
        if (!joined.isEmpty()) {
            FieldValues.accept(type, joined).ifPresent(v -> findings.add(new Finding(type, v, null,
                    (table.name().isEmpty() ? "table" : table.name()) + "!R" + (r + 1), CELL_SCORE, "table.name_parts")));
        }
    }
}
