package io.leakscope.core.detect.jp;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReferenceArray;
import org.apache.lucene.analysis.ja.JapaneseTokenizer;
import org.apache.lucene.analysis.ja.dict.CharacterDefinition;
import org.apache.lucene.analysis.ja.tokenattributes.PartOfSpeechAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;

/**
 * Kuromoji's tokens of a text, worked out segment by segment — a segment being the characters
 * between two runs of whitespace — and remembered per thread, so that a segment seen before is
 * looked up instead of analysed again.
 *
 * <p>Why the result is the same as tokenizing the whole text: a run of Kuromoji's SPACE characters
 * (tab, line feed, vertical tab, space) is a single unknown token, no dictionary entry contains one
 * of them, so every path through Kuromoji's lattice passes through that token, and its costs to
 * the left and right are fixed. The best path is the best path up to the run joined to the best
 * path after it: a segment's tokens depend only on its own characters and on whether it opens or
 * closes the text (the start and end of a text cost differently from a space). {@code
 * SegmentTokenizerTest} compares the two on random text; docs/PERFORMANCE.md records the check on
 * the bench corpus.
 *
 * <p>Why it pays: business text repeats its segments — table cells, CSV fields, form labels, the
 * same words between spaces — and Kuromoji's cost is per character analysed. Segments of ASCII
 * letters and digits (numbers, codes) are remembered by their shape alone ({@link AsciiRuns}).
 */
final class SegmentTokenizer {
    /** A token: the text it is in, its offsets there and its IPADIC part of speech. */
    record Token(String text, int start, int end, String pos) {
        boolean is(String p) {
            return pos != null && pos.startsWith(p);
        }

        /** Built when asked for: most tokens are never looked at as words. */
        String surface() {
            return text.substring(start, end);
        }

        char firstChar() {
            return text.charAt(start);
        }
    }

    /** Tokens of one segment, offsets relative to its start. */
    record SegmentTokens(int[] bounds, String[] pos) {
    }

    /**
     * Per thread: the segments of the current generation and of the one before, a segment found in
     * the older one moving to the newer. A generation ends at a number of segments or of characters,
     * so the memory stays bounded whatever the leak: 18 MB a thread after the bench corpus's 1,422
     * distinct texts (1.4 million distinct segments), measured with the heap before and after.
     */
    private static final class Memory {
        private Map<String, SegmentTokens> current = new HashMap<>();
        private Map<String, SegmentTokens> previous = new HashMap<>();
        private long characters;

        SegmentTokens get(String key) {
            SegmentTokens t = current.get(key);
            if (t == null && (t = previous.get(key)) != null) {
                put(key, t);
            }
            return t;
        }

        void put(String key, SegmentTokens tokens) {
            if (current.size() >= MAX_SEGMENTS_PER_GENERATION || characters >= MAX_CHARACTERS_PER_GENERATION) {
                previous = current;
                current = new HashMap<>();
                characters = 0;
            }
            current.put(key, tokens);
            characters += key.length();
        }
    }

    private static final int MAX_SEGMENTS_PER_GENERATION = 100_000;
    private static final int MAX_CHARACTERS_PER_GENERATION = 1_500_000;
    /** Longer segments are analysed every time: rarely repeated, and they would fill the memory. */
    private static final int MAX_REMEMBERED_LENGTH = 200;
    /** Parts of speech of the runs of an ASCII segment, by {@link AsciiRuns#shape}: a few dozen shapes. */
    private static final AtomicReferenceArray<String[]> SHAPES = new AtomicReferenceArray<>(AsciiRuns.SHAPES);
    private static final ThreadLocal<Memory> MEMORY = ThreadLocal.withInitial(Memory::new);
    private static final boolean[] SPACE = spaceCharacters();
    /** Marks a segment that opens or closes its text; a SPACE character, so never inside a segment. */
    private static final char EDGE = '\t';

    private SegmentTokenizer() {
    }

    private static boolean[] spaceCharacters() {
        CharacterDefinition definition = CharacterDefinition.getInstance();
        boolean[] space = new boolean[Character.MAX_VALUE + 1];
        for (int c = 0; c <= Character.MAX_VALUE; c++) {
            space[c] = definition.getCharacterClass((char) c) == CharacterDefinition.SPACE;
        }
        return space;
    }

    static void forget() {
        MEMORY.remove();
    }

    /** The tokens Kuromoji (normal mode, punctuation discarded) finds in the text, in order. */
    static List<Token> tokenize(String text) {
        List<int[]> segments = segments(text);
        SegmentTokens[] found = new SegmentTokens[segments.size()];
        String[] keys = new String[segments.size()];
        int[] shapes = new int[segments.size()];
        int[][] runs = new int[segments.size()][];
        Memory memory = MEMORY.get();
        List<Integer> missing = new ArrayList<>();
        for (int i = 0; i < segments.size(); i++) {
            int[] seg = segments.get(i);
            runs[i] = AsciiRuns.of(text, seg[0], seg[1]);
            if (runs[i] != null) {
                shapes[i] = AsciiRuns.shape(text, seg, runs[i]);
                String[] pos = SHAPES.get(shapes[i]);
                found[i] = pos == null ? null : new SegmentTokens(runs[i], pos);
            } else if (seg[1] - seg[0] <= MAX_REMEMBERED_LENGTH) {
                keys[i] = key(text, seg);
                found[i] = memory.get(keys[i]);
            }
            if (found[i] == null) {
                missing.add(i);
            }
        }
        analyse(text, segments, missing, found);
        for (int i : missing) {
            if (runs[i] == null && keys[i] != null) {
                memory.put(keys[i], found[i]);
            } else if (runs[i] != null && Arrays.equals(found[i].bounds(), runs[i])) {
                SHAPES.compareAndSet(shapes[i], null, found[i].pos()); // only when Kuromoji did take the runs as its tokens
            }
        }
        return tokens(text, segments, found);
    }

    /** Start and end of every segment: maximal runs of characters that are not SPACE characters. */
    private static List<int[]> segments(String text) {
        List<int[]> segments = new ArrayList<>();
        int i = 0;
        int n = text.length();
        while (i < n) {
            while (i < n && SPACE[text.charAt(i)]) {
                i++;
            }
            int start = i;
            while (i < n && !SPACE[text.charAt(i)]) {
                i++;
            }
            if (i > start) {
                segments.add(new int[] {start, i});
            }
        }
        return segments;
    }

    /** A segment other than ASCII letters and digits is remembered by its characters and whether it opens or closes the text. */
    private static String key(String text, int[] seg) {
        boolean opens = seg[0] == 0;
        boolean closes = seg[1] == text.length();
        String s = text.substring(seg[0], seg[1]);
        return opens || closes ? (opens ? EDGE : "") + s + (closes ? EDGE : "") : s;
    }

    /**
     * Runs Kuromoji once over the missing segments, joined by spaces. A segment opening the text goes
     * first with nothing before it, one closing the text last with nothing after it, every other
     * segment between spaces — each in the context it has in the text.
     */
    private static void analyse(String text, List<int[]> segments, List<Integer> missing, SegmentTokens[] found) {
        if (missing.isEmpty()) {
            return;
        }
        StringBuilder joined = new StringBuilder();
        int[] offsets = new int[missing.size()];
        for (int k = 0; k < missing.size(); k++) {
            int[] seg = segments.get(missing.get(k));
            if (seg[0] != 0) {
                joined.append(' ');
            }
            offsets[k] = joined.length();
            joined.append(text, seg[0], seg[1]);
        }
        int[] last = segments.get(missing.get(missing.size() - 1));
        if (last[1] != text.length()) {
            joined.append(' ');
        }
        List<List<int[]>> perSegment = new ArrayList<>();
        List<List<String>> posPerSegment = new ArrayList<>();
        for (int k = 0; k < missing.size(); k++) {
            perSegment.add(new ArrayList<>());
            posPerSegment.add(new ArrayList<>());
        }
        int k = 0;
        try (JapaneseTokenizer tokenizer = new JapaneseTokenizer(null, true, JapaneseTokenizer.Mode.NORMAL)) {
            OffsetAttribute offset = tokenizer.addAttribute(OffsetAttribute.class);
            PartOfSpeechAttribute pos = tokenizer.addAttribute(PartOfSpeechAttribute.class);
            tokenizer.setReader(new StringReader(joined.toString()));
            tokenizer.reset();
            while (tokenizer.incrementToken()) {
                while (k + 1 < offsets.length && offset.startOffset() >= offsets[k + 1]) {
                    k++;
                }
                perSegment.get(k).add(new int[] {offset.startOffset() - offsets[k], offset.endOffset() - offsets[k]});
                posPerSegment.get(k).add(pos.getPartOfSpeech());
            }
            tokenizer.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        for (k = 0; k < missing.size(); k++) {
            found[missing.get(k)] = segmentTokens(perSegment.get(k), posPerSegment.get(k));
        }
    }

    private static SegmentTokens segmentTokens(List<int[]> spans, List<String> pos) {
        int[] bounds = new int[spans.size() * 2];
        for (int i = 0; i < spans.size(); i++) {
            bounds[2 * i] = spans.get(i)[0];
            bounds[2 * i + 1] = spans.get(i)[1];
        }
        return new SegmentTokens(bounds, pos.toArray(String[]::new));
    }

    private static List<Token> tokens(String text, List<int[]> segments, SegmentTokens[] found) {
        int count = 0;
        for (SegmentTokens t : found) {
            count += t.pos().length;
        }
        List<Token> tokens = new ArrayList<>(count);
        for (int i = 0; i < segments.size(); i++) {
            int base = segments.get(i)[0];
            SegmentTokens t = found[i];
            for (int j = 0; j < t.pos().length; j++) {
                int start = base + t.bounds()[2 * j];
                int end = base + t.bounds()[2 * j + 1];
                tokens.add(new Token(text, start, end, t.pos()[j]));
            }
        }
        return tokens;
    }
}
