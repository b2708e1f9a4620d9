package io.leakscope.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A card number and an IBAN in a document that names nobody leaked all the same. Before, such
 * values were dropped (only values tied to a person were kept) and the report stated "No payment
 * card number found": a negative statement the company would publish, false. Now they are the
 * document's own values: exported, counted in the report, and no statement says they are absent.
 */
class UnattributedValuesTest {
    @TempDir
    Path dir;

    @Test
    void aCardNumberInADocumentNamingNobodyIsReportedNotDenied() throws Exception {
        Path leak = Files.createDirectories(dir.resolve("leak/経理"));
        Files.writeString(leak.resolve("決済エラー.txt"), "決済エラー一覧\nカード番号：4111 1111 1111 1111\n振込先 IBAN: DE89 3704 0044 0532 0130 00\n",
                StandardCharsets.UTF_8);
        Files.writeString(leak.resolve("担当.txt"), "担当：山田 太郎\n携帯：090-1234-5678\n", StandardCharsets.UTF_8);
        Path config = dir.resolve("case.yaml");
        Files.writeString(config, "case:\n  name: unattributed\n");
        Path caseDir = dir.resolve("case");
        assertThat(Main.run("scan", dir.resolve("leak").toString(), "--case", caseDir.toString(), "--config", config.toString(), "--quiet")).isZero();
        assertThat(Main.run("report", "--case", caseDir.toString())).isZero();
        String summary = Files.readString(caseDir.resolve("report/summary.md"));
        assertThat(summary).contains("1 payment card number value (クレジットカード情報) in 1 document could not be tied to a person");
        assertThat(summary).doesNotContain("No payment card number");
        assertThat(summary).contains("No My Number"); // a statement that is still true stays
        Path inventory = dir.resolve("inventory.jsonl");
        assertThat(Main.run("export", "inventory", "--case", caseDir.toString(), "--out", inventory.toString())).isZero();
        String line = Files.readAllLines(inventory).stream().filter(l -> l.contains("決済エラー.txt")).findFirst().orElseThrow();
        assertThat(line).contains("\"unattributed\":{\"credit_card\":1,\"bank_account\":1}");
        assertThat(Files.readAllLines(inventory).stream().filter(l -> l.contains("担当.txt")).findFirst().orElseThrow())
                .contains("\"unattributed\":{}");
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        java.io.PrintStream stdout = System.out;
        System.setOut(new java.io.PrintStream(out, true, StandardCharsets.UTF_8));
        try {
            assertThat(Main.run("documents", "--case", caseDir.toString())).isZero();
        } finally {
            System.setOut(stdout);
        }
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("tied to no person: credit_card 1, bank_account 1").doesNotContain("4111");
    }
}
