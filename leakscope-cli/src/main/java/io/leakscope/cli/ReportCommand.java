package io.leakscope.cli;

import io.leakscope.report.ReportData;
import io.leakscope.report.ReportWriter;
import io.leakscope.store.CaseStore;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "report", description = "Writes CASE/report/index.html, summary.json and summary.md.")
final class ReportCommand implements Callable<Integer> {
    @Option(names = "--case", required = true, description = "the case directory")
    Path caseDir;

    @Override
    public Integer call() throws Exception {
        Path out = write(caseDir);
        System.err.println("report written to " + out.resolve("index.html"));
        return 0;
    }

    static Path write(Path caseDir) throws Exception {
        try (CaseStore store = CaseStore.open(caseDir)) {
            String name = store.caseName().orElse(caseDir.toAbsolutePath().getFileName().toString());
            ReportData data = ReportData.of(name, store.persons(), store.inventory(), store.ambiguous());
            Path out = caseDir.resolve("report");
            ReportWriter.write(data, out);
            return out;
        }
    }
}
