package io.leakscope.pipeline;

/**
 * How a scan reads the leak.
 *
 * @param threads      files read and analysed at once
 * @param isolated     whether parsing runs in worker processes (a hostile file can then cost only
 *                     its worker) or in the scan's own process (faster to start; for tests and small sets)
 * @param parserHeapMb each worker process's heap limit; a file needing more is recorded as too_large
 * @param ocr          whether images and scanned PDF pages are read with Tesseract
 */
public record ScanOptions(int threads, boolean isolated, int parserHeapMb, boolean ocr) {
    public static final int DEFAULT_PARSER_HEAP_MB = 1024;

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
