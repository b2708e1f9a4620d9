package io.leakscope.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.Charset;
import java.util.Arrays;
import java.util.List;

/**
 * Reads a CSV or TSV file record by record in its own encoding (detected on its first megabyte,
 * up to a line end) into {@link TextParts}: a part ends between two records, never inside a quoted
 * cell that spans lines, and every part after the first starts with the header row again, so that
 * each is a table of its own with its columns named. A record longer than a part (a one-line
 * export) is cut like any long text.
 */
final class DelimitedParts {
    private static final int HEAD_BYTES = 1 << 20;

    /** The first part (the header row's part) and the members holding the rest. */
    record Read(String firstPart, List<Outcome.Child> furtherParts) {
    }

    private DelimitedParts() {
    }

    static Read read(Blob blob, TextParts parts) throws IOException {
        Charset charset = Charsets.detect(head(blob));
        try (Reader in = new InputStreamReader(blob.open(), charset)) {
            Records records = new Records(parts);
            char[] buffer = new char[1 << 16];
            for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
                records.add(buffer, n);
            }
            records.end();
            return new Read(parts.firstPart(), parts.furtherParts());
        } catch (IOException | RuntimeException e) {
            parts.discard();
            throw e;
        }
    }

    /** Gathers characters into whole records (a line end outside quotes ends one) and hands them on. */
    private static final class Records {
        private final TextParts parts;
        private final StringBuilder record = new StringBuilder();
        private boolean header = true;
        private boolean quoted;
        private boolean first = true;

        Records(TextParts parts) {
            this.parts = parts;
        }

        void add(char[] chars, int length) {
            int from = 0;
            if (first && length > 0) {
                first = false;
                from = chars[0] == '\uFEFF' ? 1 : 0;
            }
            int start = from;
            for (int i = from; i < length; i++) {
                char c = chars[i];
                if (c == '"') {
                    quoted = !quoted;
                } else if (c == '\n' && !quoted) {
                    record.append(chars, start, i + 1 - start);
                    start = i + 1;
                    endRecord(true);
                }
            }
            record.append(chars, start, length - start);
            if (record.length() >= RECORD_FLUSH) {
                endRecord(false);
            }
        }

        private void endRecord(boolean atLineEnd) {
            if (header && atLineEnd) {
                parts.repeatInEveryPart(record.toString());
                header = false;
            }
            parts.appendWhole(record);
            record.setLength(0);
        }

        void end() {
            parts.appendWhole(record);
            record.setLength(0);
        }
    }

    /** A record this long is handed on in pieces (a one-line export, or a quote never closed). */
    private static final int RECORD_FLUSH = 1 << 20;

    /** The first megabyte, up to its last line end: a multi-byte character is not cut in two for the detector. */
    private static byte[] head(Blob blob) throws IOException {
        byte[] head;
        try (InputStream in = blob.open()) {
            head = in.readNBytes(HEAD_BYTES);
        }
        if (head.length < HEAD_BYTES) {
            return head;
        }
        for (int i = head.length - 1; i > 0; i--) {
            if (head[i] == '\n') {
                return Arrays.copyOf(head, i + 1);
            }
        }
        return head;
    }
}
