package io.leakscope.cli;

import io.leakscope.generator.ClassEvaluation;
import io.leakscope.generator.Evaluation;
import io.leakscope.generator.FindingEvaluation;
import io.leakscope.generator.LeakGenerator;
import io.leakscope.generator.ResolutionEvaluation;
import io.leakscope.store.CaseStore;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "eval", description = "Compares a case with a generated leak's ground truth (truth.json): persons, "
        + "categories and elements, then precision, recall and F1 of every finding type, and of every document class and flag (classes.json).")
final class EvalCommand implements Callable<Integer> {
    @Option(names = "--case", required = true, description = "the case directory")
    Path caseDir;

    @Option(names = "--truth", required = true, description = "a generated leak's folder, or its truth.json")
    Path truth;

    @Override
    public Integer call() throws Exception {
        Path file = Files.isDirectory(truth) ? truth.resolve("truth.json") : truth;
        try (CaseStore store = CaseStore.open(caseDir)) {
            System.out.print(Evaluation.of(Evaluation.readTruth(file), store.persons()).table());
            System.out.print(ResolutionEvaluation.of(file, store.persons(), store.records(), store::links).table());
            System.out.println();
            System.out.print(FindingEvaluation.of(FindingEvaluation.readTruth(file), FindingEvaluation.reported(store.records(), store.unattributedFindings())).table());
            Path classes = file.resolveSibling(LeakGenerator.CLASS_TRUTH);
            if (Files.exists(classes)) {
                System.out.println();
                System.out.print(ClassEvaluation.report(ClassEvaluation.readTruth(classes), store.inventory()));
            }
        }
        return 0;
    }
}
