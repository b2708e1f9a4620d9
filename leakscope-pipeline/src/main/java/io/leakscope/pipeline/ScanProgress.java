package io.leakscope.pipeline;

/** Receives scan progress; the CLI renders it. Paths are given, never content. */
public interface ScanProgress {
    ScanProgress SILENT = new ScanProgress() {
    };

    default void started(int files, long bytes) {
    }

    /** A top-level file of the tree is finished (with all its members). */
    default void fileFinished(String path, long bytes) {
    }

    default void finished() {
    }
}
