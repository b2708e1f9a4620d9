package io.leakscope.cli;

import io.leakscope.generator.ClassEvaluation;
import io.leakscope.generator.Evaluation;
import io.leakscope.generator.FindingEvaluation;
import io.leakscope.generator.ResolutionEvaluation;
import io.leakscope.generator.LeakGenerator;
import io.leakscope.pipeline.CaseService;
import io.leakscope.pipeline.ScanOptions;
import io.leakscope.report.Exports;
import io.leakscope.store.CaseStore;
import io.leakscope.store.PrivateFiles;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "demo", description = "Generates a sample leak with master data, scans it, writes the report and exports, "
        + "and compares the result with the sample's ground truth.")
final class DemoCommand implements Callable<Integer> {
    @Option(names = "--dir", description = "where to put the sample and the case (default: ./leakscope-demo)")
    Path dir = Path.of("leakscope-demo");

    @Option(names = "--seed", description = "seed of the sample leak")
    long seed = 20241005L;

    @Override
    public Integer call() throws Exception {
        Path sample = dir.resolve("sample");
        Path caseDir = dir.resolve("case");
        if (!Files.isDirectory(sample.resolve("leak"))) {
            System.err.println("generating a sample leak in " + sample);
            new LeakGenerator(seed, LeakGenerator.Sizes.DEMO).generate(sample);
        }
        CaseService.scan(sample.resolve("leak"), caseDir, sample.resolve("case.yaml"), new ConsoleProgress(System.err),
                ScanOptions.isolated(ScanOptions.defaultThreads()));
        Path report = ReportCommand.write(caseDir);
        try (CaseStore store = CaseStore.open(caseDir)) {
            Exports.persons(store.persons(), caseDir.resolve("persons.jsonl"));
            Exports.inventory(store.inventory(), store.unattributedCounts(), caseDir.resolve("inventory.jsonl"));
            var facts = CaseService.facts(store, CaseService.config(store, null));
            Exports.obligations(facts, io.leakscope.core.obligations.ObligationsEngine.standard().evaluate(facts), java.time.OffsetDateTime.now(),
                    caseDir.resolve("obligations.json"));
            PrivateFiles.restrict(caseDir);
            System.out.println(Files.readString(report.resolve("summary.md")).lines().takeWhile(l -> !l.startsWith("## "))
                    .reduce("", (a, b) -> a + b + "\n"));
            System.out.println("Compared with the sample's ground truth:");
            System.out.print(Evaluation.of(Evaluation.readTruth(sample.resolve("truth.json")), store.persons()).table());
            var records = store.records();
            System.out.print(ResolutionEvaluation.of(sample.resolve("truth.json"), store.persons(), records, store::links).table());
            System.out.println();
            System.out.print(FindingEvaluation.of(FindingEvaluation.readTruth(sample.resolve("truth.json")),
                    FindingEvaluation.reported(records, store.unattributedFindings())).table());
            System.out.println();
            System.out.print(ClassEvaluation.report(ClassEvaluation.readTruth(sample.resolve(LeakGenerator.CLASS_TRUTH)), store.inventory()));
        }
        System.out.println("\nreport: " + report.resolve("index.html") + "\nexports: " + caseDir.resolve("persons.jsonl")
                + ", " + caseDir.resolve("inventory.jsonl") + ", " + caseDir.resolve("obligations.json"));
        return 0;
    }

}
