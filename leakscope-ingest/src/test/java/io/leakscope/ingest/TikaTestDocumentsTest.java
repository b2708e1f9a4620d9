package io.leakscope.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import io.leakscope.core.model.ExtractedDocument;
import io.leakscope.core.model.Table;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.metadata.TikaCoreProperties;
import org.apache.tika.parser.AutoDetectParser;
import org.apache.tika.parser.ParseContext;
import org.apache.tika.parser.Parser;
import org.apache.tika.parser.ocr.TesseractOCRConfig;
import org.apache.tika.sax.BodyContentHandler;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Apache Tika's own test documents (real-world and deliberately broken files of eleven parser
 * modules, unpacked from Tika's test jars by the build): every document whose text plain Tika reads
 * is read by leakscope too — its text, tables and members together hold at least half the letters
 * and digits Tika's text holds — or it is listed, with the reason, in
 * {@code tika-test-documents.tsv}. A listed document that leakscope now reads fails the test too, so
 * the list stays the true list of differences. Read as a scan reads them: in the parser process,
 * archive members and attachments read in turn.
 */
class TikaTestDocumentsTest {
    private static final Path DOCS = Path.of("target/tika-test-documents");
    /** Fewer letters and digits than this in Tika's text: nothing to compare (a title, a page number). */
    private static final int SOME_TEXT = 40;
    private static final double READ_SHARE = 0.5;
    private static final int MAX_DEPTH = 6;

    @TempDir
    Path tmp;

    /** What each side read of one document. */
    record Compared(String document, long tika, long leakscope, String outcome) {
        boolean tikaReadText() {
            return tika >= SOME_TEXT;
        }

        boolean leakscopeReadIt() {
            return leakscope >= READ_SHARE * tika;
        }
    }

    @Test
    void whatTikaReadsLeakscopeReadsOrSaysWhyNot() throws Exception {
        List<Path> documents = documents();
        assertThat(documents).as("the build unpacks Tika's test documents").hasSizeGreaterThan(500);
        Map<String, String> documented = documentedDifferences();
        List<Compared> compared = compareAll(documents);

        Path table = Path.of("target/tika-test-documents.tsv");
        Files.write(table, compared.stream().map(c -> c.document() + "\t" + c.tika() + "\t" + c.leakscope() + "\t" + c.outcome()).toList(),
                StandardCharsets.UTF_8);
        List<String> missed = new ArrayList<>();
        List<String> nowRead = new ArrayList<>();
        for (Compared c : compared) {
            boolean differs = c.tikaReadText() && !c.leakscopeReadIt();
            if (differs && !documented.containsKey(c.document())) {
                missed.add(c.document() + " (Tika " + c.tika() + ", leakscope " + c.leakscope() + ", " + c.outcome() + ")");
            } else if (!differs && documented.containsKey(c.document())) {
                nowRead.add(c.document() + " (Tika " + c.tika() + ", leakscope " + c.leakscope() + ")");
            }
        }
        System.out.printf("Tika's test documents: %d, Tika reads text in %d, leakscope reads those in %d, documented differences %d (table: %s)%n",
                compared.size(), compared.stream().filter(Compared::tikaReadText).count(),
                compared.stream().filter(c -> c.tikaReadText() && c.leakscopeReadIt()).count(), documented.size(), table);
        assertThat(missed).as("read by Tika, not by leakscope, and no reason in tika-test-documents.tsv").isEmpty();
        assertThat(nowRead).as("listed as a difference in tika-test-documents.tsv, but read now: remove the line").isEmpty();
        assertThat(documented.keySet()).as("every listed document exists").allMatch(d -> Files.exists(DOCS.resolve(d)));
    }

    private static List<Path> documents() throws IOException {
        try (Stream<Path> files = Files.walk(DOCS)) {
            return files.filter(Files::isRegularFile).sorted().toList();
        }
    }

    private static Map<String, String> documentedDifferences() throws IOException {
        Map<String, String> reasons = new LinkedHashMap<>();
        try (InputStream in = TikaTestDocumentsTest.class.getResourceAsStream("/tika-test-documents.tsv")) {
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] f = line.split("\t", 2);
                assertThat(f).as("document<TAB>reason: " + line).hasSize(2);
                assertThat(f[1].trim()).as("a reason for " + f[0]).isNotEmpty();
                reasons.put(f[0], f[1]);
            }
        }
        return reasons;
    }

    private List<Compared> compareAll(List<Path> documents) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try (ForkedReader reader = new ForkedReader(IngestLimits.DEFAULT.withPerFileSeconds(60), tmp, false, 2, 512)) {
            AutoDetectParser tika = new AutoDetectParser();
            List<Future<Compared>> futures = new ArrayList<>();
            for (Path d : documents) {
                futures.add(pool.submit(() -> compare(d, tika, reader)));
            }
            List<Compared> compared = new ArrayList<>();
            for (Future<Compared> f : futures) {
                compared.add(f.get());
            }
            return compared;
        } finally {
            pool.shutdownNow();
            pool.awaitTermination(1, TimeUnit.MINUTES);
        }
    }

    private static Compared compare(Path document, AutoDetectParser tika, ForkedReader reader) {
        String name = DOCS.relativize(document).toString();
        long tikaChars = lettersAndDigits(tikaText(tika, document));
        Map<String, Integer> outcomes = new TreeMap<>();
        long ours = readWithMembers(reader, document.getFileName().toString(), new Blob.OnDisk(document.toAbsolutePath(), size(document), false), 0, outcomes);
        return new Compared(name, tikaChars, ours, outcomes.toString());
    }

    private static long readWithMembers(ForkedReader reader, String path, Blob blob, int depth, Map<String, Integer> outcomes) {
        Outcome o = reader.read(path, blob);
        outcomes.merge(o.status() + (o.reason() == null ? "" : " " + o.reason().split(":")[0]), 1, Integer::sum);
        long chars = o.document() == null ? 0 : lettersAndDigits(o.document());
        for (Outcome.Child child : o.children()) {
            if (child.blob() == null) {
                outcomes.merge("member " + child.status() + " " + child.reason().split(":")[0], 1, Integer::sum);
            } else if (depth < MAX_DEPTH) {
                chars += readWithMembers(reader, path + "!/" + child.name(), child.blob(), depth + 1, outcomes);
            }
            if (child.blob() instanceof Blob.OnDisk d) {
                try {
                    d.release();
                } catch (IOException e) {
                    // a temporary copy: the test's folder goes anyway
                }
            }
        }
        return chars;
    }

    private static String tikaText(AutoDetectParser parser, Path document) {
        BodyContentHandler text = new BodyContentHandler(-1);
        Metadata md = new Metadata();
        md.set(TikaCoreProperties.RESOURCE_NAME_KEY, document.getFileName().toString());
        ParseContext context = new ParseContext();
        context.set(Parser.class, parser);
        TesseractOCRConfig noOcr = new TesseractOCRConfig();
        noOcr.setSkipOcr(true);
        context.set(TesseractOCRConfig.class, noOcr);
        try (InputStream in = org.apache.tika.io.TikaInputStream.get(document)) {
            parser.parse(in, text, md, context);
        } catch (Exception | StackOverflowError | OutOfMemoryError e) {
            // what Tika read before it failed still counts as read
        }
        return text.toString();
    }

    private static long lettersAndDigits(ExtractedDocument doc) {
        long n = lettersAndDigits(doc.text());
        for (Table t : doc.tables()) {
            for (List<String> row : t.rows()) {
                for (String cell : row) {
                    n += lettersAndDigits(cell);
                }
            }
        }
        return n;
    }

    private static long lettersAndDigits(String s) {
        return s == null ? 0 : s.codePoints().filter(Character::isLetterOrDigit).count();
    }

    private static long size(Path p) {
        try {
            return Files.size(p);
        } catch (IOException e) {
            return 0;
        }
    }
}
