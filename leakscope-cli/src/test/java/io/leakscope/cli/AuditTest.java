package io.leakscope.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.leakscope.store.CaseStore;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AuditTest {
    @TempDir
    Path dir;

    @Test
    void everyCommandOnACaseIsLoggedWithUserArgumentsAndExitCode() {
        Path caseDir = dir.resolve("case");
        assertThat(Main.run("person", "list", "--case", caseDir.toString())).isZero();
        assertThat(Main.run("person", "show", "p-000000000000", "--case", caseDir.toString())).isEqualTo(2);
        try (CaseStore store = CaseStore.open(caseDir)) {
            assertThat(store.auditLog()).extracting(CaseStore.AuditEntry::command, CaseStore.AuditEntry::exitCode).containsExactly(
                    org.assertj.core.groups.Tuple.tuple("person list", 0), org.assertj.core.groups.Tuple.tuple("person show", 2));
            assertThat(store.auditLog().get(1).arguments()).isEqualTo("person show p-000000000000 --case " + caseDir);
            assertThat(store.auditLog()).allSatisfy(e -> {
                assertThat(e.user()).isNotBlank();
                assertThat(e.finishedAt()).isNotNull();
            });
        }
    }

    @Test
    void aLookedUpValueIsNotWrittenToTheAuditLog() {
        Path caseDir = dir.resolve("case");
        assertThat(Main.run("person", "list", "--case", caseDir.toString())).isZero();
        assertThat(Main.run("person", "find", "--case", caseDir.toString(), "--email", "taro@example.jp")).isZero();
        assertThat(Main.run("person", "find", "--case", caseDir.toString(), "--phone=090-1234-5678")).isZero();
        try (CaseStore store = CaseStore.open(caseDir)) {
            assertThat(store.auditLog()).extracting(CaseStore.AuditEntry::arguments).contains(
                    "person find --case " + caseDir + " --email ＊＊＊", "person find --case " + caseDir + " --phone=＊＊＊");
            assertThat(store.auditLog().toString()).doesNotContain("taro@example.jp", "1234");
        }
    }

    @Test
    void caseVerifyFindsAnAlteredLogAndEveryCommandWarnsOfIt() throws Exception {
        Path caseDir = dir.resolve("case");
        assertThat(Main.run("person", "list", "--case", caseDir.toString())).isZero();
        assertThat(Main.run("case", "verify", "--case", caseDir.toString())).isZero();
        try (java.sql.Connection c = java.sql.DriverManager.getConnection("jdbc:sqlite:" + caseDir.resolve("case.db"));
             java.sql.Statement s = c.createStatement()) {
            s.executeUpdate("DELETE FROM audit_log WHERE command = 'person list'");
        }
        java.io.PrintStream old = System.err;
        java.io.ByteArrayOutputStream err = new java.io.ByteArrayOutputStream();
        System.setErr(new java.io.PrintStream(err, true, java.nio.charset.StandardCharsets.UTF_8));
        try {
            assertThat(Main.run("person", "list", "--case", caseDir.toString())).isZero();
        } finally {
            System.setErr(old);
        }
        assertThat(err.toString(java.nio.charset.StandardCharsets.UTF_8)).contains("WARNING: the case's audit log has been altered");
        assertThat(Main.run("case", "verify", "--case", caseDir.toString())).isEqualTo(1);
    }

    /** Before, options given through an @argfile were logged as "@file", hiding what was looked up or changed. */
    @Test
    void optionsFromAnArgumentFileAreLoggedAsTheOptionsTheyAre() throws Exception {
        Path caseDir = dir.resolve("case");
        Path argfile = java.nio.file.Files.writeString(dir.resolve("args.txt"), "--case " + caseDir + "\n--email taro@example.jp\n");
        assertThat(Main.run("person", "find", "@" + argfile)).isZero();
        try (CaseStore store = CaseStore.open(caseDir)) {
            assertThat(store.auditLog()).extracting(CaseStore.AuditEntry::arguments).containsExactly("person find --case " + caseDir + " --email ＊＊＊");
        }
    }

    @Test
    void aReviewersNoteIsMaskedInTheAuditLog() {
        assertThat(Audit.withoutValues(List.of("person", "category", "p-1", "customer", "--note", "山田 太郎 090-1234-5678", "--note=山田")))
                .containsExactly("person", "category", "p-1", "customer", "--note", "＊＊＊", "--note=＊＊＊");
    }

    /** Before, a command refused for a missing or wrong key left no trace: someone tried to read an encrypted case. */
    @Test
    void aCommandRefusedForWantOfTheKeyIsLogged() {
        Path caseDir = dir.resolve("locked");
        java.util.Optional<io.leakscope.store.CaseKey> key = java.util.Optional.of(io.leakscope.store.CaseKey.of("the right passphrase"));
        try (CaseStore store = CaseStore.open(caseDir, key)) {
            assertThat(store.auditLog()).isEmpty();
        }
        assertThat(Main.run("person", "list", "--case", caseDir.toString())).isNotZero();
        try (CaseStore store = CaseStore.open(caseDir, key)) {
            assertThat(store.auditLog()).singleElement().satisfies(e -> {
                assertThat(e.command()).as("no key here, or another one").isIn("person list [refused: no case key]", "person list [refused: wrong case key]");
                assertThat(e.exitCode()).isEqualTo(1);
            });
            assertThat(store.auditBreak()).isEmpty();
        }
    }
}
