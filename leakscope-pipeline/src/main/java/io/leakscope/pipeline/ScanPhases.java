package io.leakscope.pipeline;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.EnumMap;
import java.util.Map;
import java.util.concurrent.atomic.LongAdder;
import java.util.function.Supplier;

/**
 * Where a scan's time went, phase by phase: listing the leak, hashing, reading (parsing, in the
 * parser process or here), analysing, classifying, storing, resolving. The per-file phases run on
 * every scan thread at once, so theirs are thread-seconds (summed over threads); the others are
 * wall time of one thread. Beside the time, the CPU time the phase's own thread used: on a busy
 * machine a thread waits for a core, and its wall time then counts the other threads' work too.
 * For the benchmarks: a profile says which line, this says which stage.
 */
public final class ScanPhases {
    /** The stages of a scan. */
    public enum Phase { WALK, HASH, READ, ANALYSE, CLASSIFY, STORE, RESOLVE }

    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();
    private static final boolean CPU_TIME = THREADS.isCurrentThreadCpuTimeSupported();

    private final Map<Phase, LongAdder> nanos = new EnumMap<>(Phase.class);
    private final Map<Phase, LongAdder> cpuNanos = new EnumMap<>(Phase.class);

    public ScanPhases() {
        for (Phase p : Phase.values()) {
            nanos.put(p, new LongAdder());
            cpuNanos.put(p, new LongAdder());
        }
    }

    /** Runs the step, adding its time and its thread's CPU time to the phase. */
    <T> T time(Phase phase, Supplier<T> step) {
        return timeChecked(phase, step::get);
    }

    /** Runs the step, adding its time and its thread's CPU time to the phase. */
    <T, E extends Exception> T timeChecked(Phase phase, CheckedStep<T, E> step) throws E {
        long t0 = System.nanoTime();
        long c0 = cpu();
        try {
            return step.get();
        } finally {
            cpuNanos.get(phase).add(cpu() - c0);
            nanos.get(phase).add(System.nanoTime() - t0);
        }
    }

    /**
     * Runs the step, adding only its thread's CPU time to the phase: for work handed to another
     * thread (analysis runs under a watchdog), whose wall time the handing thread measures.
     */
    <T, E extends Exception> T cpuOf(Phase phase, CheckedStep<T, E> step) throws E {
        long c0 = cpu();
        try {
            return step.get();
        } finally {
            cpuNanos.get(phase).add(cpu() - c0);
        }
    }

    private static long cpu() {
        return CPU_TIME ? THREADS.getCurrentThreadCpuTime() : 0;
    }

    /** A step that may throw. */
    @FunctionalInterface
    interface CheckedStep<T, E extends Exception> {
        T get() throws E;
    }

    public long millis(Phase phase) {
        return nanos(phase) / 1_000_000;
    }

    public long nanos(Phase phase) {
        return nanos.get(phase).sum();
    }

    /** The CPU time the phase's threads used in it (0 where the JVM cannot tell). */
    public long cpuMillis(Phase phase) {
        return cpuNanos.get(phase).sum() / 1_000_000;
    }
}
