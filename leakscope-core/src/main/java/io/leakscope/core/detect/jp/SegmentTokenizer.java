package io.leakscope.core.detect.jp;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
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
    }

    /** The tokens of a text in flat arrays: a text has many, and most are never looked at as words. */
    static final class Tokens {
        private final char[] text;
        private String asString;
        private int[] bounds;
        private String[] pos;
        private int size;

        private Tokens(char[] text, int capacity) {
            this.text = text;
            this.bounds = new int[2 * Math.max(capacity, 1)];
            this.pos = new String[Math.max(capacity, 1)];
        }

        int size() {
            return size;
        }

        int start(int i) {
            return bounds[2 * i];
        }

        int end(int i) {
            return bounds[2 * i + 1];
        }

        boolean is(int i, String p) {
            return pos[i] != null && pos[i].startsWith(p);
        }

        Token get(int i) {
            if (asString == null) {
                asString = new String(text);
            }
            return new Token(asString, start(i), end(i), pos[i]);
        }

        List<Token> asList() {
            List<Token> list = new ArrayList<>(size);
            for (int i = 0; i < size; i++) {
                list.add(get(i));
            }
            return list;
        }

        private void add(int start, int end, String partOfSpeech) {
            if (size == pos.length) {
                bounds = Arrays.copyOf(bounds, 4 * size);
                pos = Arrays.copyOf(pos, 2 * size);
            }
            bounds[2 * size] = start;
            bounds[2 * size + 1] = end;
            pos[size++] = partOfSpeech;
        }
    }

    /** Tokens of one segment, offsets relative to its start. */
    record SegmentTokens(int[] bounds, String[] pos) {
    }

    /** Longer segments are analysed every time: rarely repeated, and they would fill the memory. */
    private static final int MAX_REMEMBERED_LENGTH = 200;
    /** Parts of speech of the runs of an ASCII segment, by {@link AsciiRuns#shape}: a few dozen shapes. */
    private static final AtomicReferenceArray<String[]> SHAPES = new AtomicReferenceArray<>(AsciiRuns.SHAPES);
    private static final ThreadLocal<SegmentMemory> MEMORY = ThreadLocal.withInitial(SegmentMemory::new);
    private static final boolean[] SPACE = spaceCharacters();

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
    static Tokens tokenize(String text) {
        return tokenize(text.toCharArray(), true);
    }

    /**
     * As {@link #tokenize(String)}, without the tokens of segments of ASCII digits alone when {@code numbers}
     * is false: most segments of business tables (73 % on the bench corpus), each a single 名詞-数 token
     * that most users of the tokens pass over.
     */
    static Tokens tokenize(char[] text, boolean numbers) {
        Segments segments = Segments.of(text, numbers);
        int count = segments.count;
        SegmentTokens[] found = new SegmentTokens[count];
        String[][] asciiPos = new String[count][];
        int[] shapes = new int[count];
        SegmentMemory memory = MEMORY.get();
        List<Integer> missing = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            int start = segments.start(i);
            int end = segments.end(i);
            int runs = segments.asciiRuns[i];
            if (runs > 0) {
                shapes[i] = AsciiRuns.shape(text, start, edges(text, start, end), runs);
                asciiPos[i] = SHAPES.get(shapes[i]);
            } else if (end - start <= MAX_REMEMBERED_LENGTH) {
                found[i] = memory.get(text, start, end, edges(text, start, end));
            }
            if (found[i] == null && asciiPos[i] == null) {
                missing.add(i);
            }
        }
        analyse(text, segments, missing, found);
        for (int i : missing) {
            int start = segments.start(i);
            int end = segments.end(i);
            if (segments.asciiRuns[i] < 0 && end - start <= MAX_REMEMBERED_LENGTH) {
                memory.put(text, start, end, edges(text, start, end), found[i]);
            } else if (segments.asciiRuns[i] > 0 && Arrays.equals(found[i].bounds(), AsciiRuns.of(text, start, end))) {
                SHAPES.compareAndSet(shapes[i], null, found[i].pos()); // only when Kuromoji did take the runs as its tokens
            }
        }
        return tokens(text, segments, found, asciiPos);
    }

    /**
     * The segments of a text — maximal runs of characters that are not SPACE characters — read in one
     * pass with the number of runs of each ASCII segment ({@link AsciiRuns#count}; -1 for the others).
     * Segments of digits alone are left out when their tokens are not wanted.
     */
    private static final class Segments {
        private int[] bounds = new int[32];
        private int[] asciiRuns = new int[16];
        private int count;

        static Segments of(char[] text, boolean numbers) {
            Segments segments = new Segments();
            int i = 0;
            int n = text.length;
            while (i < n) {
                while (i < n && SPACE[text[i]]) {
                    i++;
                }
                int start = i;
                int runs = 0;
                int previous = -1;
                while (i < n && !SPACE[text[i]]) {
                    if (runs >= 0) {
                        int kind = AsciiRuns.kind(text[i]);
                        if (kind < 0) {
                            runs = -1;
                        } else if (kind != previous) {
                            runs++;
                            previous = kind;
                        }
                    }
                    i++;
                }
                if (i > start && (numbers || runs != 1 || previous != AsciiRuns.DIGIT)) {
                    segments.add(start, i, runs > AsciiRuns.MAX_RUNS ? -1 : runs);
                }
            }
            return segments;
        }

        private void add(int start, int end, int runs) {
            if (count == asciiRuns.length) {
                bounds = Arrays.copyOf(bounds, 4 * count);
                asciiRuns = Arrays.copyOf(asciiRuns, 2 * count);
            }
            bounds[2 * count] = start;
            bounds[2 * count + 1] = end;
            asciiRuns[count++] = runs;
        }

        int start(int i) {
            return bounds[2 * i];
        }

        int end(int i) {
            return bounds[2 * i + 1];
        }
    }

    /** Whether a segment opens (1) and closes (2) the text: Kuromoji reads the edges of a text differently from a space. */
    private static int edges(char[] text, int start, int end) {
        return (start == 0 ? 1 : 0) | (end == text.length ? 2 : 0);
    }

    /**
     * Runs Kuromoji once over the missing segments, joined by spaces. A segment opening the text goes
     * first with nothing before it, one closing the text last with nothing after it, every other
     * segment between spaces — each in the context it has in the text.
     */
    private static void analyse(char[] text, Segments segments, List<Integer> missing, SegmentTokens[] found) {
        if (missing.isEmpty()) {
            return;
        }
        StringBuilder joined = new StringBuilder();
        int[] offsets = new int[missing.size()];
        for (int k = 0; k < missing.size(); k++) {
            int i = missing.get(k);
            if (segments.start(i) != 0) {
                joined.append(' ');
            }
            offsets[k] = joined.length();
            joined.append(text, segments.start(i), segments.end(i) - segments.start(i));
        }
        if (segments.end(missing.get(missing.size() - 1)) != text.length) {
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

    private static Tokens tokens(char[] text, Segments segments, SegmentTokens[] found, String[][] asciiPos) {
        Tokens tokens = new Tokens(text, segments.count);
        for (int i = 0; i < found.length; i++) {
            int base = segments.start(i);
            if (found[i] != null) {
                SegmentTokens t = found[i];
                for (int j = 0; j < t.pos().length; j++) {
                    tokens.add(base + t.bounds()[2 * j], base + t.bounds()[2 * j + 1], t.pos()[j]);
                }
            } else {
                addRuns(tokens, text, base, segments.end(i), asciiPos[i]);
            }
        }
        return tokens;
    }

    /** The runs of letters and of digits of an ASCII segment, with the parts of speech of its shape. */
    private static void addRuns(Tokens tokens, char[] text, int start, int end, String[] pos) {
        int run = 0;
        int runStart = start;
        for (int i = start + 1; i <= end; i++) {
            if (i == end || AsciiRuns.kind(text[i]) != AsciiRuns.kind(text[i - 1])) {
                tokens.add(runStart, i, pos[run++]);
                runStart = i;
            }
        }
    }
}
