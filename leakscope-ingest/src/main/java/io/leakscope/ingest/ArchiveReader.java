package io.leakscope.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.List;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipFile;
import org.apache.commons.compress.utils.SeekableInMemoryByteChannel;

/**
 * Lists the members of a zip archive as child blobs. Member names without the UTF-8 flag are decoded
 * as CP932, the way Japanese Windows writes them. Encrypted members, unsafe names and bombs are
 * reported per member rather than failing the archive.
 */
final class ArchiveReader {
    private final IngestLimits limits;
    private final Path tempDir;

    ArchiveReader(IngestLimits limits, Path tempDir) {
        this.limits = limits;
        this.tempDir = tempDir;
    }

    /** A member, or why it is not given. */
    record Member(String name, Blob blob, Outcome.Status status, String reason) {
    }

    List<Member> members(Blob archive) throws IOException {
        List<Member> out = new ArrayList<>();
        try (ZipFile zip = open(archive)) {
            long total = 0;
            int count = 0;
            Enumeration<ZipArchiveEntry> entries = zip.getEntriesInPhysicalOrder();
            while (entries.hasMoreElements()) {
                ZipArchiveEntry e = entries.nextElement();
                if (e.isDirectory()) {
                    continue;
                }
                String name = e.getName().replace('\\', '/');
                if (++count > limits.maxEntries()) {
                    out.add(new Member(name, null, Outcome.Status.SKIPPED, "bomb: more than " + limits.maxEntries() + " members"));
                    continue;
                }
                if (unsafe(name)) {
                    out.add(new Member(name, null, Outcome.Status.SKIPPED, "path_unsafe"));
                    continue;
                }
                if (!zip.canReadEntryData(e)) {
                    boolean encrypted = e.getGeneralPurposeBit().usesEncryption();
                    out.add(new Member(name, null, Outcome.Status.FAILED, encrypted ? "encrypted" : "unsupported: compression method"));
                    continue;
                }
                if (e.getSize() > limits.maxMemberBytes()) {
                    out.add(new Member(name, null, Outcome.Status.SKIPPED, "too_large"));
                    continue;
                }
                Member m = extract(zip, e, name, archive.size(), total);
                total += m.blob() == null ? 0 : m.blob().size();
                out.add(m);
            }
        }
        return out;
    }

    private ZipFile open(Blob archive) throws IOException {
        ZipFile.Builder b = ZipFile.builder().setCharset(Charsets.CP932).setUseUnicodeExtraFields(true);
        if (archive instanceof Blob.OnDisk d) {
            return b.setPath(d.path()).get();
        }
        return b.setSeekableByteChannel(new SeekableInMemoryByteChannel(((Blob.InMemory) archive).bytes())).get();
    }

    private Member extract(ZipFile zip, ZipArchiveEntry e, String name, long archiveSize, long totalSoFar) throws IOException {
        long budget = (long) Math.max(archiveSize * limits.maxExpansionRatio(), limits.inMemoryBytes()) - totalSoFar;
        try (InputStream in = zip.getInputStream(e)) {
            byte[] head = in.readNBytes(limits.inMemoryBytes() + 1);
            if (head.length > budget) {
                return new Member(name, null, Outcome.Status.SKIPPED, "bomb: expansion ratio over " + limits.maxExpansionRatio());
            }
            if (head.length <= limits.inMemoryBytes()) {
                return new Member(name, new Blob.InMemory(head), Outcome.Status.DONE, null);
            }
            Path tmp = Files.createTempFile(tempDir, "member", ".bin");
            long size = head.length;
            try (OutputStream out = Files.newOutputStream(tmp)) {
                out.write(head);
                byte[] buf = new byte[1 << 16];
                int n;
                while ((n = in.read(buf)) > 0) {
                    size += n;
                    if (size > budget || size > limits.maxMemberBytes()) {
                        out.close();
                        Files.deleteIfExists(tmp);
                        return new Member(name, null, Outcome.Status.SKIPPED, size > budget ? "bomb" : "too_large");
                    }
                    out.write(buf, 0, n);
                }
            }
            return new Member(name, new Blob.OnDisk(tmp, size, true), Outcome.Status.DONE, null);
        }
    }

    /** Absolute paths and parent references must not escape the archive (zip slip). */
    static boolean unsafe(String name) {
        return name.startsWith("/") || name.matches("^[A-Za-z]:.*") || List.of(name.split("/")).contains("..");
    }
}
