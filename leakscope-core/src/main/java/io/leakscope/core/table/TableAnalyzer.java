package io.leakscope.core.table;

import io.leakscope.core.detect.Candidate;
import io.leakscope.core.detect.Recognizer;
import io.leakscope.core.detect.RecognizerRegistry;
import io.leakscope.core.detect.common.FieldLabels;
import io.leakscope.core.detect.common.FieldLabels.NamePart;
import io.leakscope.core.detect.common.FieldValues;
import io.leakscope.core.model.Finding;
import io.leakscope.core.model.FindingType;
import io.leakscope.core.model.PersonRecord;
import io.leakscope.core.model.Table;
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
        return Optional.of(new TableLayout(best, roles, title(table, best)));
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

    private double share(Table table, int headerRow, int column, FindingType type) {
        Recognizer recognizer = registry.forType(type).orElseThrow();
        int seen = 0;
        int matched = 0;
        for (int r = headerRow + 1; r < table.rows().size() && seen < VALUE_SAMPLE_ROWS; r++) {
            String cell = table.cell(r, column);
            if (!cell.isBlank()) {
                seen++;
                if (recognizer.matchWhole(cell).isPresent()) {
                    matched++;
                }
            }
        }
        return seen < 3 ? 0 : (double) matched / seen;
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
     * One record per data row of a person table; where the row also names a relative of that
     * person (a dependant, an emergency contact), a second record for the relative, and a
     * {@code family_member} finding on the person's record.
     */
    public List<PersonRecord> records(String documentPath, Table table, TableLayout layout) {
        List<PersonRecord> out = new ArrayList<>();
        String sheet = table.name().isEmpty() ? "table" : table.name();
        for (int r = layout.headerRow() + 1; r < table.rows().size(); r++) {
            List<Finding> findings = rowFindings(table, r, layout, false);
            if (findings.isEmpty()) {
                continue;
            }
            List<Finding> relative = rowFindings(table, r, layout, true);
            Optional<String> relativeName = relative.stream().filter(f -> f.type() == FindingType.PERSON_NAME).map(Finding::value).findFirst();
            if (relativeName.isPresent()) {
                String relationship = relative.stream().filter(f -> f.type() == FindingType.FAMILY_MEMBER).map(Finding::value)
                        .findFirst().orElse("");
                findings = new ArrayList<>(findings);
                findings.add(new Finding(FindingType.FAMILY_MEMBER, (relationship + " " + relativeName.get()).strip(), null,
                        sheet + "!R" + (r + 1), CELL_SCORE, "table.relative"));
                List<Finding> own = relative.stream().filter(f -> f.type() != FindingType.FAMILY_MEMBER).toList();
                out.add(new PersonRecord(documentPath, sheet + "!row " + (r + 1) + " relative", PersonRecord.Kind.RELATIVE,
                        (layout.title() + " " + relationship).strip(), own));
            }
            out.add(new PersonRecord(documentPath, sheet + "!row " + (r + 1), PersonRecord.Kind.TABLE_ROW, layout.title(), findings));
        }
        return out;
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
        String joined = (a + " " + b).strip();
        if (!joined.isEmpty()) {
            FieldValues.accept(type, joined).ifPresent(v -> findings.add(new Finding(type, v, null,
                    (table.name().isEmpty() ? "table" : table.name()) + "!R" + (r + 1), CELL_SCORE, "table.name_parts")));
        }
    }
}
