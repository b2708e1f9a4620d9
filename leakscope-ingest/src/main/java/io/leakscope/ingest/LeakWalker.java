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
 * Symbolic links are listed but not followed (skipped later with reason {@code symlink}); folders
 * that cannot be opened are listed as failed entries.
 */
public final class LeakWalker {

    /** One file of the tree. */
    public record Entry(String path, Path file, long size, Kind kind, String reason) {
        public enum Kind { FILE, SYMLINK, UNREADABLE }
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
        return root.relativize(file).toString().replace(java.io.File.separatorChar, '/');
    }
}
