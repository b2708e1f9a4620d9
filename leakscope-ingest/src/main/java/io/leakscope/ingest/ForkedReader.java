package io.leakscope.ingest;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Reads files in worker processes, each a JVM with its own heap limit running a
 * {@link DocumentReader}. A file whose parsing outlasts the time limit gets its worker killed; one
 * that exhausts the worker's heap or crashes it is recorded with that reason. Either way a new
 * worker takes the next file, and the scan itself never holds a hostile parse in its own memory.
 * Workers are started on first use and reused; a worker whose scan goes away (killed) sees its
 * input end and exits.
 */
public final class ForkedReader implements FileContentReader {
    /** The exit status of a JVM stopped by -XX:+ExitOnOutOfMemoryError. */
    private static final int OUT_OF_MEMORY_EXIT = 3;

    private final List<String> command;
    private final int seconds;
    private final int heapMb;
    private final BlockingQueue<Slot> slots = new LinkedBlockingQueue<>();
    private final ExecutorService repliesReader = Executors.newCachedThreadPool(r -> {
        Thread t = new Thread(r, "leakscope-worker-reply");
        t.setDaemon(true);
        return t;
    });

    /**
     * @param workers how many files may be read at once (one worker each)
     * @param heapMb  each worker's maximum heap
     */
    public ForkedReader(IngestLimits limits, Path tempDir, boolean ocr, int workers, int heapMb) {
        this(javaCommand(heapMb, tempDir, ReaderWorker.class.getName(), ReaderWorker.arguments(limits, tempDir, ocr)),
                limits.perFileSeconds(), workers, heapMb);
    }

    /** With any worker command speaking the {@link OutcomeCodec} protocol (tests use misbehaving ones). */
    ForkedReader(List<String> command, int seconds, int workers, int heapMb) {
        this.command = List.copyOf(command);
        this.seconds = seconds;
        this.heapMb = heapMb;
        for (int i = 0; i < workers; i++) {
            slots.add(new Slot());
        }
    }

    static List<String> javaCommand(int heapMb, Path tempDir, String mainClass, List<String> args) {
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx" + heapMb + "m", "-XX:+ExitOnOutOfMemoryError", "-XX:+UseSerialGC", "-Xss4m",
                "-XX:ErrorFile=" + tempDir.resolve("worker-crash-%p.log"), "-Djava.awt.headless=true",
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
        Slot slot;
        try {
            slot = slots.take();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("scan interrupted", e);
        }
        try {
            return slot.read(path, blob);
        } finally {
            slots.add(slot);
        }
    }

    @Override
    public void close() {
        for (Slot s : slots) {
            s.stop();
        }
        repliesReader.shutdownNow();
    }

    /** One worker process, started when needed and replaced when it dies or is killed. */
    private final class Slot {
        private Process process;
        private DataOutputStream requests;
        private DataInputStream replies;

        Outcome read(String path, Blob blob) {
            try {
                send(path, blob);
            } catch (IOException e) {
                return Outcome.failed(null, "error: cannot start a reader process: " + e.getClass().getSimpleName());
            }
            CompletableFuture<Outcome> reply = CompletableFuture.supplyAsync(this::receive, repliesReader);
            try {
                return reply.get(seconds, TimeUnit.SECONDS);
            } catch (TimeoutException e) {
                stop();
                return Outcome.failed(null, "timeout: reading took over " + seconds + " s (reader process killed)");
            } catch (ExecutionException e) {
                return died();
            } catch (InterruptedException e) {
                stop();
                Thread.currentThread().interrupt();
                throw new IllegalStateException("scan interrupted", e);
            }
        }

        /** Sends the request, starting a worker if there is none; a worker that died idle is replaced once. */
        private void send(String path, Blob blob) throws IOException {
            for (int attempt = 0; ; attempt++) {
                if (process == null || !process.isAlive()) {
                    start();
                }
                try {
                    OutcomeCodec.writeRequest(requests, path, blob);
                    requests.flush();
                    return;
                } catch (IOException e) {
                    stop();
                    if (attempt > 0) {
                        throw e;
                    }
                }
            }
        }

        private Outcome receive() {
            try {
                return OutcomeCodec.readOutcome(replies);
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }

        private Outcome died() {
            int exit;
            try {
                process.waitFor(10, TimeUnit.SECONDS);
                exit = process.isAlive() ? -1 : process.exitValue();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                exit = -1;
            }
            stop();
            if (exit == OUT_OF_MEMORY_EXIT) {
                return Outcome.failed(null, "too_large: the parser ran out of memory (limit " + heapMb + " MB)");
            }
            return Outcome.failed(null, "crash: the reader process ended with status " + exit);
        }

        private void start() throws IOException {
            process = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.DISCARD).start();
            requests = new DataOutputStream(new BufferedOutputStream(process.getOutputStream(), 1 << 16));
            replies = new DataInputStream(new BufferedInputStream(process.getInputStream(), 1 << 16));
        }

        void stop() {
            if (process != null) {
                process.destroyForcibly();
                try {
                    process.waitFor(10, TimeUnit.SECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                process = null;
            }
        }
    }
}
