package io.leakscope.bench;

import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Samples, every 20 ms, the used heap of this JVM and the resident memory of its child processes
 * (the parser workers, read from /proc on Linux); the maxima are the phase's peaks (a collection
 * between two samples is not seen, so the heap peak may include garbage not yet collected).
 */
final class HeapSampler extends Thread {
    private final AtomicLong peak = new AtomicLong();
    private final AtomicLong peakChildren = new AtomicLong();
    private volatile boolean running = true;

    HeapSampler() {
        setDaemon(true);
    }

    @Override
    public void run() {
        while (running) {
            peak.accumulateAndGet(ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed(), Math::max);
            peakChildren.accumulateAndGet(childrenResident(), Math::max);
            try {
                Thread.sleep(20);
            } catch (InterruptedException e) {
                return;
            }
        }
    }

    private static long childrenResident() {
        return ProcessHandle.current().descendants().mapToLong(h -> resident(h.pid())).sum();
    }

    private static long resident(long pid) {
        try {
            for (String line : Files.readAllLines(Path.of("/proc", Long.toString(pid), "status"))) {
                if (line.startsWith("VmRSS:")) {
                    return Long.parseLong(line.replaceAll("[^0-9]", "")) * 1024;
                }
            }
        } catch (java.io.IOException | RuntimeException e) {
            // gone, or no /proc
        }
        return 0;
    }

    long peak() {
        return peak.get();
    }

    /** The highest total resident memory of the child processes at one sample. */
    long peakChildren() {
        return peakChildren.get();
    }

    void halt() {
        running = false;
    }
}
