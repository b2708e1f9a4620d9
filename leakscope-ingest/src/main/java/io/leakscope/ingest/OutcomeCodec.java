package io.leakscope.ingest;

import io.leakscope.core.model.ExtractedDocument;
import io.leakscope.core.model.Table;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The wire format between a scan and its reader workers: a request (its number, the path, and the
 * bytes or the path of a file both can read) and the outcome back under the request's number — a
 * worker reads several files at once and answers in the order it finishes them. Plain data streams,
 * no Java serialisation: a worker reads hostile files, so nothing it sends is trusted to name a class.
 */
final class OutcomeCodec {
    private static final byte NO_BLOB = 0;
    private static final byte FILE = 1;
    private static final byte BYTES = 2;
    /** Longer than any text the reader keeps (50 M characters) or any member kept in memory. */
    private static final int MAX_LENGTH = 256 << 20;
    /**
     * What a worker writes first. Its JVM may print to standard output before the worker runs (a
     * JVM option from the user's environment, such as a flight recording's start message); replies
     * begin after this. Its first byte occurs nowhere else in it, so a plain scan finds it.
     */
    private static final byte[] GREETING = "\0leakscope-reader-worker-1\n".getBytes(StandardCharsets.US_ASCII);
    /** How much a JVM may print before the greeting: more is not a JVM's start-up message. */
    private static final int MAX_BEFORE_GREETING = 1 << 20;

    private OutcomeCodec() {
    }

    record Request(int id, String path, Blob blob) {
    }

    /** An outcome, or (outcome null) the notice that the worker has begun reading request {@code id}. */
    record Reply(int id, Outcome outcome) {
        boolean isStartNotice() {
            return outcome == null;
        }
    }

    static void writeGreeting(DataOutputStream out) throws IOException {
        out.write(GREETING);
    }

    /** Skips what the worker's JVM printed before the worker began: up to and including its greeting. */
    static void skipToGreeting(DataInputStream in) throws IOException {
        int matched = 0;
        for (int read = 0; matched < GREETING.length; read++) {
            if (read == MAX_BEFORE_GREETING) {
                throw new IOException("no greeting from the reader process in its first " + MAX_BEFORE_GREETING + " bytes");
            }
            int b = in.read();
            if (b < 0) {
                throw new EOFException();
            }
            matched = b == GREETING[matched] ? matched + 1 : b == GREETING[0] ? 1 : 0;
        }
    }

    static void writeRequest(DataOutputStream out, int id, String path, Blob blob) throws IOException {
        out.writeInt(id);
        writeString(out, path);
        writeBlob(out, blob);
    }

    /** @return the request, or null at the end of the stream (the scan closed the pipe) */
    static Request readRequest(DataInputStream in) throws IOException {
        int id;
        try {
            id = in.readInt();
        } catch (EOFException e) {
            return null;
        }
        return new Request(id, readString(in), readBlob(in));
    }

    static void writeReply(DataOutputStream out, int id, Outcome o) throws IOException {
        out.writeInt(id);
        writeOutcome(out, o);
    }

    /** Written when a reader thread takes the request up: a file's time limit runs from then, not from the worker's start. */
    static void writeStartNotice(DataOutputStream out, int id) throws IOException {
        out.writeInt(-id - 1);
    }

    static Reply readReply(DataInputStream in) throws IOException {
        int id = in.readInt();
        return id < 0 ? new Reply(-id - 1, null) : new Reply(id, readOutcome(in));
    }

    static void writeOutcome(DataOutputStream out, Outcome o) throws IOException {
        out.writeByte(o.status().ordinal());
        writeNullable(out, o.mediaType());
        writeNullable(out, o.reason());
        out.writeBoolean(o.document() != null);
        if (o.document() != null) {
            writeDocument(out, o.document());
        }
        out.writeInt(o.children().size());
        for (Outcome.Child c : o.children()) {
            writeString(out, c.name());
            out.writeByte(c.status().ordinal());
            writeNullable(out, c.reason());
            writeBlob(out, c.blob());
        }
    }

    static Outcome readOutcome(DataInputStream in) throws IOException {
        Outcome.Status status = Outcome.Status.values()[in.readByte()];
        String mediaType = readNullable(in);
        String reason = readNullable(in);
        ExtractedDocument doc = in.readBoolean() ? readDocument(in) : null;
        int n = in.readInt();
        List<Outcome.Child> children = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            String name = readString(in);
            Outcome.Status s = Outcome.Status.values()[in.readByte()];
            String why = readNullable(in);
            children.add(new Outcome.Child(name, readBlob(in), s, why));
        }
        return new Outcome(status, mediaType, reason, doc, List.copyOf(children));
    }

    private static void writeDocument(DataOutputStream out, ExtractedDocument d) throws IOException {
        writeString(out, d.path());
        writeNullable(out, d.mediaType());
        writeString(out, d.text());
        out.writeBoolean(d.ocr());
        out.writeInt(d.tables().size());
        for (Table t : d.tables()) {
            writeString(out, t.name());
            out.writeInt(t.rows().size());
            for (List<String> row : t.rows()) {
                out.writeInt(row.size());
                for (String cell : row) {
                    writeString(out, cell);
                }
            }
        }
    }

    private static ExtractedDocument readDocument(DataInputStream in) throws IOException {
        String path = readString(in);
        String mediaType = readNullable(in);
        String text = readString(in);
        boolean ocr = in.readBoolean();
        int tables = in.readInt();
        List<Table> list = new ArrayList<>(tables);
        for (int t = 0; t < tables; t++) {
            String name = readString(in);
            int rows = in.readInt();
            List<List<String>> cells = new ArrayList<>(rows);
            for (int r = 0; r < rows; r++) {
                int width = in.readInt();
                List<String> row = new ArrayList<>(width);
                for (int c = 0; c < width; c++) {
                    row.add(readString(in));
                }
                cells.add(row);
            }
            list.add(new Table(name, cells));
        }
        return new ExtractedDocument(path, mediaType, text, list, ocr);
    }

    /** A file blob travels as its path (the worker's temporary member files become the scan's to delete). */
    private static void writeBlob(DataOutputStream out, Blob blob) throws IOException {
        if (blob == null) {
            out.writeByte(NO_BLOB);
        } else if (blob instanceof Blob.OnDisk d) {
            out.writeByte(FILE);
            writeString(out, d.path().toString());
            out.writeLong(d.size());
            out.writeBoolean(d.temporary());
        } else {
            byte[] bytes = ((Blob.InMemory) blob).bytes();
            out.writeByte(BYTES);
            out.writeInt(bytes.length);
            out.write(bytes);
        }
    }

    private static Blob readBlob(DataInputStream in) throws IOException {
        byte kind = in.readByte();
        if (kind == NO_BLOB) {
            return null;
        }
        if (kind == FILE) {
            return new Blob.OnDisk(Path.of(readString(in)), in.readLong(), in.readBoolean());
        }
        byte[] bytes = new byte[length(in)];
        in.readFully(bytes);
        return new Blob.InMemory(bytes);
    }

    /** A length as sent; a broken stream is refused before it can make us allocate gigabytes. */
    private static int length(DataInputStream in) throws IOException {
        int n = in.readInt();
        if (n < 0 || n > MAX_LENGTH) {
            throw new IOException("malformed message: length " + n);
        }
        return n;
    }

    private static void writeNullable(DataOutputStream out, String s) throws IOException {
        out.writeBoolean(s != null);
        if (s != null) {
            writeString(out, s);
        }
    }

    private static String readNullable(DataInputStream in) throws IOException {
        return in.readBoolean() ? readString(in) : null;
    }

    private static void writeString(DataOutputStream out, String s) throws IOException {
        byte[] b = s.getBytes(StandardCharsets.UTF_8);
        out.writeInt(b.length);
        out.write(b);
    }

    private static String readString(DataInputStream in) throws IOException {
        byte[] b = new byte[length(in)];
        in.readFully(b);
        return new String(b, StandardCharsets.UTF_8);
    }
}
