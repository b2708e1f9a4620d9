package io.leakscope.core.text;

import java.util.Arrays;

/**
 * Where each character of a normalised text came from in the original, kept as runs: a stretch the
 * normalisation left as it was maps one to one, shifted; the characters a changed piece became all
 * map to the piece's start. Most text is left as it was, so a text of millions of characters has a
 * handful of runs — an int per character (as this was) cost more to write than the normalisation
 * itself, and four bytes of heap per character of every text in flight.
 */
final class OffsetMap {
    private int[] starts = new int[4];
    private int[] origins = new int[4];
    /** Whether a run maps all its characters to its origin (a changed piece) rather than one to one. */
    private boolean[] constant = new boolean[4];
    private int size;
    private int length;

    /** The next {@code count} characters come from {@code origin} onwards, one to one. */
    void oneToOne(int origin, int count) {
        if (count == 0) {
            return;
        }
        int last = size - 1;
        if (last < 0 || constant[last] || origins[last] + (length - starts[last]) != origin) {
            add(origin, false);
        }
        length += count;
    }

    /** The next {@code count} characters all come from the piece at {@code origin}. */
    void allFrom(int origin, int count) {
        if (count == 1) {
            oneToOne(origin, 1);
        } else if (count > 1) {
            add(origin, true);
            length += count;
        }
    }

    /** How many runs the map holds. */
    int runs() {
        return size;
    }

    /** How many characters the map covers. */
    int length() {
        return length;
    }

    /** The original offset of normalised character {@code i} (0 ≤ i < {@link #length}). */
    int at(int i) {
        int run = Arrays.binarySearch(starts, 0, size, i);
        if (run < 0) {
            run = -run - 2;
        }
        return constant[run] ? origins[run] : origins[run] + (i - starts[run]);
    }

    private void add(int origin, boolean allFrom) {
        if (size == starts.length) {
            starts = Arrays.copyOf(starts, 2 * size);
            origins = Arrays.copyOf(origins, 2 * size);
            constant = Arrays.copyOf(constant, 2 * size);
        }
        starts[size] = length;
        origins[size] = origin;
        constant[size++] = allFrom;
    }
}
