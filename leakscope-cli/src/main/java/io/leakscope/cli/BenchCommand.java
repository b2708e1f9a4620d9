package io.leakscope.cli;

import io.leakscope.bench.ResolutionBench;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "bench", description = "On-demand benchmarks; each prints its figures and the ratio to a baseline measured in the same run.")
final class BenchCommand implements Callable<Integer> {
    enum What { resolution }

    @Parameters(index = "0", description = "resolution")
    What what;

    @Option(names = "--mentions", description = "person records to resolve (default 1,000,000)")
    int mentions = 1_000_000;

    @Option(names = "--persons", description = "true persons behind them (default 200,000)")
    int persons = 200_000;

    @Option(names = "--seed", description = "seed of the synthetic records")
    long seed = 1L;

    @Option(names = "--dir", description = "where to put the bench case (default: a new temporary folder)")
    Path dir;

    @Override
    public Integer call() throws Exception {
        Path caseDir = dir != null ? Files.createDirectories(dir) : Files.createTempDirectory("leakscope-bench");
        System.err.printf("bench resolution: %,d mentions of %,d persons in %s (max heap %,d MB, %d cores)%n", mentions, persons, caseDir,
                Runtime.getRuntime().maxMemory() >> 20, Runtime.getRuntime().availableProcessors());
        try {
            ResolutionBench bench = new ResolutionBench(mentions, persons, seed);
            ResolutionBench.Result r = bench.run(caseDir, System.err);
            bench.mergedExamples().forEach(e -> System.out.println("over-merged: " + e));
            System.out.printf("mentions %,d  persons %,d  found %,d  over-merge %d (%.3f%%)  over-split %d (%.3f%%)%n", r.mentions(), r.persons(),
                    r.found(), r.overMerged(), 100.0 * r.overMerged() / r.persons(), r.overSplit(), 100.0 * r.overSplit() / r.persons());
            System.out.printf("write %,d ms  read (baseline) %,d ms  resolve %,d ms  resolve/read %.2f  save persons %,d ms  peak heap %,d MB%n",
                    r.writeMillis(), r.readMillis(), r.resolveMillis(), r.resolveToRead(), r.saveMillis(), r.peakHeapBytes() >> 20);
            return 0;
        } catch (OutOfMemoryError e) {
            System.out.printf("out of memory (max heap %,d MB) at %,d mentions%n", Runtime.getRuntime().maxMemory() >> 20, mentions);
            return 3;
        }
    }
}
