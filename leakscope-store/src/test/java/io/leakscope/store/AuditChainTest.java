package io.leakscope.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Before, {@code delete from audit_log …} or an edited line went unnoticed. Now every change made
 * to the log outside leakscope — a line altered, inserted, removed, or cut off the end — is found.
 */
class AuditChainTest {
    @TempDir
    Path dir;

    private Path caseWithThreeCommands() {
        Path caseDir = dir.resolve("case");
        try (CaseStore store = CaseStore.open(caseDir)) {
            for (String command : new String[] {"scan", "person show", "report"}) {
                long id = store.auditStarted("analyst", command, command + " --case " + caseDir);
                store.auditFinished(id, 0);
            }
            assertThat(store.auditBreak()).isEmpty();
        }
        return caseDir;
    }

    private static void sql(Path caseDir, String statement) throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + caseDir.resolve(CaseStore.FILE_NAME)); Statement s = c.createStatement()) {
            s.executeUpdate(statement);
        }
    }

    private static String check(Path caseDir) {
        try (CaseStore store = CaseStore.open(caseDir)) {
            return store.auditBreak().orElse("intact");
        }
    }

    @Test
    void anUntouchedLogIsIntactAcrossOpenings() {
        Path caseDir = caseWithThreeCommands();
        assertThat(check(caseDir)).isEqualTo("intact");
        try (CaseStore store = CaseStore.open(caseDir)) {
            store.auditFinished(store.auditStarted("analyst", "export", "export persons"), 1);
        }
        assertThat(check(caseDir)).isEqualTo("intact");
    }

    @Test
    void aRemovedLineIsFound() throws Exception {
        Path caseDir = caseWithThreeCommands();
        sql(caseDir, "DELETE FROM audit_log WHERE command = 'person show'");
        assertThat(check(caseDir)).contains("entry 3");
    }

    @Test
    void anAlteredLineOrEndIsFound() throws Exception {
        Path caseDir = caseWithThreeCommands();
        sql(caseDir, "UPDATE audit_log SET os_user = 'someone else' WHERE id = 2");
        assertThat(check(caseDir)).contains("entry 2");
        Path other = dir.resolve("other");
        caseWithThreeCommandsIn(other);
        sql(other, "UPDATE audit_log SET exit_code = 0, finished_at = started_at WHERE id = 1");
        assertThat(check(other)).contains("end of entry 1");
    }

    @Test
    void linesCutOffTheEndAreFound() throws Exception {
        Path caseDir = caseWithThreeCommands();
        sql(caseDir, "DELETE FROM audit_log WHERE id = 3");
        assertThat(check(caseDir)).contains("removed");
        sql(caseDir, "DELETE FROM audit_log");
        assertThat(check(caseDir)).isEqualTo("every entry was removed");
    }

    @Test
    void linesOfACaseFromBeforeTheChainAreChainedAsTheyStand() throws Exception {
        Path caseDir = caseWithThreeCommands();
        sql(caseDir, "UPDATE audit_log SET mac = NULL, finish_mac = NULL");
        sql(caseDir, "DELETE FROM audit_head");
        try (CaseStore store = CaseStore.open(caseDir)) {
            store.auditFinished(store.auditStarted("analyst", "report", "report"), 0);
            assertThat(store.auditBreak()).isEmpty();
            assertThat(store.auditLog()).hasSize(4);
        }
    }

    private void caseWithThreeCommandsIn(Path caseDir) {
        try (CaseStore store = CaseStore.open(caseDir)) {
            long id = store.auditStarted("analyst", "scan", "scan");
            store.auditFinished(id, 1);
        }
    }
}
