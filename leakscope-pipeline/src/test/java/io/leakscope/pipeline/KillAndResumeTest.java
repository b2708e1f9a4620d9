package io.leakscope.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import io.leakscope.generator.LeakGenerator;
import io.leakscope.store.CaseStore;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A scan killed with SIGKILL at random moments, several times, then run to the end, leaves the same
 * inventory, records, findings and persons as one uninterrupted scan: nothing lost, nothing twice.
 */
class KillAndResumeTest {
    @TempDir
    Path dir;

    /** Runs one scan in this JVM, with its parser processes, as the command line does: the process the test kills. */
    public static void main(String[] args) throws Exception {
        CaseService.scan(Path.of(args[0]), Path.of(args[1]), Path.of(args[2]), ScanProgress.SILENT, ScanOptions.isolated(2));
    }

    /**
     * Parser processes started for a case: their crash-log option names the case's temporary folder
     * (it comes before the class path, so a command line cut short still shows it).
     */
    private static long workersOf(Path caseDir) {
        String marker = "-XX:ErrorFile=" + caseDir.resolve("tmp").resolve("worker-crash-");
        return ProcessHandle.allProcesses().filter(ProcessHandle::isAlive)
                .filter(h -> h.info().commandLine().map(c -> c.contains(marker)).orElse(false)).count();
    }

    private Process start(Path sample, Path caseDir) throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        return new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"), KillAndResumeTest.class.getName(),
                sample.resolve("leak").toString(), caseDir.toString(), sample.resolve("case.yaml").toString())
                .redirectErrorStream(true).redirectOutput(dir.resolve("child.log").toFile()).start();
    }

    private static long count(Path caseDir, String sql) throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + caseDir.resolve(CaseStore.FILE_NAME));
             Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private static long savedDocuments(Path caseDir) {
        try {
            return Files.exists(caseDir.resolve(CaseStore.FILE_NAME)) ? count(caseDir, "SELECT count(*) FROM documents") : 0;
        } catch (Exception e) {
            return 0; // the schema is still being created
        }
    }

    private static List<Long> totals(Path caseDir) throws Exception {
        return List.of(count(caseDir, "SELECT count(*) FROM documents"), count(caseDir, "SELECT count(*) FROM records"),
                count(caseDir, "SELECT count(*) FROM findings"), count(caseDir, "SELECT count(*) FROM persons"),
                count(caseDir, "SELECT count(*) FROM documents WHERE status NOT IN ('done', 'failed', 'skipped')"),
                count(caseDir, "SELECT count(*) FROM (SELECT path FROM documents GROUP BY path HAVING count(*) > 1)"));
    }

    @Test
    void killedScansResumeToTheSameResultAsOneScan() throws Exception {
        Path sample = dir.resolve("sample");
        new LeakGenerator(3L, LeakGenerator.Sizes.DEMO).generate(sample);
        Path reference = dir.resolve("reference");
        CaseService.scan(sample.resolve("leak"), reference, sample.resolve("case.yaml"), ScanProgress.SILENT, 2);

        Path killed = dir.resolve("killed");
        long all = totals(reference).get(0);
        long saved = 0;
        int midRunKills = 0;
        long seenWorkers = 0;
        for (int attempt = 0; attempt < 4; attempt++) {
            Process p = start(sample, killed);
            while (!p.waitFor(20, TimeUnit.MILLISECONDS)) {
                long now = savedDocuments(killed);
                if (now > saved && now < all) {
                    seenWorkers = Math.max(seenWorkers, workersOf(killed));
                    p.destroyForcibly().waitFor(); // SIGKILL as soon as this run has saved something: no shutdown hooks, no cleanup
                    midRunKills++;
                    saved = savedDocuments(killed);
                    break;
                }
            }
        }
        Process last = start(sample, killed);
        assertThat(last.waitFor(120, TimeUnit.SECONDS)).as("the final run finishes").isTrue();
        assertThat(last.exitValue()).as(Files.readString(dir.resolve("child.log"))).isZero();

        assertThat(midRunKills).as("the test really killed scans with part of the leak saved").isGreaterThanOrEqualTo(3);
        assertThat(totals(killed)).isEqualTo(totals(reference));
        assertThat(totals(killed).get(4)).isZero();
        assertThat(totals(killed).get(5)).as("no document twice").isZero();
        assertThat(seenWorkers).as("the killed scans had parser processes").isPositive();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (workersOf(killed) > 0 && System.nanoTime() < deadline) {
            Thread.sleep(200);
        }
        assertThat(workersOf(killed)).as("parser processes of killed scans exit when their scan is gone").isZero();
    }
}
