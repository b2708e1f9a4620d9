package io.leakscope.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.leakscope.core.docclass.DocumentClass;
import io.leakscope.core.docclass.DocumentClassification;
import io.leakscope.core.model.InventoryEntry;
import io.leakscope.store.CaseStore;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A case holds leaked personal data. Before, under the usual umask the case folder was 755 and the
 * store, the report and the exports 644: anyone on the machine could read them. Now the folder and
 * every folder the tool makes are 700, every file it writes 600.
 */
class CasePermissionsTest {
    @TempDir
    Path dir;

    @Test
    void theCaseItsStoreReportAndExportsAreTheirOwnersAlone() throws Exception {
        Path caseDir = dir.resolve("case");
        try (CaseStore store = CaseStore.open(caseDir)) {
            store.save(new InventoryEntry("人事/名簿.csv", null, 10L, "a", "text/csv", "done", null, 0, false,
                    new DocumentClassification(DocumentClass.HR, "file name \"名簿\" +3.0", List.of())), List.of());
        }
        assertThat(Main.run("report", "--case", caseDir.toString())).isZero();
        Path export = dir.resolve("out/persons.jsonl");
        Files.createDirectories(export.getParent());
        assertThat(Main.run("export", "persons", "--case", caseDir.toString(), "--out", export.toString())).isZero();

        assertThat(mode(caseDir)).isEqualTo("rwx------");
        assertThat(mode(caseDir.resolve("case.db"))).isEqualTo("rw-------");
        try (var files = Files.walk(caseDir)) {
            for (Path p : files.toList()) {
                assertThat(mode(p)).as(caseDir.relativize(p).toString()).isEqualTo(Files.isDirectory(p) ? "rwx------" : "rw-------");
            }
        }
        assertThat(Files.exists(caseDir.resolve("report/summary.md"))).isTrue();
        assertThat(mode(export)).isEqualTo("rw-------");
    }

    private static String mode(Path p) throws Exception {
        return PosixFilePermissions.toString(Files.getPosixFilePermissions(p));
    }
}
