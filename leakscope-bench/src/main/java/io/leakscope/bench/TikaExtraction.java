package io.leakscope.bench;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.apache.tika.io.TikaInputStream;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.metadata.TikaCoreProperties;
import org.apache.tika.parser.AutoDetectParser;
import org.apache.tika.parser.ParseContext;
import org.apache.tika.parser.Parser;
import org.apache.tika.parser.ocr.TesseractOCRConfig;
import org.apache.tika.sax.BodyContentHandler;

/**
 * The baseline: plain Apache Tika text extraction of a list of files (AutoDetectParser, embedded
 * documents included, OCR off, text kept whole), on a pool of threads. Run in the bench's JVM once
 * warm, and in a JVM of its own as a user running Tika on the leak would ({@link #main}).
 */
final class TikaExtraction {
    private TikaExtraction() {
    }

    /**
     * A fresh JVM's run: {@code java … TikaExtraction LIST THREADS}, LIST a file of paths, one a line.
     */
    public static void main(String[] args) throws Exception {
        List<Path> files = Files.readAllLines(Path.of(args[0]), StandardCharsets.UTF_8).stream().map(Path::of).toList();
        extract(files, null, null, Integer.parseInt(args[1]));
    }

    /**
     * @param texts where to write each file's text (named after its path under root), or null
     * @return how many files Tika failed on
     */
    static long extract(List<Path> files, Path root, Path texts, int threads) throws Exception {
        AutoDetectParser parser = new AutoDetectParser();
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        List<Future<Boolean>> done = new ArrayList<>();
        for (Path f : files) {
            done.add(pool.submit(() -> extractOne(parser, f, root, texts)));
        }
        long failed = 0;
        for (Future<Boolean> d : done) {
            failed += d.get() ? 0 : 1;
        }
        pool.shutdown();
        pool.awaitTermination(1, TimeUnit.MINUTES);
        return failed;
    }

    private static boolean extractOne(AutoDetectParser parser, Path f, Path root, Path texts) throws Exception {
        BodyContentHandler text = new BodyContentHandler(-1);
        Metadata md = new Metadata();
        md.set(TikaCoreProperties.RESOURCE_NAME_KEY, f.getFileName().toString());
        ParseContext context = new ParseContext();
        context.set(Parser.class, parser);
        TesseractOCRConfig noOcr = new TesseractOCRConfig();
        noOcr.setSkipOcr(true);
        context.set(TesseractOCRConfig.class, noOcr);
        boolean read = true;
        try (TikaInputStream in = TikaInputStream.get(f)) {
            parser.parse(in, text, md, context);
        } catch (Exception | StackOverflowError e) {
            read = false;
        }
        if (texts != null) {
            Path out = texts.resolve(root.relativize(f).toString().replace('/', '_') + ".txt");
            Files.writeString(out, text.toString(), StandardCharsets.UTF_8);
        }
        return read;
    }
}
