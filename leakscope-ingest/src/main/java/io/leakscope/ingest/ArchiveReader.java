package io.leakscope.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.commons.compress.PasswordRequiredException;
import org.apache.commons.compress.archivers.sevenz.SevenZArchiveEntry;
import org.apache.commons.compress.archivers.sevenz.SevenZFile;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveInputStream;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipArchiveInputStream;
import org.apache.commons.compress.archivers.zip.ZipFile;
import org.apache.commons.compress.compressors.CompressorStreamFactory;
import org.apache.commons.compress.utils.SeekableInMemoryByteChannel;

/**
 * Lists the members of an archive as child blobs: zip (member names without the UTF-8 flag decoded
 * as CP932, the way Japanese Windows writes them), tar, 7z, and single compressed streams (gz, bz2,
 * xz: one member, the name without the extension, so {@code a.tar.gz} holds {@code a.tar}).
 * Encrypted members, unsafe names (zip slip), links and bombs (expansion ratio, member count, member
 * size) are reported per member rather than failing the archive.
 */
final class ArchiveReader {
    /** Media types read as archives, and how. */
    static final Map<String, String> KINDS = Map.ofEntries(Map.entry("application/zip", "zip"), Map.entry("application/x-zip-compressed", "zip"),
            Map.entry("application/x-tar", "tar"), Map.entry("application/x-gtar", "tar"), Map.entry("application/x-7z-compressed", "7z"),
            Map.entry("application/gzip", CompressorStreamFactory.GZIP), Map.entry("application/x-gzip", CompressorStreamFactory.GZIP),
            Map.entry("application/x-bzip2", CompressorStreamFactory.BZIP2), Map.entry("application/x-xz", CompressorStreamFactory.XZ));

    private final IngestLimits limits;
    private final Path tempDir;

    ArchiveReader(IngestLimits limits, Path tempDir) {
        this.limits = limits;
        this.tempDir = tempDir;
    }

    /** A member, or why it is not given. */
    record Member(String name, Blob blob, Outcome.Status status, String reason) {
    }

    List<Member> members(Blob archive, String mediaType, String archiveName) throws IOException {
        return switch (KINDS.getOrDefault(mediaType, "zip")) {
            case "zip" -> zip(archive);
            case "tar" -> tar(archive);
            case "7z" -> sevenZ(archive);
            default -> compressed(archive, KINDS.get(mediaType), archiveName);
        };
    }

    /** Counts members against the limits as they are listed. */
    private final class Budget {
        long total;
        int count;

        /** Why a member is not taken, or null. */
        String refuse(String name, long declaredSize) {
            if (++count > limits.maxEntries()) {
                return "bomb: more than " + limits.maxEntries() + " members";
            }
            if (unsafe(name)) {
                return "path_unsafe";
            }
            return declaredSize > limits.maxMemberBytes() ? "too_large" : null;
        }
    }

    /**
     * A zip by its central directory; one whose directory cannot be read (broken, or members written
     * with data descriptors that the directory contradicts) by its members' local headers, in order.
     */
    private List<Member> zip(Blob archive) throws IOException {
        ZipFile zip;
        try {
            zip = openZip(archive);
        } catch (IOException e) {
            return zipStreamed(archive);
        }
        if (!zip.getEntries().hasMoreElements() && startsWithMember(archive)) {
            zip.close(); // a directory that reads empty where members are: its end record points elsewhere
            return zipStreamed(archive);
        }
        List<Member> out = new ArrayList<>();
        Budget budget = new Budget();
        try (zip) {
            Enumeration<ZipArchiveEntry> entries = zip.getEntriesInPhysicalOrder();
            while (entries.hasMoreElements()) {
                ZipArchiveEntry e = entries.nextElement();
                if (e.isDirectory()) {
                    continue;
                }
                String name = ZipNames.of(e).replace('\\', '/');
                Member notTaken = notTaken(name, e, zip.canReadEntryData(e), budget);
                if (notTaken != null) {
                    out.add(notTaken);
                } else {
                    try (InputStream in = zip.getInputStream(e)) {
                        out.add(take(in, name, archive.size(), budget));
                    }
                }
            }
        }
        return out;
    }

    /** Whether the archive opens with a member's local header, as a zip whose first bytes are its own does. */
    private static boolean startsWithMember(Blob archive) throws IOException {
        try (InputStream in = archive.open()) {
            byte[] head = in.readNBytes(4);
            return head.length == 4 && head[0] == 'P' && head[1] == 'K' && head[2] == 3 && head[3] == 4;
        }
    }

    private List<Member> zipStreamed(Blob archive) throws IOException {
        List<Member> out = new ArrayList<>();
        Budget budget = new Budget();
        try (InputStream raw = archive.open();
             ZipArchiveInputStream zip = new ZipArchiveInputStream(raw, "ISO-8859-1", true, true)) {
            for (ZipArchiveEntry e = nextOrEnd(zip); e != null; e = nextOrEnd(zip)) {
                if (e.isDirectory()) {
                    continue;
                }
                String name = ZipNames.of(e).replace('\\', '/');
                Member notTaken = notTaken(name, e, zip.canReadEntryData(e), budget);
                if (notTaken != null) {
                    out.add(notTaken);
                } else {
                    try {
                        out.add(take(zip, name, archive.size(), budget));
                    } catch (IOException cut) {
                        out.add(new Member(name, null, Outcome.Status.FAILED, "corrupt: the member is cut off"));
                        break;
                    }
                }
            }
        }
        return out;
    }

    /** Why a zip member is not read — refused by the limits, encrypted, an unknown compression — or null when it is. */
    private Member notTaken(String name, ZipArchiveEntry e, boolean readable, Budget budget) {
        String refused = budget.refuse(name, e.getSize());
        if (refused != null) {
            return new Member(name, null, Outcome.Status.SKIPPED, refused);
        }
        if (!readable) {
            boolean encrypted = e.getGeneralPurposeBit().usesEncryption();
            return new Member(name, null, Outcome.Status.FAILED, encrypted ? "encrypted" : "unsupported: compression method");
        }
        return null;
    }

    /** The next member by its local header, or null where the members end (a cut-off zip ends early). */
    private static ZipArchiveEntry nextOrEnd(ZipArchiveInputStream zip) throws IOException {
        try {
            return zip.getNextEntry();
        } catch (java.io.EOFException e) {
            return null;
        }
    }

    private List<Member> tar(Blob archive) throws IOException {
        List<Member> out = new ArrayList<>();
        Budget budget = new Budget();
        try (InputStream raw = archive.open(); TarArchiveInputStream tar = new TarArchiveInputStream(raw)) {
            TarArchiveEntry e;
            while ((e = tar.getNextEntry()) != null) {
                if (e.isDirectory()) {
                    continue;
                }
                String name = e.getName();
                if (e.isSymbolicLink() || e.isLink()) {
                    out.add(new Member(name, null, Outcome.Status.SKIPPED, "link: not followed"));
                    continue;
                }
                String refused = budget.refuse(name, e.getSize());
                out.add(refused != null ? new Member(name, null, Outcome.Status.SKIPPED, refused) : take(tar, name, archive.size(), budget));
            }
        }
        return out;
    }

    private List<Member> sevenZ(Blob archive) throws IOException {
        List<Member> out = new ArrayList<>();
        Budget budget = new Budget();
        SevenZFile.Builder b = SevenZFile.builder();
        b = archive instanceof Blob.OnDisk d ? b.setPath(d.path()) : b.setSeekableByteChannel(new SeekableInMemoryByteChannel(((Blob.InMemory) archive).bytes()));
        try (SevenZFile seven = b.get()) {
            SevenZArchiveEntry e;
            while ((e = seven.getNextEntry()) != null) {
                if (e.isDirectory()) {
                    continue;
                }
                String name = e.getName().replace('\\', '/');
                String refused = budget.refuse(name, e.getSize());
                if (refused != null) {
                    out.add(new Member(name, null, Outcome.Status.SKIPPED, refused));
                    continue;
                }
                try (InputStream in = seven.getInputStream(e)) {
                    out.add(take(in, name, archive.size(), budget));
                } catch (PasswordRequiredException ex) {
                    out.add(new Member(name, null, Outcome.Status.FAILED, "encrypted"));
                }
            }
        }
        return out;
    }

    private List<Member> compressed(Blob archive, String format, String archiveName) throws IOException {
        String name = innerName(archiveName);
        try (InputStream raw = archive.open(); InputStream in = new CompressorStreamFactory().createCompressorInputStream(format, raw)) {
            return List.of(take(in, name, archive.size(), new Budget()));
        } catch (org.apache.commons.compress.compressors.CompressorException e) {
            throw new IOException(e.getMessage(), e);
        }
    }

    /** {@code data.csv.gz} holds {@code data.csv}; {@code a.tgz} holds {@code a.tar}. */
    static String innerName(String archiveName) {
        String n = archiveName.substring(archiveName.lastIndexOf('/') + 1);
        String lower = n.toLowerCase(Locale.ROOT);
        if (lower.endsWith(".tgz") || lower.endsWith(".tbz2") || lower.endsWith(".txz")) {
            return n.substring(0, n.lastIndexOf('.')) + ".tar";
        }
        int dot = n.lastIndexOf('.');
        return dot > 0 ? n.substring(0, dot) : n + ".out";
    }

    private ZipFile openZip(Blob archive) throws IOException {
        // names are decoded member by member (ZipNames): as Latin-1 here, every byte kept as it is
        ZipFile.Builder b = ZipFile.builder().setCharset(java.nio.charset.StandardCharsets.ISO_8859_1).setUseUnicodeExtraFields(true);
        if (archive instanceof Blob.OnDisk d) {
            return b.setPath(d.path()).get();
        }
        return b.setSeekableByteChannel(new SeekableInMemoryByteChannel(((Blob.InMemory) archive).bytes())).get();
    }

    /** Reads one member within the expansion budget: in memory when small, else into a temporary file. */
    private Member take(InputStream in, String name, long archiveSize, Budget budget) throws IOException {
        long allowed = (long) Math.max(archiveSize * limits.maxExpansionRatio(), limits.inMemoryBytes()) - budget.total;
        byte[] head = in.readNBytes(limits.inMemoryBytes() + 1);
        if (head.length > allowed) {
            return new Member(name, null, Outcome.Status.SKIPPED, "bomb: expansion ratio over " + limits.maxExpansionRatio());
        }
        if (head.length <= limits.inMemoryBytes()) {
            budget.total += head.length;
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
                if (size > allowed || size > limits.maxMemberBytes()) {
                    out.close();
                    Files.deleteIfExists(tmp);
                    return new Member(name, null, Outcome.Status.SKIPPED, size > allowed ? "bomb" : "too_large");
                }
                out.write(buf, 0, n);
            }
        }
        budget.total += size;
        return new Member(name, new Blob.OnDisk(tmp, size, true), Outcome.Status.DONE, null);
    }

    /** Absolute paths and parent references must not escape the archive (zip slip). */
    static boolean unsafe(String name) {
        return name.startsWith("/") || name.matches("^[A-Za-z]:.*") || List.of(name.split("/")).contains("..");
    }
}
