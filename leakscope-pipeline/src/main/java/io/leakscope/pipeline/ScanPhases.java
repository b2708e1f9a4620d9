package io.leakscope.pipeline;

import java.util.EnumMap;
import java.util.Map;
import java.util.concurrent.atomic.LongAdder;
import java.util.function.Supplier;

/**
 * Where a scan's time went, phase by phase: listing the leak, hashing, reading (parsing, in the
 * parser process or here), analysing, classifying, storing, resolving. The per-file phases run on
 * every scan thread at once, so theirs are thread-seconds (summed over threads); the others are
 * wall time of one thread. For the benchmarks: a profile says which line, this says which stage.
 */
public final class ScanPhases {
    /** The stages of a scan. */
    public enum Phase { WALK, HASH, READ, ANALYSE, CLASSIFY, STORE, RESOLVE }

    private final Map<Phase, LongAdder> nanos = new EnumMap<>(Phase.class);

    public ScanPhases() {
        for (Phase p : Phase.values()) {
            nanos.put(p, new LongAdder());
        }
    }

    /** Runs the step, adding its time to the phase. */
    <T> T time(Phase phase, Supplier<T> step) {
        long t0 = System.nanoTime();
        try {
            return step.get();
        } finally {
            nanos.get(phase).add(System.nanoTime() - t0);
        }
    }

    /** Runs the step, adding its time to the phase. */
    <T, E extends Exception> T timeChecked(Phase phase, CheckedStep<T, E> step) throws E {
        long t0 = System.nanoTime();
        try {
            return step.get();
        } finally {
            nanos.get(phase).add(System.nanoTime() - t0);
        }
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
}
