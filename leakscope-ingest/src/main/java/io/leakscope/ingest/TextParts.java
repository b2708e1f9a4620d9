package io.leakscope.ingest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * A text too long to hold and analyse at once — a log of millions of lines, a database dump, a
 * one-line export — cut into parts of at most {@link #maxChars} characters, each ending at a line
 * end where there is one. The first part stays the document's own text; every further part goes to
 * a temporary file (UTF-8 with a byte-order mark, whatever the source's encoding) and becomes a
 * member of the document named {@code part-0002.txt} and so on, read and analysed like any other
 * file. Nothing of the text is dropped, and neither the reader nor the scan ever holds more than a
 * part of it.
 */
final class TextParts {
    /** Characters of one part unless told otherwise: analysed in well under a minute, held in tens of megabytes. */
    static final int DEFAULT_MAX_CHARS = 4_000_000;

    private final Path tempDir;
    private final String extension;
    private final int maxChars;
    private final StringBuilder pending = new StringBuilder();
    private final List<Outcome.Child> members = new ArrayList<>();
    private String first;
    private String repeated = "";

    /** @param extension the parts' file-name extension (".txt", ".csv"): how they are read again */
    TextParts(Path tempDir, String extension, int maxChars) {
        this.tempDir = tempDir;
        this.extension = extension;
        this.maxChars = maxChars;
    }

    /** Adds text; a part is cut off whenever a whole one has gathered. */
    void append(char[] ch, int start, int length) {
        pending.append(ch, start, length);
        cutWholeParts();
    }

    void append(CharSequence s) {
        pending.append(s);
        cutWholeParts();
    }

    void append(char c) {
        pending.append(c);
        if (pending.length() > limit()) {
            cutWholeParts();
        }
    }

    /**
     * Adds a unit that is not cut unless it alone is longer than a part (a record of a delimited
     * file): the part gathered so far is cut off before it when it would not fit.
     */
    void appendWhole(CharSequence unit) {
        if (!pending.isEmpty() && pending.length() + unit.length() > limit()) {
            emit(pending.toString());
            pending.setLength(0);
        }
        append(unit);
    }

    /** Text that starts every part after the first (a delimited file's header row). */
    void repeatInEveryPart(String text) {
        repeated = text;
    }

    boolean isEmpty() {
        return first == null && pending.isEmpty();
    }

    /** Whether no part holds anything but white space. */
    boolean isBlank() {
        return first == null && pending.toString().isBlank();
    }

    /**
     * Characters of the part being gathered: a part after the first starts with the repeated text,
     * and read again it must not be a text long enough to be cut into parts of its own.
     */
    private int limit() {
        return first == null ? maxChars : Math.max(maxChars / 2, maxChars - repeated.length());
    }

    private void cutWholeParts() {
        while (pending.length() > limit()) {
            int cut = cutPoint(limit());
            emit(pending.substring(0, cut));
            pending.delete(0, cut);
        }
    }

    /** After the last line end within the part, or after the last space or delimiter, or at the limit. */
    private int cutPoint(int max) {
        for (int i = max; i > max / 2; i--) {
            if (pending.charAt(i - 1) == '\n') {
                return i;
            }
        }
        for (int i = max; i > max / 2; i--) {
            char c = pending.charAt(i - 1);
            if (c == ' ' || c == '\t' || c == ',' || c == '\u3000') {
                return i;
            }
        }
        // never between the two halves of a character outside the basic plane
        return Character.isHighSurrogate(pending.charAt(max - 1)) ? max - 1 : max;
    }

    private void emit(String part) {
        if (first == null) {
            first = part;
            return;
        }
        try {
            Path file = Files.createTempFile(tempDir, "part", extension);
            Files.write(file, ("\uFEFF" + repeated + part).getBytes(StandardCharsets.UTF_8));
            members.add(Outcome.Child.readable(String.format("part-%04d%s", members.size() + 2, extension),
                    new Blob.OnDisk(file, Files.size(file), true)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The document's own text: the first part (all of it, when it never grew beyond one part). */
    String firstPart() {
        finish();
        return first == null ? "" : first;
    }

    /** The parts after the first, as members to read. */
    List<Outcome.Child> furtherParts() {
        finish();
        return List.copyOf(members);
    }

    private void finish() {
        if (!pending.isEmpty()) {
            emit(pending.toString());
            pending.setLength(0);
        }
    }

    /** Deletes the parts' files (when the document fails after they were written). */
    void discard() {
        for (Outcome.Child c : members) {
            try {
                ((Blob.OnDisk) c.blob()).release();
            } catch (IOException e) {
                // the next scan empties the temp folder
            }
        }
        members.clear();
    }
}
