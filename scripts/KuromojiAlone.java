import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.apache.lucene.analysis.ja.JapaneseTokenizer;

/**
 * Kuromoji alone on what the name recognizer must have it read: every distinct segment between
 * whitespace that is not all ASCII, of the distinct texts of a folder, each once. The floor of the
 * name recognizer on that text: its segment memory spares the repeats, nothing spares the rest.
 *
 * <pre>
 * java -Xmx6g -cp "BUILD/*" scripts/KuromojiAlone.java TEXTS [ROUNDS]
 * </pre>
 *
 * BUILD is a folder of the CLI jar and its dependencies (as for RecognizerAB), TEXTS a folder of
 * extracted texts (bench scan keeps them in DIR/texts). Prints characters, UTF-8 megabytes, tokens
 * and the rate of each round (round 0 with a cold JIT).
 */
public class KuromojiAlone {
    private static final int CHUNK_CHARS = 100_000;

    public static void main(String[] args) throws IOException {
        Set<String> segments = distinctSegments(Path.of(args[0]));
        long chars = segments.stream().mapToLong(String::length).sum();
        long bytes = segments.stream().mapToLong(s -> s.getBytes(StandardCharsets.UTF_8).length).sum();
        List<String> chunks = chunks(segments);
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 4;
        for (int round = 0; round < rounds; round++) {
            long start = System.nanoTime();
            long tokens = 0;
            for (String chunk : chunks) {
                tokens += tokenCount(chunk);
            }
            double seconds = (System.nanoTime() - start) / 1e9;
            System.out.printf("round %d: %,d chars (%.1f MB UTF-8) in %,d segments, %,d tokens, %.2f s = %.2f M chars/s, %.1f MB/s%n",
                    round, chars, bytes / 1048576.0, segments.size(), tokens, seconds, chars / seconds / 1e6, bytes / 1048576.0 / seconds);
        }
    }

    private static Set<String> distinctSegments(Path folder) throws IOException {
        Set<String> texts = new HashSet<>();
        Set<String> segments = new LinkedHashSet<>();
        try (Stream<Path> files = Files.list(folder)) {
            for (Path file : files.sorted().toList()) {
                String text = Files.readString(file);
                if (texts.add(text)) {
                    addSegments(text, segments);
                }
            }
        }
        return segments;
    }

    private static void addSegments(String text, Set<String> segments) {
        int i = 0;
        while (i < text.length()) {
            while (i < text.length() && Character.isWhitespace(text.charAt(i))) {
                i++;
            }
            int start = i;
            boolean ascii = true;
            while (i < text.length() && !Character.isWhitespace(text.charAt(i))) {
                ascii &= text.charAt(i) < 0x80;
                i++;
            }
            if (i > start && !ascii) {
                segments.add(text.substring(start, i));
            }
        }
    }

    /** The segments joined by spaces (a space is a boundary Kuromoji's lattice always passes), in chunks. */
    private static List<String> chunks(Set<String> segments) {
        List<String> chunks = new ArrayList<>();
        StringBuilder chunk = new StringBuilder();
        for (String segment : segments) {
            chunk.append(segment).append(' ');
            if (chunk.length() > CHUNK_CHARS) {
                chunks.add(chunk.toString());
                chunk.setLength(0);
            }
        }
        chunks.add(chunk.toString());
        return chunks;
    }

    private static long tokenCount(String text) throws IOException {
        long tokens = 0;
        try (JapaneseTokenizer tokenizer = new JapaneseTokenizer(null, true, JapaneseTokenizer.Mode.NORMAL)) {
            tokenizer.setReader(new StringReader(text));
            tokenizer.reset();
            while (tokenizer.incrementToken()) {
                tokens++;
            }
            tokenizer.end();
        }
        return tokens;
    }
}
