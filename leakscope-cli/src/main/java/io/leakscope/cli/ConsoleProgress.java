package io.leakscope.cli;

import io.leakscope.pipeline.ScanProgress;
import java.io.PrintStream;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/** Progress on stderr: files, megabytes, MB/s and ETA, redrawn at most a few times a second. */
final class ConsoleProgress implements ScanProgress {
    private static final long REDRAW_NANOS = 250_000_000L;
    private final PrintStream err;
    private final AtomicInteger files = new AtomicInteger();
    private final AtomicLong bytes = new AtomicLong();
    private volatile long lastDraw;
    private int totalFiles;
    private long totalBytes;
    private long start;

    ConsoleProgress(PrintStream err) {
        this.err = err;
    }

    @Override
    public void started(int files, long bytes) {
        totalFiles = files;
        totalBytes = bytes;
        start = System.nanoTime();
        err.printf("scanning %d files, %.1f MB%n", files, bytes / 1e6);
    }

    @Override
    public void fileFinished(String path, long size) {
        files.incrementAndGet();
        bytes.addAndGet(size);
        long now = System.nanoTime();
        if (now - lastDraw > REDRAW_NANOS) {
            lastDraw = now;
            draw(now);
        }
    }

    @Override
    public void finished() {
        draw(System.nanoTime());
        err.println();
    }

    private synchronized void draw(long now) {
        double secs = Math.max(1e-3, (now - start) / 1e9);
        double mbps = bytes.get() / 1e6 / secs;
        long left = totalBytes - bytes.get();
        String eta = mbps <= 0 || left <= 0 ? "0s" : Math.round(left / 1e6 / mbps) + "s";
        err.printf("\r%d/%d files  %.1f/%.1f MB  %.1f MB/s  ETA %s   ", files.get(), totalFiles, bytes.get() / 1e6, totalBytes / 1e6, mbps, eta);
        err.flush();
    }
}
