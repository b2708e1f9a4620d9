package io.leakscope.ingest;

import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.tika.io.TikaInputStream;

/**
 * A reader worker with the faults real parsers have: for a file named hang.* it never answers and
 * ignores interrupts, for crash.* the process dies at once, for error.* the reading thread ends
 * with an error no reader turns into an outcome, for spool.* it copies the file to a temporary file
 * as Tika does before opening a zip and then dies. A file named patient.* is answered a
 * second after it arrives, once no other file is being read in the process. Other files it reads
 * as the real one.
 */
public final class MisbehavingWorker {
    private static final AtomicInteger IN_FLIGHT = new AtomicInteger();

    private MisbehavingWorker() {
    }

    public static void main(String[] args) throws IOException {
        DataOutputStream replies = ReaderWorker.claimStandardOutput();
        DocumentReader reader = new DocumentReader(IngestLimits.DEFAULT, Path.of(args[0]));
        ReaderWorker.serve(replies, r -> {
            IN_FLIGHT.incrementAndGet();
            String name = DocumentReader.fileName(r.path());
            if (name.startsWith("hang.")) {
                sleepForever();
            } else if (name.startsWith("crash.")) {
                Runtime.getRuntime().halt(134);
            } else if (name.startsWith("spool.")) {
                spoolAndDie(r.blob());
            } else if (name.startsWith("error.")) {
                throw new LinkageError("as a parser whose classes do not fit would");
            } else if (name.startsWith("patient.")) {
                sleep(1000);
                while (IN_FLIGHT.get() > 1) {
                    sleep(50);
                }
            }
            Outcome o = reader.read(r.path(), r.blob());
            IN_FLIGHT.decrementAndGet();
            return o;
        });
    }

    private static void spoolAndDie(Blob blob) {
        try (TikaInputStream in = TikaInputStream.get(blob.open())) {
            in.getFile();
            Runtime.getRuntime().halt(134);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static void sleepForever() {
        while (true) {
            sleep(60_000);
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException ignored) {
            // as a parser stuck in a loop would
        }
    }
}
