package io.leakscope.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Comparator;
import java.util.Set;

/**
 * A case holds leaked personal data: its folder and everything the tool writes (the store, reports,
 * exports, notices) are readable by their owner only — folders 0700, files 0600 — whatever the
 * user's umask. On a file system without POSIX permissions nothing is changed.
 */
public final class PrivateFiles {
    private static final Set<PosixFilePermission> FOLDER = PosixFilePermissions.fromString("rwx------");
    private static final Set<PosixFilePermission> FILE = PosixFilePermissions.fromString("rw-------");
    private static final boolean POSIX = FileSystems.getDefault().supportedFileAttributeViews().contains("posix");

    private PrivateFiles() {
    }

    /** Creates the folder (and its missing parents) if needed, and makes it its owner's alone. */
    public static Path folder(Path dir) {
        try {
            Files.createDirectories(dir);
            if (POSIX) {
                Files.setPosixFilePermissions(dir, FOLDER);
            }
            return dir;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Creates an empty file readable by its owner alone, unless it exists. */
    public static void emptyFile(Path file) {
        if (Files.exists(file, LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
        try {
            if (POSIX) {
                Files.createFile(file, PosixFilePermissions.asFileAttribute(FILE));
            } else {
                Files.createFile(file);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Makes a file, or a folder and all in it, its owner's alone; links are left as they are. */
    public static void restrict(Path path) {
        if (!POSIX || !Files.exists(path, LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
        try (var all = Files.walk(path)) {
            for (Path p : all.sorted(Comparator.reverseOrder()).toList()) {
                if (Files.isSymbolicLink(p)) {
                    continue;
                }
                Files.setPosixFilePermissions(p, Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS) ? FOLDER : FILE);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
