package io.leakscope.cli;

import io.leakscope.bench.RecognizerThroughput;
import io.leakscope.bench.RecognizerTimes;
import io.leakscope.bench.ResolutionBench;
import io.leakscope.bench.ScanBench;
import io.leakscope.pipeline.ScanOptions;
import io.leakscope.pipeline.ScanPhases;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "bench", description = "On-demand benchmarks; each prints its figures and the ratio to a baseline measured in the same run.")
final class BenchCommand implements Callable<Integer> {
    enum What { resolution, scan, recognizers }

    @Parameters(index = "0", description = "resolution | scan | recognizers")
    What what;

    @Option(names = "--mentions", description = "resolution: person records to resolve (default 1,000,000)")
    int mentions = 1_000_000;

    @Option(names = "--persons", description = "resolution: true persons behind them (default 200,000)")
    int persons = 200_000;

    @Option(names = "--files", description = "scan: files in the corpus (default 50,000)")
    int files = 50_000;

    @Option(names = "--mb", description = "scan: megabytes in the corpus (default 1,024)")
    long mb = 1024;

    @Option(names = "--fractions", split = ",", description = "scan: fractions of the corpus to scan (default 0.25,0.5,1)")
    List<Double> fractions = List.of(0.25, 0.5, 1.0);

    @Option(names = "--dense", description = "scan: the generator's leak, dense with people, at --scale (each fraction a leak of its own"
            + " at that fraction of the scale), instead of the filler corpus")
    boolean dense;

    @Option(names = "--scale", description = "scan --dense: the generator's scale of the largest fraction (default ${DEFAULT-VALUE}: about"
            + " 3,700 files, 34 MB, 19,000 persons)")
    int scale = 100;

    @Option(names = "--distinct", description = "scan: also scan one file per distinct content of the smallest fraction (the corpus repeats its documents)")
    boolean distinct;

    @Option(names = "--pool", description = "scan: distinct documents the corpus draws its files from (default 1,200;"
            + " as many as --files for a corpus without repeats, slower to build)")
    int pool = ScanBench.DEFAULT_POOL;

    @Option(names = "--threads", description = "scan: threads for both the Tika baseline and the scan (default: the scan's, ${DEFAULT-VALUE})")
    int threads = ScanOptions.defaultThreads();

    @Option(names = "--seed", description = "seed of the synthetic data")
    long seed = 1L;

    @Option(names = "--dir", description = "where to put the bench data (default: a new temporary folder; scan: reuses a corpus built there)")
    Path dir;

    @Override
    public Integer call() throws Exception {
        Path work = dir != null ? Files.createDirectories(dir) : Files.createTempDirectory("leakscope-bench");
        return switch (what) {
            case resolution -> resolution(work);
            case scan -> scan(work);
            case recognizers -> RecognizerThroughput.run(System.out);
        };
    }

    private int scan(Path work) throws Exception {
        List<Double> sorted = fractions.stream().sorted().toList();
        ScanBench bench;
        if (dense) {
            System.err.printf("bench scan --dense: the generator's leak at scale %d × %s in %s (%d threads, scan JVM max heap %,d MB)%n",
                    scale, sorted, work, threads, Runtime.getRuntime().maxMemory() >> 20);
            bench = ScanBench.dense(work, threads, scale);
            bench.buildDense(sorted, seed, System.err);
        } else {
            System.err.printf("bench scan: %,d files, %,d MB drawn from %,d documents in %s (%d threads, scan JVM max heap %,d MB)%n",
                    files, mb, pool, work, threads, Runtime.getRuntime().maxMemory() >> 20);
            bench = new ScanBench(work, threads, pool);
            bench.build(files, mb << 20, seed, System.err);
        }
        System.out.println("| corpus | files | MB | persons | Tika-only | scan | scan / Tika | files/s | MB/s (scan) | MB/s (Tika) | peak heap (scan JVM) | heap after collection (scan JVM) | peak RSS (parser processes) |");
        System.out.println("|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|");
        List<ScanBench.Row> rows = new java.util.ArrayList<>();
        for (double f : sorted) {
            rows.add(bench.measure(f, System.err));
            printRow(rows.get(rows.size() - 1));
        }
        if (distinct && !dense) {
            rows.add(bench.measureDistinct(sorted.get(0), System.err));
            printRow(rows.get(rows.size() - 1));
        }
        printPhases(rows);
        ScanBench.PatternRow p = bench.patterns(System.err);
        System.out.printf("%nrecognizers on the distinct extracted texts, 1 thread: %,d MB in %.1f s = %.2f MB/s; ripgrep (e-mail only, 1 thread): %s%n",
                p.textBytes() >> 20, p.recognizerMillis() / 1000.0, p.recognizerMbPerSecond(),
                p.ripgrepMillis() < 0 ? "not installed" : String.format("%.1f MB/s, recognizers / ripgrep time %.1f",
                        p.ripgrepMbPerSecond(), (double) p.recognizerMillis() / p.ripgrepMillis()));
        printSteps(p);
        return 0;
    }

    /** The recognizer pass step by step: each recognizer alone on the same texts. */
    private static void printSteps(ScanBench.PatternRow p) {
        double total = p.steps().stream().mapToLong(RecognizerTimes.Time::nanos).sum();
        System.out.printf("%n| step (alone, 1 thread) | s | share | MB/s | candidates |%n|---|---:|---:|---:|---:|%n");
        for (RecognizerTimes.Time t : p.steps()) {
            double seconds = t.nanos() / 1e9;
            System.out.printf("| %s | %.2f | %.1f %% | %.1f | %,d |%n", t.step(), seconds, 100 * t.nanos() / total,
                    p.textBytes() / 1048576.0 / seconds, t.candidates());
        }
    }

    private static void printRow(ScanBench.Row r) {
        System.out.printf("| %s | %,d | %,d | %,d | %.1f s | %.1f s | %.2f | %.1f | %.2f | %.2f | %,d MB | %,d MB | %,d MB |%n", r.corpus(), r.files(),
                r.bytes() >> 20, r.persons(), r.tikaMillis() / 1000.0, r.scanMillis() / 1000.0, r.ratio(), r.files() / (r.scanMillis() / 1000.0),
                r.scanMbPerSecond(), r.tikaMbPerSecond(), r.peakHeap() >> 20, r.peakHeapAfterCollection() >> 20, r.peakWorkers() >> 20);
    }

    /**
     * Where each scan's time went: the per-file phases in thread-seconds (every scan thread at once),
     * then listing, resolution and, for the largest, writing the report, in wall seconds.
     */
    private static void printPhases(List<ScanBench.Row> rows) throws Exception {
        System.out.printf("%n| corpus | walk | hash | read (parse) | analyse | classify | store | resolve | report | scan wall |%n"
                + "|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|%n");
        for (ScanBench.Row r : rows) {
            ScanPhases p = r.phases();
            String report = "—";
            if (r == rows.get(rows.size() - 1) || rows.size() == 1) {
                long t0 = System.nanoTime();
                ReportCommand.write(r.caseDir());
                report = String.format("%.1f s", (System.nanoTime() - t0) / 1e9);
            }
            System.out.printf("| %s | %.1f s | %.1f s | %.1f s | %.1f s | %.1f s | %.1f s | %.1f s | %s | %.1f s |%n", r.corpus(),
                    p.millis(ScanPhases.Phase.WALK) / 1000.0, p.millis(ScanPhases.Phase.HASH) / 1000.0, p.millis(ScanPhases.Phase.READ) / 1000.0,
                    p.millis(ScanPhases.Phase.ANALYSE) / 1000.0, p.millis(ScanPhases.Phase.CLASSIFY) / 1000.0,
                    p.millis(ScanPhases.Phase.STORE) / 1000.0, p.millis(ScanPhases.Phase.RESOLVE) / 1000.0, report, r.scanMillis() / 1000.0);
        }
        System.out.println("(walk, resolve, report: wall time; the others: thread-seconds summed over the scan's threads)");
        printCpu(rows);
    }

    /**
     * The same runs in CPU seconds, by process (Tika-only: this JVM; the scan: this JVM and its parser
     * processes), and the per-file phases' CPU time on their own threads: on a machine with fewer
     * cores than busy threads, the work each side asked of the machine.
     */
    private static void printCpu(List<ScanBench.Row> rows) {
        System.out.printf("%n| corpus | Tika-only CPU | scan CPU: scan JVM | parser processes | scan / Tika (CPU) | hash | read | analyse | classify | store | resolve |%n"
                + "|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|%n");
        for (ScanBench.Row r : rows) {
            ScanPhases p = r.phases();
            System.out.printf("| %s | %.1f s | %.1f s | %.1f s | %.2f | %.1f s | %.1f s | %.1f s | %.1f s | %.1f s | %.1f s |%n", r.corpus(),
                    r.tikaCpuSeconds(), r.scanJvmCpuSeconds(), r.parserCpuSeconds(), r.cpuRatio(),
                    p.cpuMillis(ScanPhases.Phase.HASH) / 1000.0, p.cpuMillis(ScanPhases.Phase.READ) / 1000.0,
                    p.cpuMillis(ScanPhases.Phase.ANALYSE) / 1000.0, p.cpuMillis(ScanPhases.Phase.CLASSIFY) / 1000.0,
                    p.cpuMillis(ScanPhases.Phase.STORE) / 1000.0, p.cpuMillis(ScanPhases.Phase.RESOLVE) / 1000.0);
        }
        System.out.println("(CPU seconds; a process's include its compilers and collector; the phases: their own threads' CPU"
                + " in this JVM, read: decoding the parser's reply)");
        printFresh(rows);
    }

    /**
     * The scan against Tika-only in a JVM of its own, as a user runs Tika on a leak: both then load
     * their classes and compile their code, which the warm baseline above does not pay.
     */
    private static void printFresh(List<ScanBench.Row> rows) {
        System.out.printf("%n| corpus | Tika-only, fresh JVM | its CPU | scan | scan / fresh Tika | scan / warm Tika |%n|---|---:|---:|---:|---:|---:|%n");
        for (ScanBench.Row r : rows) {
            System.out.printf("| %s | %.1f s | %.1f s | %.1f s | %.2f | %.2f |%n", r.corpus(), r.tikaFreshMillis() / 1000.0,
                    r.tikaFreshCpuSeconds(), r.scanMillis() / 1000.0, r.ratioToFresh(), r.ratio());
        }
    }

    private int resolution(Path caseDir) throws Exception {
        System.err.printf("bench resolution: %,d mentions of %,d persons in %s (max heap %,d MB, %d cores)%n", mentions, persons, caseDir,
                Runtime.getRuntime().maxMemory() >> 20, Runtime.getRuntime().availableProcessors());
        try {
            ResolutionBench bench = new ResolutionBench(mentions, persons, seed);
            ResolutionBench.Result r = bench.run(caseDir, System.err);
            bench.mergedExamples().forEach(e -> System.out.println("over-merged: " + e));
            System.out.printf("mentions %,d  persons %,d  found %,d  over-merge %d (%.3f%%)  over-split %d (%.3f%%)%n", r.mentions(), r.persons(),
                    r.found(), r.overMerged(), 100.0 * r.overMerged() / r.persons(), r.overSplit(), 100.0 * r.overSplit() / r.persons());
            System.out.printf("write %,d ms  read (baseline) %,d ms  resolve %,d ms  resolve/read %.2f  save persons %,d ms  peak heap %,d MB (after a collection %,d MB)%n",
                    r.writeMillis(), r.readMillis(), r.resolveMillis(), r.resolveToRead(), r.saveMillis(), r.peakHeapBytes() >> 20, r.peakHeapAfterCollection() >> 20);
            return 0;
        } catch (OutOfMemoryError e) {
            System.out.printf("out of memory (max heap %,d MB) at %,d mentions%n", Runtime.getRuntime().maxMemory() >> 20, mentions);
            return 3;
        }
    }
}
