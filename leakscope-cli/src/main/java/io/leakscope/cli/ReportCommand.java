package io.leakscope.cli;

import io.leakscope.core.obligations.CaseFacts;
import io.leakscope.core.obligations.Obligation;
import io.leakscope.core.obligations.ObligationsEngine;
import io.leakscope.core.obligations.Timeline;
import io.leakscope.pipeline.CaseConfig;
import io.leakscope.pipeline.CaseService;
import io.leakscope.report.PpcReportDraft;
import io.leakscope.pipeline.ConfigException;
import java.util.List;
import io.leakscope.report.ReportData;
import io.leakscope.report.ReportWriter;
import io.leakscope.store.CaseStore;
import io.leakscope.store.PrivateFiles;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "report", description = "Writes CASE/report/: index.html, summary.json/.md/.pdf/.xlsx with the obligations and the "
        + "timeline, and the PPC report drafts (ppc-report-ja.md, ppc-report-en.md).")
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
            ReportData data;
            CaseConfig config = null;
            try {
                config = CaseService.config(store, null);
                CaseFacts facts = CaseService.facts(store, config);
                List<Obligation> obligations = ObligationsEngine.standard().evaluate(facts);
                data = ReportData.of(name, store.persons(), store.inventory(), store.ambiguous(), obligations)
                        .withTimeline(Timeline.of(facts, obligations, store.events(), java.time.LocalDate.now()))
                        .withUnattributed(store.unattributedCounts());
            } catch (ConfigException e) {
                System.err.println("report: no obligations, timeline or PPC draft (" + e.getMessage() + ")");
                data = ReportData.of(name, store.persons(), store.inventory(), store.ambiguous()).withUnattributed(store.unattributedCounts());
            }
            Path out = caseDir.resolve("report");
            ReportWriter.write(data, out);
            try {
                ReportWriter.writePdf(data, out);
            } catch (java.io.IOException e) {
                System.err.println("report: no summary.pdf (" + e.getMessage() + ")");
            }
            if (!data.obligations().isEmpty()) {
                ReportWriter.writePpcDrafts(data, new PpcReportDraft.Facts(config.caseInfo().organization(), config.caseInfo().awareAt(),
                        config.caseInfo().cause()), out);
            }
            PrivateFiles.restrict(out);
            return out;
        }
    }
}
