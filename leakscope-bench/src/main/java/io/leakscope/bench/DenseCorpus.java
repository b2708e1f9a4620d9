package io.leakscope.bench;

import io.leakscope.generator.LeakGenerator;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A leak dense with people, as a file share of HR, partner and customer files is: the generator's
 * leak at a scale (100 gives about 3,700 files, 34 MB, 19,000 persons; every file a distinct
 * content), with its masters and case configuration. Each fraction is a leak of its own at that
 * fraction of the scale — a quarter-size company, not a quarter of the files — so 0.25, 0.5 and
 * 1 × show how the scan grows with the company.
 */
final class DenseCorpus implements BenchLeak {
    private final Path dir;
    private final int scale;

    DenseCorpus(Path dir, int scale) {
        this.dir = dir;
        this.scale = scale;
    }

    private Path sample(double fraction) {
        return dir.resolve("dense-" + scale(fraction));
    }

    private int scale(double fraction) {
        return Math.max(1, (int) Math.round(scale * fraction));
    }

    /** Generates the leak of each fraction unless it is there already. */
    void build(Iterable<Double> fractions, long seed, PrintStream log) throws IOException {
        for (double f : fractions) {
            Path sample = sample(f);
            if (!Files.exists(sample.resolve("truth.json"))) {
                long t0 = System.nanoTime();
                new LeakGenerator(seed, LeakGenerator.Sizes.scaled(scale(f))).generate(sample);
                log.printf("dense corpus at scale %d: %,d files, %,d MB, generated in %,d s%n", scale(f), BenchCorpus.list(sample.resolve("leak")).size(),
                        bytes(sample.resolve("leak")) >> 20, (System.nanoTime() - t0) / 1_000_000_000);
            }
        }
    }

    private static long bytes(Path tree) throws IOException {
        long n = 0;
        for (Path p : BenchCorpus.list(tree)) {
            n += Files.size(p);
        }
        return n;
    }

    @Override
    public Path tree(double fraction) {
        return sample(fraction).resolve("leak");
    }

    @Override
    public Path caseConfig(double fraction) {
        return sample(fraction).resolve("case.yaml");
    }
}
