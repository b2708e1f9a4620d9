package io.leakscope.ingest;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.function.UnaryOperator;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipArchiveOutputStream;

/** Small files the ingest tests build. */
public final class TestFiles {
    private TestFiles() {
    }

    /** A zip holding one member. */
    static byte[] zip(String name, byte[] content) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipArchiveOutputStream zip = new ZipArchiveOutputStream(bytes)) {
            zip.putArchiveEntry(new ZipArchiveEntry(name));
            zip.write(content);
            zip.closeArchiveEntry();
        }
        return bytes.toByteArray();
    }

    /** The same zip package (xlsx, docx) with one XML part edited; fails when the edit changes nothing. */
    public static byte[] rewritePart(byte[] pkg, String part, UnaryOperator<String> edit) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(pkg)); ZipOutputStream zip = new ZipOutputStream(out)) {
            for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                byte[] bytes = in.readAllBytes();
                if (e.getName().equals(part)) {
                    String edited = edit.apply(new String(bytes, StandardCharsets.UTF_8));
                    if (edited.equals(new String(bytes, StandardCharsets.UTF_8))) {
                        throw new IllegalStateException("the edit changed nothing in " + part);
                    }
                    bytes = edited.getBytes(StandardCharsets.UTF_8);
                }
                zip.putNextEntry(new ZipEntry(e.getName()));
                zip.write(bytes);
                zip.closeEntry();
            }
        }
        return out.toByteArray();
    }
}
