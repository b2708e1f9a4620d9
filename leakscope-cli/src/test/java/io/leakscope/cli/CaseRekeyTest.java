package io.leakscope.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.leakscope.store.CaseKey;
import io.leakscope.store.CaseStore;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code case rekey} as a user runs it: keys in the environment, the audit log kept across the change. */
class CaseRekeyTest {
    @TempDir
    Path dir;

    private int run(Map<String, String> env, String... args) throws Exception {
        ProcessBuilder pb = new ProcessBuilder(java(args)).redirectErrorStream(true);
        pb.environment().keySet().removeIf(k -> k.startsWith("LEAKSCOPE_"));
        pb.environment().putAll(env);
        Process p = pb.start();
        p.getInputStream().transferTo(java.io.OutputStream.nullOutputStream());
        return p.waitFor();
    }

    private static List<String> java(String... args) {
        List<String> cmd = new java.util.ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), Main.class.getName()));
        cmd.addAll(List.of(args));
        return cmd;
    }

    @Test
    void aCaseScannedInClearIsEncryptedThenRekeyedAndEveryStepIsAudited() throws Exception {
        Path leak = Files.createDirectories(dir.resolve("leak"));
        Files.writeString(leak.resolve("名簿.csv"), "氏名,電話\n山田 太郎,090-1234-5678\n", StandardCharsets.UTF_8);
        Path config = Files.writeString(dir.resolve("case.yaml"), "case:\n  name: rekey\n");
        String caseDir = dir.resolve("case").toString();
        assertThat(Main.run("scan", leak.toString(), "--case", caseDir, "--config", config.toString(), "--in-process", "--quiet")).isZero();

        assertThat(run(Map.of(), "case", "rekey", "--case", caseDir)).as("no new key and no --decrypt").isEqualTo(2);
        assertThat(run(Map.of("LEAKSCOPE_NEW_KEY", "first"), "case", "rekey", "--case", caseDir)).isZero();
        assertThat(run(Map.of(), "person", "list", "--case", caseDir)).as("now needs the key").isNotZero();
        assertThat(run(Map.of("LEAKSCOPE_KEY", "first", "LEAKSCOPE_NEW_KEY", "second"), "case", "rekey", "--case", caseDir)).isZero();
        assertThat(run(Map.of("LEAKSCOPE_KEY", "first"), "person", "list", "--case", caseDir)).isNotZero();
        assertThat(run(Map.of("LEAKSCOPE_KEY", "second"), "person", "list", "--case", caseDir)).isZero();

        try (CaseStore store = CaseStore.open(Path.of(caseDir), Optional.of(CaseKey.of("second")))) {
            assertThat(store.encrypted()).isTrue();
            assertThat(store.persons()).hasSize(1);
            assertThat(store.auditLog()).extracting(CaseStore.AuditEntry::command, CaseStore.AuditEntry::exitCode).containsSubsequence(
                    org.assertj.core.groups.Tuple.tuple("case rekey", 0), org.assertj.core.groups.Tuple.tuple("case rekey", 0),
                    org.assertj.core.groups.Tuple.tuple("person list", 0));
        }
    }
}
