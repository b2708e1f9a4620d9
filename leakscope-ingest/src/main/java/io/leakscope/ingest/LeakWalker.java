package io.leakscope.ingest;

import java.io.IOException;
import java.nio.file.FileVisitOption;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;

/**
 * Lists the files of a leak folder in a stable order, with their leak-relative, '/'-separated paths.
 * Symbolic links are listed but not followed (skipped later with reason {@code symlink}), and so are
 * named pipes, sockets and devices (skipped: not a regular file); folders that cannot be opened are
 * listed as failed entries.
 */
public final class LeakWalker {

    /** One file of the tree. */
    public record Entry(String path, Path file, long size, Kind kind, String reason) {
        public enum Kind { FILE, SYMLINK, OTHER, UNREADABLE }
    }

    public List<Entry> list(Path root) throws IOException {
        List<Entry> out = new ArrayList<>();
        Files.walkFileTree(root, java.util.EnumSet.noneOf(FileVisitOption.class), Integer.MAX_VALUE, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                String rel = relative(root, file);
                if (attrs.isSymbolicLink()) {
                    out.add(new Entry(rel, file, 0, Entry.Kind.SYMLINK, "symlink"));
                } else if (attrs.isRegularFile()) {
                    out.add(new Entry(rel, file, attrs.size(), Entry.Kind.FILE, null));
                } else {
                    // a named pipe, socket or device: reading one could block or never end, but it is listed
                    out.add(new Entry(rel, file, 0, Entry.Kind.OTHER, "not a regular file"));
                }
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFileFailed(Path file, IOException exc) {
                out.add(new Entry(relative(root, file), file, 0, Entry.Kind.UNREADABLE,
                        "unreadable: " + exc.getClass().getSimpleName()));
                return FileVisitResult.CONTINUE;
            }
        });
        out.sort(java.util.Comparator.comparing(Entry::path));
        return out;
    }

    static String relative(Path root, Path file) {
        String rel = root.relativize(file).toString().replace(java.io.File.separatorChar, '/');
        return rel.indexOf('\uFFFD') >= 0 ? fromRawBytes(root, file, rel) : rel;
    }

    /**
     * A name whose bytes are not UTF-8 (Shift_JIS names copied from a Japanese Windows share) would
     * print as "����.csv", and two such files would share one path. The file URI keeps the raw bytes
     * percent-encoded: they are decoded as UTF-8 if they are, else as Windows-31J.
     */
    private static String fromRawBytes(Path root, Path file, String fallback) {
        String rootRaw = root.toAbsolutePath().toUri().getRawPath();
        String fileRaw = file.toAbsolutePath().toUri().getRawPath();
        if (!fileRaw.startsWith(rootRaw)) {
            return fallback;
        }
        String raw = fileRaw.substring(rootRaw.length());
        java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            if (c == '%' && i + 2 < raw.length()) {
                bytes.write(Integer.parseInt(raw.substring(i + 1, i + 3), 16));
                i += 2;
            } else {
                bytes.write(c);
            }
        }
        return Charsets.decodeName(bytes.toByteArray());
    }
}
