package io.leakscope.pipeline;

/**
 * How a scan reads the leak.
 *
 * @param threads      files read and analysed at once
 * @param isolated     whether parsing runs in a worker process (a hostile file can then cost only
 *                     itself) or in the scan's own process (faster to start; for tests and small sets)
 * @param parserHeapMb the heap each file may use while parsed (the worker process has this much per
 *                     thread); a file needing more is recorded as too_large
 * @param ocr          whether images and scanned PDF pages are read with Tesseract
 */
public record ScanOptions(int threads, boolean isolated, int parserHeapMb, boolean ocr) {
    public static final int DEFAULT_PARSER_HEAP_MB = 1024;

    /**
     * One reading thread more than the cores: a thread waits while the parser process reads its
     * file, and the extra one keeps the cores busy when all the others wait at once (the bench's
     * no-repeat corpus on 2 cores, runs alternated: 3 threads 139–143 s, 2 threads 140–152 s).
     */
    public static int defaultThreads() {
        return Runtime.getRuntime().availableProcessors() + 1;
    }

    public ScanOptions {
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be at least 1");
        }
        if (parserHeapMb < 64) {
            throw new IllegalArgumentException("the parser heap must be at least 64 MB");
        }
    }

    /** Isolated parsing, no OCR: what the command line does unless told otherwise. */
    public static ScanOptions isolated(int threads) {
        return new ScanOptions(threads, true, DEFAULT_PARSER_HEAP_MB, false);
    }

    /** Parsing in this process, no OCR. */
    public static ScanOptions inProcess(int threads) {
        return new ScanOptions(threads, false, DEFAULT_PARSER_HEAP_MB, false);
    }

    public ScanOptions withOcr(boolean on) {
        return new ScanOptions(threads, isolated, parserHeapMb, on);
    }
}
