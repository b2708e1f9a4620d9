package io.leakscope.ingest;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/** The bytes of a file or an archive member: in memory when small, in a (temporary) file otherwise. */
public sealed interface Blob permits Blob.InMemory, Blob.OnDisk {

    InputStream open() throws IOException;

    long size();

    record InMemory(byte[] bytes) implements Blob {
        @Override
        public InputStream open() {
            return new ByteArrayInputStream(bytes);
        }

        @Override
        public long size() {
            return bytes.length;
        }
    }

    /** @param temporary whether the file is ours to delete once processed */
    record OnDisk(Path path, long size, boolean temporary) implements Blob {
        @Override
        public InputStream open() throws IOException {
            return Files.newInputStream(path);
        }

        public void release() throws IOException {
            if (temporary) {
                Files.deleteIfExists(path);
            }
        }
    }
}
