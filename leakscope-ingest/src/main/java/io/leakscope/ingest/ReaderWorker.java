package io.leakscope.ingest;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The main class of a reader worker process ({@link ForkedReader}): reads requests from standard
 * input, one file at a time, and writes each outcome to standard output, until the input ends.
 * Whatever a parser prints goes to standard error, so that it cannot corrupt the replies.
 */
public final class ReaderWorker {
    private ReaderWorker() {
    }

    public static void main(String[] args) throws IOException {
        DataOutputStream replies = new DataOutputStream(new BufferedOutputStream(new FileOutputStream(FileDescriptor.out), 1 << 16));
        System.setOut(System.err);
        DocumentReader reader = new DocumentReader(limits(args), Path.of(args[0]), Boolean.parseBoolean(args[1]));
        DataInputStream requests = new DataInputStream(new BufferedInputStream(System.in, 1 << 16));
        OutcomeCodec.Request r;
        while ((r = OutcomeCodec.readRequest(requests)) != null) {
            OutcomeCodec.writeOutcome(replies, readSafely(reader, r));
            replies.flush();
        }
    }

    /** As the in-process scan does, an error such as a stack overflow costs the file, not the worker. */
    private static Outcome readSafely(DocumentReader reader, OutcomeCodec.Request r) {
        try {
            return reader.read(r.path(), r.blob());
        } catch (StackOverflowError | RuntimeException e) {
            return Outcome.failed(null, "error: " + e.getClass().getSimpleName());
        }
    }

    /** The worker's arguments: temporary folder, OCR on or off, then the ingest limits. */
    static List<String> arguments(IngestLimits l, Path tempDir, boolean ocr) {
        List<String> args = new ArrayList<>(List.of(tempDir.toString(), Boolean.toString(ocr)));
        args.addAll(List.of(Long.toString(l.maxMemberBytes()), Integer.toString(l.inMemoryBytes()), Integer.toString(l.maxArchiveDepth()),
                Integer.toString(l.maxTextChars()), Integer.toString(l.maxEntries()), Double.toString(l.maxExpansionRatio()),
                Integer.toString(l.perFileSeconds())));
        return args;
    }

    private static IngestLimits limits(String[] a) {
        return new IngestLimits(Long.parseLong(a[2]), Integer.parseInt(a[3]), Integer.parseInt(a[4]), Integer.parseInt(a[5]),
                Integer.parseInt(a[6]), Double.parseDouble(a[7]), Integer.parseInt(a[8]));
    }
}
