package io.leakscope.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Properties of the whole schema, as the migrations leave it. */
class SchemaTest {
    @TempDir
    Path caseDir;

    /**
     * Deleting a parent row (a document read again, the persons replaced) makes SQLite find its
     * children by the foreign key's column: without an index that is a scan of the child table per
     * deleted row, quadratic in a case of a million records.
     */
    @Test
    void everyForeignKeyColumnLeadsAnIndex() throws Exception {
        CaseStore.open(caseDir, Optional.empty()).close();
        List<String> unindexed = new ArrayList<>();
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + caseDir.resolve(CaseStore.FILE_NAME))) {
            for (String table : strings(c, "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'", 1)) {
                List<String> leading = new ArrayList<>();
                for (String index : strings(c, "PRAGMA index_list('" + table + "')", 2)) {
                    leading.add(strings(c, "PRAGMA index_info('" + index + "')", 3).get(0));
                }
                leading.addAll(strings(c, "SELECT name FROM pragma_table_info('" + table + "') WHERE pk = 1", 1));
                for (String column : strings(c, "PRAGMA foreign_key_list('" + table + "')", 4)) {
                    if (!leading.contains(column)) {
                        unindexed.add(table + "." + column);
                    }
                }
            }
        }
        assertThat(unindexed).isEmpty();
    }

    private static List<String> strings(Connection c, String sql, int column) throws Exception {
        List<String> out = new ArrayList<>();
        try (ResultSet rs = c.createStatement().executeQuery(sql)) {
            while (rs.next()) {
                out.add(rs.getString(column));
            }
        }
        return out;
    }
}
