package io.leakscope.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import io.leakscope.core.model.InventoryEntry;
import io.leakscope.store.CaseStore;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The default scan (parser processes) run by a user whose locale is plain C, as on many servers and
 * containers: Java then cannot encode a non-ASCII file name as text at all. Before, every file with
 * a Japanese name failed as "crash: reader process ended with status 1"; every one is read now.
 * The scan runs in a JVM of its own started with LC_ALL=C (this one's locale is what the build has).
 */
class PosixLocaleScanTest {
    @TempDir
    Path dir;

    @Test
    void filesWithJapaneseAndShiftJisNamesAreReadUnderTheCLocale() throws Exception {
        Path leak = Files.createDirectories(dir.resolve("leak"));
        String roster = "氏名,携帯\n山田 太郎,090-1234-5678\n";
        Files.writeString(dir.resolve("roster.csv"), roster);
        Files.writeString(dir.resolve("memo.txt"), "担当：佐藤 花子\n携帯：080-2345-6789\n");
        // the names are made by the shell from bytes: a UTF-8 one (社員名簿.csv), a Shift_JIS one (名簿.csv), a UTF-8 folder
        Process p = new ProcessBuilder("sh", "-c", "cp ../roster.csv \"$(printf '\\347\\244\\276\\345\\223\\241\\345\\220\\215\\347\\260\\277').csv\";"
                + " cp ../roster.csv \"$(printf '\\226\\274\\225\\353').csv\"; mkdir \"$(printf '\\344\\272\\272\\344\\272\\213')\";"
                + " cp ../memo.txt \"$(printf '\\344\\272\\272\\344\\272\\213')/memo.txt\"").directory(leak.toFile()).start();
        assertThat(p.waitFor()).isZero();
        Path config = Files.writeString(dir.resolve("case.yaml"), "case:\n  name: posix\n");
        Path caseDir = dir.resolve("case");

        scanUnderTheCLocale(leak, caseDir, config, dir.resolve("scan.log"));

        Map<String, InventoryEntry> inventory;
        try (CaseStore store = CaseStore.open(caseDir)) {
            inventory = store.inventory().stream().collect(Collectors.toMap(InventoryEntry::path, e -> e));
        }
        assertThat(inventory.keySet()).containsExactlyInAnyOrder("社員名簿.csv", "名簿.csv", "人事/memo.txt");
        assertThat(inventory.values()).allSatisfy(e -> {
            assertThat(e.status()).as(e.path() + ": " + e.reason()).isEqualTo("done");
            assertThat(e.findings()).as(e.path()).isPositive();
        });
    }

    /**
     * Scans as the command line does (parser processes), in a JVM of its own started with LC_ALL=C;
     * the files are made by this JVM, whose locale can name them.
     */
    static void scanUnderTheCLocale(Path leak, Path caseDir, Path config, Path log) throws Exception {
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx512m",
                "-cp", System.getProperty("java.class.path"), ScanMain.class.getName(), leak.toString(), caseDir.toString(), config.toString()));
        ProcessBuilder scan = new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(log.toFile());
        scan.environment().put("LC_ALL", "C");
        scan.environment().put("LANG", "C");
        Process run = scan.start();
        assertThat(run.waitFor(240, TimeUnit.SECONDS)).isTrue();
        assertThat(run.exitValue()).as(Files.readString(log, StandardCharsets.ISO_8859_1)).isZero();
    }

    /** The scan, as the command line runs it, in a JVM started with the C locale. */
    public static final class ScanMain {
        public static void main(String[] args) throws Exception {
            CaseService.scan(Path.of(args[0]), Path.of(args[1]), Path.of(args[2]), ScanProgress.SILENT, ScanOptions.isolated(2));
        }
    }
}
