package io.leakscope.core.detect.jp;

import io.leakscope.core.detect.jp.SegmentTokenizer.SegmentTokens;
import java.util.Arrays;

/**
 * The tokens of segments seen before, for one thread: the segments of the current generation and
 * of the one before, a segment found in the older one moving to the newer. A generation ends at a
 * number of segments or of characters, so the memory stays bounded whatever the leak: the two
 * tables are 2 × 2^18 slots (about 7 MB a thread), beside the segments and tokens they hold (18 MB a
 * thread was measured for those after the bench corpus, when they were held in a {@code HashMap}).
 *
 * <p>A segment is looked up by its place in the text, without copying its characters out: most
 * segments are found, and a copy per segment cost more than the lookup itself. Hence a table of
 * its own (open addressing, hashes and keys in flat arrays) rather than a {@code HashMap} keyed by
 * strings.
 */
final class SegmentMemory {
    private static final int MAX_SEGMENTS_PER_GENERATION = 100_000;
    private static final long MAX_CHARACTERS_PER_GENERATION = 1_500_000;
    /** Slots of a generation's table: a power of two, under 40 % full at most. */
    private static final int SLOT_BITS = 18;

    private Generation current = new Generation();
    private Generation previous = new Generation();

    /**
     * The remembered tokens of {@code text[start, end)}, or null.
     *
     * @param edges whether the segment opens (1) and closes (2) its text: Kuromoji reads such a segment differently
     */
    SegmentTokens get(char[] text, int start, int end, int edges) {
        int hash = hash(text, start, end, edges);
        SegmentTokens tokens = current.get(text, start, end, edges, hash);
        if (tokens == null && (tokens = previous.get(text, start, end, edges, hash)) != null) {
            remember(text, start, end, edges, hash, tokens);
        }
        return tokens;
    }

    void put(char[] text, int start, int end, int edges, SegmentTokens tokens) {
        int hash = hash(text, start, end, edges);
        if (current.get(text, start, end, edges, hash) == null) { // a segment twice in one text is analysed twice, remembered once
            remember(text, start, end, edges, hash, tokens);
        }
    }

    /** Into the current generation, which does not hold the segment; a full one becomes the previous. */
    private void remember(char[] text, int start, int end, int edges, int hash, SegmentTokens tokens) {
        if (current.size >= MAX_SEGMENTS_PER_GENERATION || current.characters >= MAX_CHARACTERS_PER_GENERATION) {
            Generation oldest = previous;
            previous = current;
            current = oldest;
            current.clear();
        }
        current.put(Arrays.copyOfRange(text, start, end), edges, hash, tokens);
    }

    private static int hash(char[] text, int start, int end, int edges) {
        int h = edges;
        for (int i = start; i < end; i++) {
            h = 31 * h + text[i];
        }
        return h;
    }

    private static final class Generation {
        private static final int MASK = (1 << SLOT_BITS) - 1;
        private final int[] hashes = new int[1 << SLOT_BITS];
        private final char[][] keys = new char[1 << SLOT_BITS][];
        private final byte[] edges = new byte[1 << SLOT_BITS];
        private final SegmentTokens[] values = new SegmentTokens[1 << SLOT_BITS];
        private int size;
        private long characters;

        SegmentTokens get(char[] text, int start, int end, int edge, int hash) {
            for (int slot = slot(hash); values[slot] != null; slot = (slot + 1) & MASK) {
                if (hashes[slot] == hash && edges[slot] == edge && Arrays.equals(keys[slot], 0, keys[slot].length, text, start, end)) {
                    return values[slot];
                }
            }
            return null;
        }

        void put(char[] key, int edge, int hash, SegmentTokens tokens) {
            int slot = slot(hash);
            while (values[slot] != null) {
                slot = (slot + 1) & MASK;
            }
            hashes[slot] = hash;
            keys[slot] = key;
            edges[slot] = (byte) edge;
            values[slot] = tokens;
            size++;
            characters += key.length;
        }

        void clear() {
            Arrays.fill(keys, null);
            Arrays.fill(values, null);
            size = 0;
            characters = 0;
        }

        /** Fibonacci hashing: the top bits of the product spread the string hash's low-entropy bits. */
        private static int slot(int hash) {
            return (hash * 0x9E3779B9) >>> (32 - SLOT_BITS);
        }
    }
}
