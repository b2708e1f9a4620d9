package io.leakscope.ingest;

/**
 * Reads one file of the leak into an {@link Outcome}. Either in this process ({@link DocumentReader})
 * or in a separate worker process ({@link ForkedReader}), where a parser that hangs, runs out of
 * memory or crashes costs its own file (the files read beside it are read again), never the scan.
 */
public interface FileContentReader extends AutoCloseable {

    /** Never throws for bad content: a file that cannot be read gives a failed outcome with its reason. */
    Outcome read(String path, Blob blob);

    /**
     * Whether {@link #read} itself stops at the per-file time limit. Otherwise the caller must,
     * and can only interrupt the thread, which a parser may ignore.
     */
    default boolean enforcesTimeLimit() {
        return false;
    }

    @Override
    default void close() {
    }
}
