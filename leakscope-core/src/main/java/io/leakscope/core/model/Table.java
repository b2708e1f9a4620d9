package io.leakscope.core.model;

import java.util.List;

/**
 * A table as extracted from a spreadsheet sheet, a CSV file or an HTML/Word table: raw rows of cell
 * text, the header row not yet identified (it is often not row 1).
 *
 * @param name the sheet name or a caption; empty when the format has none
 */
public record Table(String name, List<List<String>> rows) {
    public Table {
        rows = rows.stream().map(List::copyOf).toList();
    }

    public String cell(int row, int column) {
        List<String> r = rows.get(row);
        return column < r.size() && r.get(column) != null ? r.get(column) : "";
    }

    public int width() {
        return rows.stream().mapToInt(List::size).max().orElse(0);
    }
}
