package io.leakscope.bench;

import io.leakscope.core.detect.RecognizerRegistry;
import io.leakscope.core.model.Finding;
import io.leakscope.core.text.NormalizedText;
import io.leakscope.pipeline.CaseService;
import io.leakscope.pipeline.ScanOptions;
import io.leakscope.pipeline.ScanPhases;
import io.leakscope.pipeline.ScanProgress;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.tika.io.TikaInputStream;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.metadata.TikaCoreProperties;
import org.apache.tika.parser.AutoDetectParser;
import org.apache.tika.parser.ParseContext;
import org.apache.tika.parser.Parser;
import org.apache.tika.parser.ocr.TesseractOCRConfig;
import org.apache.tika.sax.BodyContentHandler;

/**
 * The whole scan against the floor of reading the formats. On 0.25, 0.5 and 1 × a benchmark corpus
 * ({@link BenchCorpus}) it times, in the same run and on the same files with the same threads:
 * plain Apache Tika text extraction (AutoDetectParser, embedded documents included, OCR off, text
 * discarded) and the leakscope scan as the command line runs it (parser processes, analysis,
 * store, resolution). Then the recognizers alone on extracted text against ripgrep searching the
 * same text for e-mail addresses, one core each. Run on demand:
 * {@code bin/leakscope bench scan --files 50000 --mb 1024}.
 */
public final class ScanBench {
    private static final String EMAIL = "[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\\.[A-Za-z]{2,}";

    /** One fraction's figures, with where the scan's time went and the case it made. */
    public record Row(String corpus, int files, long bytes, long tikaMillis, long scanMillis, long peakHeap, long peakHeapAfterCollection, long peakWorkers,
                      ScanPhases phases, int persons, Path caseDir, ProcessCpu tikaCpu, ProcessCpu scanCpu, ProcessCpu.Timed tikaFresh) {
        public double ratio() {
            return (double) scanMillis / tikaMillis;
        }

        public double scanMbPerSecond() {
            return bytes / 1048576.0 / (scanMillis / 1000.0);
        }

        /** Tika-only in a JVM of its own: its wall time. */
        public long tikaFreshMillis() {
            return tikaFresh.wallMillis();
        }

        /** Tika-only in a JVM of its own: its CPU seconds, its compilers' included. */
        public double tikaFreshCpuSeconds() {
            return tikaFresh.cpuSeconds();
        }

        /** The scan's wall time over that of Tika-only in a JVM of its own. */
        public double ratioToFresh() {
            return (double) scanMillis / tikaFresh.wallMillis();
        }

        public double tikaMbPerSecond() {
            return bytes / 1048576.0 / (tikaMillis / 1000.0);
        }

        /** Tika-only's CPU seconds (this JVM, warmed up). */
        public double tikaCpuSeconds() {
            return tikaCpu.ownSeconds();
        }

        /** The scan's CPU seconds in this JVM (analysis, store, resolution, its compilers and collector). */
        public double scanJvmCpuSeconds() {
            return scanCpu.ownSeconds();
        }

        /** The scan's parser processes' CPU seconds (start-up, compilers and collector included). */
        public double parserCpuSeconds() {
            return scanCpu.childrenSeconds();
        }

        public double cpuRatio() {
            return (scanJvmCpuSeconds() + parserCpuSeconds()) / tikaCpuSeconds();
        }
    }

    /**
     * The recognizer pass on extracted text, against ripgrep (-1 when ripgrep is not installed), and
     * the pass again recognizer by recognizer.
     */
    public record PatternRow(long textBytes, long recognizerMillis, long ripgrepMillis, long ripgrepBytes, List<RecognizerTimes.Time> steps) {
        public double recognizerMbPerSecond() {
            return textBytes / 1048576.0 / (recognizerMillis / 1000.0);
        }

        public double ripgrepMbPerSecond() {
            return ripgrepMillis <= 0 ? -1 : ripgrepBytes / 1048576.0 / (ripgrepMillis / 1000.0);
        }
    }

    /** Distinct documents a corpus is drawn from unless told otherwise: 1 GB builds in minutes. */
    public static final int DEFAULT_POOL = 1200;

    private final BenchCorpus filler;
    private final DenseCorpus dense;
    private final BenchLeak corpus;
    private final int threads;
    private final Path work;
    private boolean warmedUp;
    private Path textsConfig;

    /**
     * The filler corpus: business documents, a generated leak in every fiftieth folder.
     *
     * @param pool how many distinct documents the corpus draws its files from
     */
    public ScanBench(Path dir, int threads, int pool) {
        this(new BenchCorpus(dir.resolve("corpus"), pool), null, dir, threads);
    }

    /** The dense corpus: the generator's leak at this scale ({@link DenseCorpus}). */
    public static ScanBench dense(Path dir, int threads, int scale) {
        return new ScanBench(null, new DenseCorpus(dir.resolve("dense"), scale), dir, threads);
    }

    private ScanBench(BenchCorpus filler, DenseCorpus dense, Path dir, int threads) {
        this.filler = filler;
        this.dense = dense;
        this.corpus = filler != null ? filler : dense;
        this.threads = threads;
        this.work = dir;
    }

    public void build(int files, long bytes, long seed, PrintStream log) throws IOException {
        filler.build(files, bytes, seed, log);
    }

    public void buildDense(List<Double> fractions, long seed, PrintStream log) throws IOException {
        dense.build(fractions, seed, log);
    }

    public Row measure(double fraction, PrintStream log) throws Exception {
        return measure(String.format("%.2f ×", fraction), corpus.tree(fraction), corpus.caseConfig(fraction), true, log);
    }

    /**
     * The same measurement on one file per distinct content of {@code fraction} of the filler corpus:
     * the corpus repeats its pool's documents, and the scan remembers what it analysed (segments of
     * text), which plain Tika does not; this row shows the scan without that help from duplicate files.
     */
    public Row measureDistinct(double fraction, PrintStream log) throws Exception {
        return measure(String.format("%.2f ×, one file per content", fraction), filler.distinctView(fraction), corpus.caseConfig(fraction),
                false, log);
    }

    private Row measure(String label, Path tree, Path config, boolean keepTexts, PrintStream log) throws Exception {
        List<Path> files = BenchCorpus.list(tree);
        long bytes = 0;
        for (Path f : files) {
            bytes += Files.size(f);
        }
        warm(files);
        if (!warmedUp) {
            tikaOnly(files.subList(0, Math.min(300, files.size())), tree, null); // class loading and JIT, not counted
            warmedUp = true;
        }
        ProcessCpu cpu0 = ProcessCpu.now();
        long t0 = System.nanoTime();
        tikaOnly(files, tree, null);
        long tika = millis(t0);
        ProcessCpu tikaCpu = ProcessCpu.now().since(cpu0);
        if (keepTexts && !Files.exists(work.resolve("texts"))) {
            // untimed: the text of the first (smallest) fraction measured, for the recognizer pass
            tikaOnly(files, tree, Files.createDirectories(work.resolve("texts")));
            textsConfig = config;
        }
        log.printf("%s: Tika-only extraction %,d ms%n", label, tika);
        ProcessCpu.Timed tikaFresh = tikaOnlyFresh(files);
        log.printf("%s: Tika-only extraction in a fresh JVM %,d ms%n", label, tikaFresh.wallMillis());
        Path caseDir = work.resolve("case-" + label.replaceAll("[^0-9a-z.]", ""));
        deleteTree(caseDir);
        HeapSampler heap = new HeapSampler();
        heap.start();
        ProcessCpu cpu1 = ProcessCpu.now();
        long t1 = System.nanoTime();
        CaseService.ScanSummary summary = CaseService.scan(tree, caseDir, config, ScanProgress.SILENT, ScanOptions.isolated(threads));
        long scan = millis(t1);
        ProcessCpu scanCpu = ProcessCpu.now().since(cpu1);
        heap.halt();
        log.printf("%s: leakscope scan %,d ms%n", label, scan);
        return new Row(label, files.size(), bytes, tika, scan, heap.peak(), heap.peakAfterCollection(), heap.peakChildren(), summary.phases(), summary.persons(), caseDir, tikaCpu, scanCpu, tikaFresh);
    }

    /** Reads every file once so that both measured runs start with the same (warm) page cache. */
    private static void warm(List<Path> files) throws IOException {
        byte[] buffer = new byte[1 << 16];
        for (Path f : files) {
            try (InputStream in = Files.newInputStream(f)) {
                while (in.read(buffer) > 0) {
                    // read only
                }
            }
        }
    }

    private void tikaOnly(List<Path> files, Path root, Path texts) throws Exception {
        TikaExtraction.extract(files, root, texts, threads);
    }

    /**
     * Tika-only in a JVM of its own, started for this run, as a user would run Tika on the leak:
     * it loads its classes and compiles its code as the scan must. Its wall time and CPU seconds.
     */
    private ProcessCpu.Timed tikaOnlyFresh(List<Path> files) throws Exception {
        Path list = Files.createTempFile(work, "files", ".txt");
        Files.write(list, files.stream().map(Path::toString).toList(), StandardCharsets.UTF_8);
        List<String> command = List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx1g",
                "-cp", System.getProperty("java.class.path"), TikaExtraction.class.getName(), list.toString(), Integer.toString(threads));
        ProcessCpu cpu0 = ProcessCpu.now();
        long t0 = System.nanoTime();
        Process p = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        if (p.waitFor() != 0) {
            throw new IOException("Tika-only in a fresh JVM ended with status " + p.exitValue());
        }
        long wall = millis(t0);
        Files.delete(list);
        return new ProcessCpu.Timed(wall, ProcessCpu.now().since(cpu0).childrenSeconds());
    }

    /**
     * The recognizers on the distinct extracted texts of the smallest fraction measured (each text once: the name
     * recognizer remembers the segments it analysed, and a repeated text would cost it nothing), one
     * thread; ripgrep on all the text files with one thread.
     */
    public PatternRow patterns(PrintStream log) throws Exception {
        List<Path> texts = BenchCorpus.list(work.resolve("texts"));
        Set<String> contents = new LinkedHashSet<>();
        long bytes = 0;
        long allBytes = 0;
        for (Path t : texts) {
            String s = Files.readString(t, StandardCharsets.UTF_8);
            long size = s.getBytes(StandardCharsets.UTF_8).length;
            allBytes += size;
            if (contents.add(s)) {
                bytes += size;
            }
        }
        log.printf("recognizers: %,d distinct texts of %,d%n", contents.size(), texts.size());
        // with the case's master names, as the scan runs them: they cost a key per token
        RecognizerRegistry registry = RecognizerRegistry.standard(CaseService.knownNames(textsConfig != null ? textsConfig : corpus.caseConfig(1)));
        long findings = 0;
        MessageDigest digest = MessageDigest.getInstance("SHA-256");
        long t0 = System.nanoTime();
        for (String s : contents) {
            for (Finding f : registry.analyze(NormalizedText.of(s))) {
                findings++;
                digest.update(fingerprint(f));
            }
        }
        long recognizers = millis(t0);
        log.printf("recognizers: %,d findings in %,d MB of text, %,d ms (findings digest %s); again, recognizer by recognizer%n",
                findings, bytes >> 20, recognizers, HexFormat.of().formatHex(digest.digest()).substring(0, 16));
        List<RecognizerTimes.Time> steps = RecognizerTimes.measure(registry, contents);
        return new PatternRow(bytes, recognizers, ripgrep(work.resolve("texts"), log), allBytes, steps);
    }

    /**
     * What a finding is, for the digest that tells whether a change to detection changed what it finds:
     * two builds print the same digest for the same texts exactly when they find the same things.
     * Only in memory: the digest, not the values, is printed.
     */
    private static byte[] fingerprint(Finding f) {
        return (f.type() + "|" + f.value() + "|" + f.span() + "|" + f.score() + "|" + f.recognizer() + "\n").getBytes(StandardCharsets.UTF_8);
    }

    /** The best of three ripgrep runs counting e-mail addresses, or -1 without ripgrep. */
    private static long ripgrep(Path texts, PrintStream log) throws Exception {
        long best = Long.MAX_VALUE;
        for (int run = 0; run < 3; run++) {
            long t0 = System.nanoTime();
            Process p;
            try {
                p = new ProcessBuilder("rg", "-j1", "-c", "-e", EMAIL, texts.toString()).redirectErrorStream(true).start();
            } catch (IOException e) {
                log.println("ripgrep is not installed (Debian: apt-get install ripgrep): no pattern-scanning floor");
                return -1;
            }
            p.getInputStream().transferTo(java.io.OutputStream.nullOutputStream());
            p.waitFor();
            best = Math.min(best, millis(t0));
        }
        return best;
    }

    private static long millis(long since) {
        return (System.nanoTime() - since) / 1_000_000;
    }

    private static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (var s = Files.walk(dir)) {
            for (Path p : s.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }
}
