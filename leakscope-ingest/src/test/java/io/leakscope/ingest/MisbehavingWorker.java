package io.leakscope.ingest;

import java.io.BufferedInputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.IOException;
import java.nio.file.Path;

/**
 * A reader worker with the faults real parsers have: for a file named hang.* it never answers and
 * ignores interrupts, for crash.* the process dies at once; other files it reads as the real one.
 */
public final class MisbehavingWorker {
    private MisbehavingWorker() {
    }

    public static void main(String[] args) throws IOException {
        DataOutputStream out = new DataOutputStream(new FileOutputStream(FileDescriptor.out));
        DataInputStream in = new DataInputStream(new BufferedInputStream(System.in));
        DocumentReader reader = new DocumentReader(IngestLimits.DEFAULT, Path.of(args[0]));
        OutcomeCodec.Request r;
        while ((r = OutcomeCodec.readRequest(in)) != null) {
            String name = DocumentReader.fileName(r.path());
            if (name.startsWith("hang.")) {
                hangForever();
            } else if (name.startsWith("crash.")) {
                Runtime.getRuntime().halt(134);
            }
            OutcomeCodec.writeOutcome(out, reader.read(r.path(), r.blob()));
            out.flush();
        }
    }

    private static void hangForever() {
        while (true) {
            try {
                Thread.sleep(60_000);
            } catch (InterruptedException ignored) {
                // as a parser stuck in a loop would
            }
        }
    }
}
