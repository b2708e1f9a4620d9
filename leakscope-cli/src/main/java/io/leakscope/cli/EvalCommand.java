package io.leakscope.cli;

import io.leakscope.generator.Evaluation;
import io.leakscope.store.CaseStore;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "eval", description = "Compares a case's persons with a generated leak's ground truth (truth.json).")
final class EvalCommand implements Callable<Integer> {
    @Option(names = "--case", required = true, description = "the case directory")
    Path caseDir;

    @Option(names = "--truth", required = true, description = "a generated leak's folder, or its truth.json")
    Path truth;

    @Override
    public Integer call() throws Exception {
        try (CaseStore store = CaseStore.open(caseDir)) {
            System.out.print(Evaluation.of(Evaluation.readTruth(java.nio.file.Files.isDirectory(truth) ? truth.resolve("truth.json") : truth), store.persons()).table());
        }
        return 0;
    }
}
