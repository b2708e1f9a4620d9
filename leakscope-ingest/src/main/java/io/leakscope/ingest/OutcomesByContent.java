package io.leakscope.ingest;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.zip.Deflater;
import java.util.zip.DeflaterOutputStream;
import java.util.zip.Inflater;
import java.util.zip.InflaterInputStream;

/**
 * What reading each content gave in this scan, so that a byte-identical copy elsewhere in the leak
 * (a backup folder, the same attachment in a hundred mails, a template saved in every department)
 * is not parsed again. A copy is known by its SHA-256 and its file-name extension (the reader uses
 * the name only as a type hint and, for delimited text, as the table's name; see
 * {@link DocumentReader#movedTo}); it gets what reading it where it lies would give.
 *
 * <p>Only outcomes that depend on the bytes alone are kept: documents without children (archives,
 * mail with attachments and mail stores are read again, their members then found here), and no
 * failure that can depend on the moment (time limit, memory, a crashed reader). Outcomes are kept
 * compressed, least recently used dropped first, within a bound in bytes.
 */
public final class OutcomesByContent {
    /** Bytes of compressed outcomes kept at most, by default. */
    public static final long DEFAULT_MAX_BYTES = 64L << 20;

    private final long maxBytes;
    private final Map<String, byte[]> kept = new LinkedHashMap<>(256, 0.75f, true);
    private final AtomicInteger copies = new AtomicInteger();
    private long bytes;

    public OutcomesByContent(long maxBytes) {
        this.maxBytes = maxBytes;
    }

    /** What reading {@code path} gives if a copy of its content was read before in this scan. */
    public Optional<Outcome> copyAt(String sha256, String path) {
        byte[] packed;
        synchronized (this) {
            packed = kept.get(key(sha256, path));
        }
        if (packed == null) {
            return Optional.empty();
        }
        copies.incrementAndGet();
        Outcome o = unpack(packed);
        return Optional.of(new Outcome(o.status(), o.mediaType(), o.reason(),
                o.document() == null ? null : DocumentReader.movedTo(o.document(), path), o.children()));
    }

    /** Keeps what reading {@code path} gave, when it depends on the content alone. */
    public void remember(String sha256, String path, Outcome o) {
        if (!dependsOnContentAlone(o)) {
            return;
        }
        byte[] packed = pack(o);
        if (packed.length > maxBytes / 8) {
            return;
        }
        synchronized (this) {
            byte[] old = kept.put(key(sha256, path), packed);
            bytes += packed.length - (old == null ? 0 : old.length);
            for (Iterator<byte[]> eldest = kept.values().iterator(); bytes > maxBytes && eldest.hasNext(); ) {
                bytes -= eldest.next().length;
                eldest.remove();
            }
        }
    }

    /** How many reads were answered from a copy read before. */
    public int copies() {
        return copies.get();
    }

    static boolean dependsOnContentAlone(Outcome o) {
        if (!o.children().isEmpty() || o.mediaType() == null || DocumentReader.isContainer(o.mediaType())) {
            return false;
        }
        return o.status() != Outcome.Status.FAILED || o.reason().startsWith("encrypted") || o.reason().startsWith("corrupt");
    }

    /** The content's hash and the file name's extension (the whole name when it has none): what a reading depends on. */
    public static String key(String sha256, String path) {
        String name = DocumentReader.fileName(path).toLowerCase(Locale.ROOT);
        int dot = name.lastIndexOf('.');
        return sha256 + '/' + (dot >= 0 ? name.substring(dot) : name);
    }

    private static byte[] pack(Outcome o) {
        ByteArrayOutputStream buffer = new ByteArrayOutputStream();
        Deflater deflater = new Deflater(Deflater.BEST_SPEED);
        // buffered: the codec writes ints and short strings, and each write to the deflater is a native call
        try (DataOutputStream out = new DataOutputStream(new BufferedOutputStream(new DeflaterOutputStream(buffer, deflater, 1 << 14), 1 << 13))) {
            OutcomeCodec.writeOutcome(out, o);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            deflater.end();
        }
        return buffer.toByteArray();
    }

    private static Outcome unpack(byte[] packed) {
        Inflater inflater = new Inflater();
        try (DataInputStream in = new DataInputStream(new BufferedInputStream(new InflaterInputStream(new ByteArrayInputStream(packed), inflater, 1 << 14), 1 << 13))) {
            return OutcomeCodec.readOutcome(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            inflater.end();
        }
    }
}
