package io.leakscope.ingest;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.IntFunction;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.SAXParserFactory;

/**
 * Reads files in a worker process: a JVM with its own heap limit running {@link DocumentReader}s
 * for all the scan's reading threads at once, so that the parsers' code is compiled once, not once
 * per thread. A file whose parsing outlasts the time limit gets the worker killed; one that
 * exhausts its heap or crashes it is recorded with that reason. Files the worker was reading
 * beside it are read again alone in a second worker (one file at a time, each file's own share of
 * the heap), so that a fault is blamed on the file that caused it and no other. A new worker takes
 * the next files, and the scan itself never holds a hostile parse in its own memory. Workers are
 * started on first use and reused; a worker whose scan goes away (killed) sees its input end and exits.
 *
 * <p>A worker's temporary files (Tika copies a document to disk when it needs random access to it:
 * an Office package, a PDF) go in the case's temp folder, not the machine's: they are copies of
 * leaked files, and a worker killed while reading leaves them behind, where the next scan of the
 * case removes them.
 */
public final class ForkedReader implements FileContentReader {
    /** The exit status of a JVM stopped by -XX:+ExitOnOutOfMemoryError. */
    private static final int OUT_OF_MEMORY_EXIT = 3;
    /** How long a worker may take to begin reading a request it was sent: its JVM's start on a loaded machine. */
    private static final int START_SECONDS = 300;

    private final int seconds;
    private final int heapMb;
    private final Worker shared;
    private final Worker alone;
    private final Path linkDir;
    private final AtomicLong links = new AtomicLong();

    /**
     * @param threads how many files may be read at once (the scan's reading threads)
     * @param heapMb  the heap each file may use: the shared worker has this much per thread
     */
    public ForkedReader(IngestLimits limits, Path tempDir, boolean ocr, int threads, int heapMb) {
        this(mb -> javaCommand(mb, tempDir, ReaderWorker.class.getName(), ReaderWorker.arguments(limits, tempDir, ocr)),
                limits.perFileSeconds(), threads, heapMb, tempDir);
    }

    /** With any worker command speaking the {@link OutcomeCodec} protocol (tests use misbehaving ones). */
    ForkedReader(IntFunction<List<String>> commandWithHeapMb, int seconds, int threads, int heapMb, Path linkDir) {
        this.linkDir = linkDir;
        this.seconds = seconds;
        this.heapMb = heapMb;
        this.shared = new Worker(commandWithHeapMb.apply(heapMb * threads));
        this.alone = new Worker(commandWithHeapMb.apply(heapMb));
    }

    static List<String> javaCommand(int heapMb, Path tempDir, String mainClass, List<String> args) {
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx" + heapMb + "m", "-XX:+ExitOnOutOfMemoryError", "-XX:+DisplayVMOutputToStderr", "-XX:+UseSerialGC", "-Xss4m",
                // no compiled code that bets on branches not taken so far: fewer recompilations (as bin/leakscope)
                "-XX:PerMethodTrapLimit=0",
                // the JVM's own log lines go to standard error too: on standard output they would break the replies
                "-Xlog:disable", "-Xlog:all=warning:stderr",
                "-XX:ErrorFile=" + tempDir.resolve("worker-crash-%p.log"), "-Djava.awt.headless=true",
                // the XML parser factories the worker would find, named: else each office document has it search every jar for them
                "-Djavax.xml.parsers.SAXParserFactory=" + SAXParserFactory.newInstance().getClass().getName(),
                "-Djavax.xml.parsers.DocumentBuilderFactory=" + DocumentBuilderFactory.newInstance().getClass().getName(),
                "-Djava.io.tmpdir=" + tempDir.toAbsolutePath(),
                "-cp", System.getProperty("java.class.path"), mainClass));
        cmd.addAll(args);
        return cmd;
    }

    @Override
    public boolean enforcesTimeLimit() {
        return true;
    }

    @Override
    public Outcome read(String path, Blob blob) {
        Path link = null;
        try {
            if (linkDir != null && blob instanceof Blob.OnDisk d && !isAscii(d.path().toAbsolutePath().toString())) {
                link = Files.createSymbolicLink(linkDir.resolve("link-" + links.incrementAndGet()), d.path().toAbsolutePath());
                return readNamed(path, new Blob.OnDisk(link, d.size(), false));
            }
            return readNamed(path, blob);
        } catch (IOException e) {
            return Outcome.failed(null, "unreadable: " + e.getClass().getSimpleName());
        } finally {
            if (link != null) {
                try {
                    Files.deleteIfExists(link);
                } catch (IOException e) {
                    // the next scan empties the temp folder
                }
            }
        }
    }

    /**
     * Whether a path's name is the same bytes in every locale. Another one reaches the worker as a
     * link of plain letters to it: the file's name may not be valid in the scan's encoding
     * (Shift_JIS bytes from a Windows share) or in the worker's, and a path sent as text would then
     * name another file or none.
     */
    private static boolean isAscii(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) >= 0x80) {
                return false;
            }
        }
        return true;
    }

    private Outcome readNamed(String path, Blob blob) {
        Optional<Outcome> outcome = shared.read(path, blob);
        if (outcome.isPresent()) {
            return outcome.get();
        }
        synchronized (alone) {
            return alone.read(path, blob).orElseGet(() -> Outcome.failed(null, "crash: the reader process ended while reading it alone"));
        }
    }

    /** How many worker processes have been started (the shared one and those reading a file alone). */
    int processesStarted() {
        return shared.started() + alone.started();
    }

    @Override
    public void close() {
        shared.stop();
        alone.stop();
    }

    /** A worker process, started when needed and replaced when it ends. */
    private final class Worker {
        private final List<String> command;
        private WorkerProcess process;
        private int started;

        Worker(List<String> command) {
            this.command = List.copyOf(command);
        }

        /** @return the outcome, or empty if the process ended while reading other files too */
        Optional<Outcome> read(String path, Blob blob) {
            WorkerProcess p = null;
            WorkerProcess.Pending reply = null;
            for (int attempt = 0; reply == null; attempt++) {
                try {
                    p = running();
                    reply = p.send(path, blob);
                } catch (IOException e) {
                    // It ended while idle or while the request was sent: the file was not read yet.
                    if (p != null) {
                        p.kill();
                    }
                    if (attempt > 0) {
                        return Optional.of(Outcome.failed(null, "error: cannot start a reader process: " + e.getClass().getSimpleName()));
                    }
                }
            }
            return awaitOn(p, reply);
        }

        /**
         * The file's time limit runs from when the worker begins reading it (its start notice), not
         * from when it was sent: a worker JVM still starting on a busy machine costs no file its time.
         * A worker that does not begin at all within {@link #START_SECONDS} is killed.
         */
        private Optional<Outcome> awaitOn(WorkerProcess p, WorkerProcess.Pending reply) {
            try {
                try {
                    reply.started().get(START_SECONDS, TimeUnit.SECONDS);
                } catch (TimeoutException e) {
                    p.kill();
                    return Optional.of(Outcome.failed(null, "error: the reader process did not begin reading within " + START_SECONDS + " s"));
                }
                return Optional.of(reply.reply().get(seconds, TimeUnit.SECONDS));
            } catch (TimeoutException e) {
                p.kill();
                return Optional.of(Outcome.failed(null, "timeout: reading took over " + seconds + " s (reader process killed)"));
            } catch (ExecutionException e) {
                WorkerProcess.Ended end = (WorkerProcess.Ended) e.getCause();
                return end.withOthers() ? Optional.empty() : Optional.of(blame(end.exitStatus()));
            } catch (InterruptedException e) {
                p.kill();
                Thread.currentThread().interrupt();
                throw new IllegalStateException("scan interrupted", e);
            }
        }

        private synchronized WorkerProcess running() throws IOException {
            if (process == null || !process.isRunning()) {
                process = new WorkerProcess(command);
                started++;
            }
            return process;
        }

        synchronized int started() {
            return started;
        }

        private Outcome blame(int exitStatus) {
            if (exitStatus == WorkerProcess.REPLY_TOO_LARGE) {
                return Outcome.failed(null, "too_large: what the parser read of it did not fit in the scan's memory");
            }
            if (exitStatus == OUT_OF_MEMORY_EXIT) {
                return Outcome.failed(null, "too_large: the parser ran out of memory (limit " + heapMb + " MB)");
            }
            return Outcome.failed(null, "crash: the reader process ended with status " + exitStatus);
        }

        synchronized void stop() {
            if (process != null) {
                process.kill();
                process = null;
            }
        }
    }
}
