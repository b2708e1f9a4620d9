package io.leakscope.cli;

import io.leakscope.core.obligations.CaseFacts;
import io.leakscope.core.obligations.ObligationsEngine;
import io.leakscope.pipeline.CaseService;
import io.leakscope.report.Exports;
import java.time.OffsetDateTime;
import io.leakscope.store.CaseStore;
import io.leakscope.store.PrivateFiles;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "export", description = "Exports the affected persons or the inventory as JSON Lines, or the obligations as JSON "
        + "(the contract formats).")
final class ExportCommand implements Callable<Integer> {
    enum What { persons, inventory, obligations }

    @Parameters(index = "0", description = "persons | inventory | obligations")
    What what;

    @Option(names = "--config", description = "case.yaml for the obligations (default: the one the latest scan used)")
    Path config;

    @Option(names = "--case", required = true, description = "the case directory")
    Path caseDir;

    @Option(names = "--out", required = true, description = "the output file (.jsonl)")
    Path out;

    @Override
    public Integer call() throws Exception {
        try (CaseStore store = CaseStore.open(caseDir)) {
            switch (what) {
                case persons -> Exports.persons(store.persons(), out);
                case inventory -> Exports.inventory(store.inventory(), store.unattributedCounts(), out);
                case obligations -> {
                    CaseFacts facts = CaseService.facts(store, CaseService.config(store, config));
                    Exports.obligations(facts, ObligationsEngine.standard().evaluate(facts), OffsetDateTime.now(), out);
                }
                default -> throw new IllegalStateException();
            }
        }
        PrivateFiles.restrict(out);
        System.err.println(what + " written to " + out);
        return 0;
    }
}
