package io.leakscope.cli;

import io.leakscope.pipeline.CaseService;
import io.leakscope.pipeline.ScanOptions;
import io.leakscope.pipeline.ScanProgress;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "scan", description = "Scans a leak folder into the case: inventory, findings, persons.")
final class ScanCommand implements Callable<Integer> {
    @Parameters(index = "0", description = "the leaked folder tree")
    Path leak;

    @Option(names = "--case", required = true, description = "the case directory (created if needed)")
    Path caseDir;

    @Option(names = "--config", required = true, description = "the case configuration (case.yaml)")
    Path config;

    @Option(names = "--threads", description = "files read and analysed at once (default: the cores + 1, here ${DEFAULT-VALUE})")
    int threads = ScanOptions.defaultThreads();

    @Option(names = "--quiet", description = "no progress output")
    boolean quiet;

    @Option(names = "--ocr", description = "read images and scanned PDF pages with Tesseract (jpn+eng); "
            + "their findings are marked as OCR. Needs scripts/setup.sh")
    boolean ocr;

    @Option(names = "--parser-memory", paramLabel = "MB", description = "heap each file may use while parsed; the parser process has this much per thread (default: ${DEFAULT-VALUE})")
    int parserHeapMb = ScanOptions.DEFAULT_PARSER_HEAP_MB;

    @Option(names = "--in-process", description = "parse in this process instead of a separate parser process: "
            + "starts faster, but a parser that hangs or exhausts memory affects the whole scan")
    boolean inProcess;

    @Override
    public Integer call() throws Exception {
        ScanProgress progress = quiet ? ScanProgress.SILENT : new ConsoleProgress(System.err);
        ScanOptions options = new ScanOptions(threads, !inProcess, parserHeapMb, ocr);
        CaseService.ScanSummary s = CaseService.scan(leak, caseDir, config, progress, options);
        if (!quiet) {
            System.err.printf("files accounted for: %d (unchanged since the last scan: %d; copies of content read once: %d);"
                    + " persons: %d; ambiguous mentions: %d%n", s.filesSeen(), s.reused(), s.copies(), s.persons(), s.ambiguousRecords());
        }
        return 0;
    }
}
