package io.leakscope.core.table;

import io.leakscope.core.model.FindingType;
import java.util.Map;

/**
 * The structure found in a table: which row is the header, what each classified column holds,
 * and the title text above the header (e.g. "退職者一覧"), kept as the records' context.
 */
public record TableLayout(int headerRow, Map<Integer, ColumnRole> columns, String title) {
    public TableLayout {
        columns = Map.copyOf(columns);
    }

    public boolean has(FindingType type) {
        return columns.values().stream().anyMatch(c -> c.type() == type && !c.relative());
    }

    public boolean hasNamePart() {
        return columns.values().stream().anyMatch(c -> c.part() != null && !c.relative());
    }

    /**
     * A table of relatives: a relationship column (続柄) beside the name column, and no separate column
     * for a relative's name — each row is someone's relative (a 家族状況届's table, an HR system's
     * family list keyed by employee number), but the row whose relationship is 本人.
     */
    public boolean listsRelatives() {
        boolean relationship = columns.values().stream().anyMatch(c -> c.type() == FindingType.FAMILY_MEMBER && c.relative());
        boolean relativeName = columns.values().stream().anyMatch(c -> c.relative() && (c.type() == FindingType.PERSON_NAME || c.part() != null));
        return relationship && !relativeName && (has(FindingType.PERSON_NAME) || hasNamePart());
    }

    /** A person table: each row is one person, identified by a name, an employee id, or an e-mail plus more. */
    public boolean isPersonTable() {
        long dataColumns = columns.values().stream().filter(c -> c.type() != null || c.part() != null).count();
        return has(FindingType.PERSON_NAME) || hasNamePart() || has(FindingType.EMPLOYEE_ID)
                || ((has(FindingType.EMAIL) || has(FindingType.SYSTEM_ACCOUNT)) && dataColumns >= 2);
    }
}
