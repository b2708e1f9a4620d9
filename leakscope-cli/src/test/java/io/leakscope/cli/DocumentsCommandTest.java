package io.leakscope.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.leakscope.core.docclass.ConfidentialFlag;
import io.leakscope.core.docclass.DocumentClass;
import io.leakscope.core.docclass.DocumentClassification;
import io.leakscope.core.docclass.FlagKind;
import io.leakscope.core.model.InventoryEntry;
import io.leakscope.store.CaseStore;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DocumentsCommandTest {
    @TempDir
    Path dir;

    private String run(String... args) {
        PrintStream old = System.out;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
        try {
            assertThat(Main.run(args)).isZero();
        } finally {
            System.setOut(old);
        }
        return out.toString(StandardCharsets.UTF_8);
    }

    @Test
    void listsDocumentsWithTheirClassWhyAndFlagsFilteredByClassOrFlag() throws Exception {
        Path caseDir = Files.createDirectories(dir.resolve("case"));
        try (CaseStore store = CaseStore.open(caseDir)) {
            store.save(new InventoryEntry("it/app.conf", null, 10L, "a", "text/plain", "done", null, 0, false,
                    new DocumentClassification(DocumentClass.SYSTEM_DATA, "format \".conf\" +2.0",
                            List.of(new ConfidentialFlag(FlagKind.CREDENTIAL, "password: ****", 3)))), List.of());
            store.save(new InventoryEntry("経理/請求書.pdf", null, 10L, "b", "application/pdf", "done", null, 0, false,
                    new DocumentClassification(DocumentClass.INVOICE, "file name \"請求書\" +3.0", List.of())), List.of());
        }
        String all = run("documents", "--case", caseDir.toString());
        assertThat(all).contains("it/app.conf\tsystem_data\tdone\n  why: format \".conf\" +2.0\n  credential: \"password: ****\" (line 3)")
                .contains("経理/請求書.pdf\tinvoice\tdone");
        assertThat(run("documents", "--case", caseDir.toString(), "--flag", "credential")).contains("app.conf").doesNotContain("請求書");
        assertThat(run("documents", "--case", caseDir.toString(), "--class", "invoice")).contains("請求書").doesNotContain("app.conf");
        assertThat(Main.run("documents", "--case", caseDir.toString(), "--class", "gossip")).isEqualTo(1);
    }

    /** Before, a leaked file's name reached the terminal raw: its escape sequences acted, its bidi override hid the real extension. */
    @Test
    void namesAndEvidenceFromTheLeakCannotActOnTheTerminal() throws Exception {
        Path caseDir = Files.createDirectories(dir.resolve("case"));
        try (CaseStore store = CaseStore.open(caseDir)) {
            store.save(new InventoryEntry("請求書\u202Efdp.exe", null, 10L, "a", "text/plain", "done", null, 0, false,
                    new DocumentClassification(DocumentClass.INVOICE, "file name \"請求書\" +3.0",
                            List.of(new ConfidentialFlag(FlagKind.CREDENTIAL, "password: \u001B]0;owned\u0007\ndone", 3)))), List.of());
        }
        String out = run("documents", "--case", caseDir.toString());
        assertThat(out).contains("請求書\\u202Efdp.exe\tinvoice").contains("password: \\e]0;owned\\u0007\\ndone");
        assertThat(out.chars().filter(c -> c < 0x20 && c != '\n' && c != '\t' || c == 0x202E)).isEmpty();
    }
}
