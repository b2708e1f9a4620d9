package io.leakscope.pipeline;

import io.leakscope.core.analyze.AnalysisResult;
import io.leakscope.core.analyze.DocumentAnalyzer;
import io.leakscope.core.docclass.DocumentClassification;
import io.leakscope.core.docclass.DocumentClassifier;
import io.leakscope.core.model.ExtractedDocument;
import io.leakscope.core.model.InventoryEntry;
import io.leakscope.core.model.PersonRecord;
import io.leakscope.ingest.Blob;
import io.leakscope.ingest.FileContentReader;
import io.leakscope.ingest.Hashing;
import io.leakscope.ingest.IngestLimits;
import io.leakscope.ingest.LeakWalker;
import io.leakscope.ingest.Outcome;
import io.leakscope.ingest.OutcomesByContent;
import io.leakscope.store.CaseStore;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.ExecutionException;

/**
 * Scans a leak folder into the case store: every file and archive member is hashed, read, analysed
 * and accounted for (done / failed / skipped with a reason). Files already stored with the same
 * SHA-256 are not read again, so an interrupted scan resumes and a repeated scan changes nothing;
 * a copy of a file read earlier in the scan is neither parsed ({@link OutcomesByContent}) nor
 * analysed ({@link AnalysesByContent}) again, though it is classified and stored under its own
 * path. Files are processed in parallel; each is written with its records in one transaction.
 */
public final class LeakScanner {
    private final CaseStore store;
    private final FileContentReader reader;
    private final DocumentAnalyzer analyzer;
    private final IngestLimits limits;
    private final ScanProgress progress;
    private final int threads;
    private final Watchdog watchdog = new Watchdog();
    private final AtomicInteger reused = new AtomicInteger();
    /** Files whose reading or analysis ran out of memory beside the others: read again alone after them. */
    private final java.util.Queue<LeakWalker.Entry> outOfMemory = new java.util.concurrent.ConcurrentLinkedQueue<>();
    private OutcomesByContent readBefore = new OutcomesByContent(OutcomesByContent.DEFAULT_MAX_BYTES);
    private AnalysesByContent analysedBefore = new AnalysesByContent(AnalysesByContent.DEFAULT_MAX_FINDINGS);
    private final DocumentClassifier classifier;
    private final ScanPhases phases = new ScanPhases();

    public LeakScanner(CaseStore store, FileContentReader reader, DocumentAnalyzer analyzer, IngestLimits limits,
                       ScanProgress progress, int threads) {
        this(store, reader, analyzer, new DocumentClassifier(), limits, progress, threads);
    }

    public LeakScanner(CaseStore store, FileContentReader reader, DocumentAnalyzer analyzer, DocumentClassifier classifier,
                       IngestLimits limits, ScanProgress progress, int threads) {
        this.store = store;
        this.classifier = classifier;
        this.reader = reader;
        this.analyzer = analyzer;
        this.limits = limits;
        this.progress = progress;
        this.threads = threads;
    }

    /** Reads and analyses every copy as if it were the only one (tests compare the two ways). */
    LeakScanner forgettingCopies() {
        readBefore = new OutcomesByContent(0);
        analysedBefore = new AnalysesByContent(0);
        return this;
    }

    /** Where the last scan's time went, by phase. */
    public ScanPhases phases() {
        return phases;
    }

    /** Scans the tree; returns how many entries were already in the store unchanged. */
    public int scan(Path leakRoot) throws IOException, InterruptedException {
        List<LeakWalker.Entry> entries = phases.timeChecked(ScanPhases.Phase.WALK, () -> new LeakWalker().list(leakRoot));
        progress.started(entries.size(), entries.stream().mapToLong(LeakWalker.Entry::size).sum());
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<?>> futures = new ArrayList<>();
            for (LeakWalker.Entry e : entries) {
                futures.add(pool.submit(() -> {
                    scanEntryIsolated(e);
                    progress.fileFinished(e.path(), e.size());
                    return null;
                }));
            }
            for (Future<?> f : futures) {
                f.get();
            }
            readAgainAlone();
        } catch (ExecutionException e) {
            throw new IllegalStateException("scan aborted: " + e.getCause().getMessage(), e.getCause());
        } finally {
            pool.shutdownNow();
            watchdog.shutdown();
            progress.finished();
        }
        return reused.get();
    }

    /**
     * The files that ran out of memory while others were read and analysed beside them, each read
     * again with the whole heap to itself; one that runs out alone is too large for this scan's heap,
     * and its reason says how to give it more.
     */
    private void readAgainAlone() {
        for (LeakWalker.Entry e = outOfMemory.poll(); e != null; e = outOfMemory.poll()) {
            try {
                scanEntry(e);
            } catch (io.leakscope.store.StoreException ex) {
                throw ex;
            } catch (OutOfMemoryError | IOException | RuntimeException | StackOverflowError ex) {
                String reason = ex instanceof OutOfMemoryError
                        ? String.format(Locale.ROOT, "too_large: out of memory while analysing, even alone (scan heap %,d MB;"
                        + " scan again with a larger one: LEAKSCOPE_JAVA_OPTS=-Xmx4g)", Runtime.getRuntime().maxMemory() >> 20)
                        : "error: " + ex.getClass().getSimpleName();
                save(new InventoryEntry(e.path(), null, e.size(), null, null, "failed", reason, 0), List.of(), null);
            }
        }
    }

    /** How many files of the last scan were copies of content read earlier in it, and so not parsed again. */
    public int copies() {
        return readBefore.copies();
    }

    /**
     * One file never stops the run: whatever a parser or the analysis throws (a stack overflow on a
     * deeply nested document included), the file is recorded as failed with the error's class.
     * Store failures still stop the scan, since nothing could be accounted for after them.
     */
    private void scanEntryIsolated(LeakWalker.Entry e) {
        try {
            scanEntry(e);
        } catch (io.leakscope.store.StoreException ex) {
            throw ex;
        } catch (OutOfMemoryError ex) {
            // the memory may have gone to the files read beside it: not this file's failure yet
            outOfMemory.add(e);
        } catch (IOException | RuntimeException | StackOverflowError ex) {
            save(new InventoryEntry(e.path(), null, e.size(), null, null, "failed",
                    "error: " + ex.getClass().getSimpleName(), 0), List.of(), null);
        }
    }

    private void scanEntry(LeakWalker.Entry e) throws IOException {
        switch (e.kind()) {
            case SYMLINK, OTHER -> saveIfChanged(new InventoryEntry(e.path(), null, null, null, null, "skipped", e.reason(), 0));
            case UNREADABLE -> saveIfChanged(new InventoryEntry(e.path(), null, null, null, null, "failed", e.reason(), 0));
            case FILE -> {
                Blob blob = new Blob.OnDisk(e.file(), e.size(), false);
                String sha;
                try {
                    sha = phases.timeChecked(ScanPhases.Phase.HASH, () -> Hashing.sha256(blob));
                } catch (IOException ex) {
                    saveIfChanged(new InventoryEntry(e.path(), null, e.size(), null, null, "failed", "unreadable: " + ex.getClass().getSimpleName(), 0));
                    return;
                }
                process(e.path(), null, blob, sha, 0);
            }
            default -> throw new IllegalStateException();
        }
    }

    private void saveIfChanged(InventoryEntry entry) {
        Optional<CaseStore.DocumentState> s = store.state(entry.path());
        if (s.isPresent() && s.get().status().equals(entry.status())) {
            reused.incrementAndGet();
            return;
        }
        save(entry, List.of(), null);
    }

    /** Saves an entry with its class: from the whole document when it was read, else from its path. */
    private void save(InventoryEntry entry, List<PersonRecord> records, ExtractedDocument read) {
        save(entry, new AnalysisResult(records), read);
    }

    private void save(InventoryEntry entry, AnalysisResult result, ExtractedDocument read) {
        DocumentClassification c = phases.time(ScanPhases.Phase.CLASSIFY, () -> read == null ? classifier.classification(entry.path(),
                entry.mediaType()) : classifier.classification(entry.path(), entry.mediaType(), read.text(), read.tables()));
        phases.time(ScanPhases.Phase.STORE, () -> {
            store.save(entry.classified(c), result.records(), result.unattributed());
            return null;
        });
    }

    private void process(String path, String parent, Blob blob, String sha, int depth) throws IOException {
        Optional<CaseStore.DocumentState> state = store.state(path);
        if (state.isPresent() && sha.equals(state.get().sha256()) && state.get().analysis() == DocumentAnalyzer.VERSION) {
            reused.incrementAndGet();
            return;
        }
        Outcome o = readBefore.copyAt(sha, path).orElse(null);
        AnalysisResult result = new AnalysisResult(List.of());
        if (o == null) {
            try {
                o = phases.timeChecked(ScanPhases.Phase.READ, () -> reader.enforcesTimeLimit() ? reader.read(path, blob)
                        : watchdog.within(limits.perFileSeconds(), () -> phases.cpuOf(ScanPhases.Phase.READ, () -> reader.read(path, blob))));
            } catch (TimeoutException ex) {
                save(new InventoryEntry(path, parent, blob.size(), sha, null, "failed",
                        "timeout: reading took over " + limits.perFileSeconds() + " s", 0), List.of(), null);
                return;
            }
            readBefore.remember(sha, path, o);
        }
        String status = o.status().name().toLowerCase(Locale.ROOT);
        String reason = o.reason();
        if (o.status() == Outcome.Status.DONE) {
            try {
                result = analyse(sha, o.document());
            } catch (TimeoutException ex) {
                status = "failed";
                reason = "timeout: analysis took over " + limits.perFileSeconds() + " s";
            } catch (RuntimeException ex) {
                status = "failed";
                reason = "analysis_error: " + ex.getClass().getSimpleName();
            }
        }
        for (Outcome.Child child : o.children()) {
            processChild(path, child, depth);
        }
        boolean ocr = o.document() != null && o.document().ocr();
        save(new InventoryEntry(path, parent, blob.size(), sha, o.mediaType(), status, reason, result.findingCount(), ocr), result, o.document());
    }

    /** What the document holds: found before in a copy, or by analysing it within the time limit. */
    private AnalysisResult analyse(String sha, ExtractedDocument doc) throws TimeoutException {
        Optional<AnalysisResult> known = analysedBefore.resultOf(sha, doc);
        if (known.isPresent()) {
            return known.get();
        }
        AnalysisResult result = phases.timeChecked(ScanPhases.Phase.ANALYSE, () -> watchdog.within(limits.perFileSeconds(),
                () -> phases.cpuOf(ScanPhases.Phase.ANALYSE, () -> analyzer.analyze(doc))));
        analysedBefore.remember(sha, doc, result);
        return result;
    }

    private void processChild(String parentPath, Outcome.Child child, int depth) throws IOException {
        String path = parentPath + "!/" + child.name();
        if (child.blob() == null) {
            saveIfChanged(new InventoryEntry(path, parentPath, null, null, null,
                    child.status().name().toLowerCase(Locale.ROOT), child.reason(), 0));
            return;
        }
        try {
            String sha = phases.timeChecked(ScanPhases.Phase.HASH, () -> Hashing.sha256(child.blob()));
            if (depth + 1 > limits.maxArchiveDepth()) {
                saveIfChanged(new InventoryEntry(path, parentPath, child.blob().size(), sha, null, "skipped", "depth_limit", 0));
                return;
            }
            process(path, parentPath, child.blob(), sha, depth + 1);
        } finally {
            if (child.blob() instanceof Blob.OnDisk d) {
                d.release();
            }
        }
    }
}
