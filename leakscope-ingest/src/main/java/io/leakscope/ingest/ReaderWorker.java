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
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Function;

/**
 * The main class of a reader worker process ({@link ForkedReader}): reads requests from standard
 * input and writes each outcome to standard output, until the input ends. Each request is read in
 * a thread of its own, so one process serves all the scan's reading threads (one JVM warming up,
 * not one per thread); the scan bounds how many are in flight. Whatever a parser or the JVM prints
 * goes to standard error, so that it cannot corrupt the replies.
 */
public final class ReaderWorker {
    private ReaderWorker() {
    }

    public static void main(String[] args) throws IOException {
        DataOutputStream replies = claimStandardOutput();
        DocumentReader reader = new DocumentReader(limits(args), Path.of(args[0]), Boolean.parseBoolean(args[1]));
        serve(replies, r -> readSafely(reader, r));
    }

    /**
     * Standard output, for replies only, after the greeting that tells them from what the JVM printed
     * before; anything printed from now on (by parsers too) goes to standard error.
     */
    static DataOutputStream claimStandardOutput() throws IOException {
        DataOutputStream replies = new DataOutputStream(new BufferedOutputStream(new FileOutputStream(FileDescriptor.out), 1 << 16));
        System.setOut(System.err);
        OutcomeCodec.writeGreeting(replies);
        return replies;
    }

    /**
     * Answers requests from standard input on standard output, each in its own thread, until the
     * input ends: then the scan has gone (or is done), and the process exits at once, whatever its
     * parsers are still doing, so that a killed scan leaves no parser hanging behind it.
     */
    static void serve(DataOutputStream replies, Function<OutcomeCodec.Request, Outcome> read) throws IOException {
        DataInputStream requests = new DataInputStream(new BufferedInputStream(System.in, 1 << 16));
        ExecutorService readers = Executors.newCachedThreadPool(r -> {
            Thread t = new Thread(r, "reader");
            t.setDaemon(true);
            return t;
        });
        OutcomeCodec.Request r;
        while ((r = OutcomeCodec.readRequest(requests)) != null) {
            OutcomeCodec.Request request = r;
            readers.execute(() -> {
                announce(replies, request.id());
                answer(replies, request.id(), readOrEnd(read, request));
            });
        }
        System.exit(0);
    }

    /** An error the reader does not turn into an outcome ends the process, as it would a worker reading one file at a time. */
    private static Outcome readOrEnd(Function<OutcomeCodec.Request, Outcome> read, OutcomeCodec.Request request) {
        try {
            return read.apply(request);
        } catch (Throwable t) {
            Runtime.getRuntime().halt(1);
            throw t;
        }
    }

    /** Tells the scan that this request is being read: its time limit starts now. */
    private static void announce(DataOutputStream replies, int id) {
        synchronized (replies) {
            try {
                OutcomeCodec.writeStartNotice(replies, id);
                replies.flush();
            } catch (IOException e) {
                Runtime.getRuntime().halt(1);
            }
        }
    }

    private static void answer(DataOutputStream replies, int id, Outcome outcome) {
        synchronized (replies) {
            try {
                OutcomeCodec.writeReply(replies, id, outcome);
                replies.flush();
            } catch (IOException e) {
                // The scan has gone: nobody is left to answer.
                Runtime.getRuntime().halt(1);
            }
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
                Integer.toString(l.perFileSeconds()), Integer.toString(l.textPartChars())));
        return args;
    }

    private static IngestLimits limits(String[] a) {
        return new IngestLimits(Long.parseLong(a[2]), Integer.parseInt(a[3]), Integer.parseInt(a[4]), Integer.parseInt(a[5]),
                Integer.parseInt(a[6]), Double.parseDouble(a[7]), Integer.parseInt(a[8]), Integer.parseInt(a[9]));
    }
}
