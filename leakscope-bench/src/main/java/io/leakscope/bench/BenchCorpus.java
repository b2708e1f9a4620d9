package io.leakscope.bench;

import io.leakscope.generator.LeakGenerator;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.stream.Stream;

/**
 * A benchmark leak of a given number of files and bytes: department folders of business documents
 * without personal data ({@link FillerDocuments}), and in every fiftieth folder a copy of a
 * generated leak with its people. Documents are drawn from a pool of distinct files and hard-linked
 * into place, so a gigabyte costs a pool's worth of disk and minutes, not hours, to build. The
 * corpus is split into four quarters; {@code view(0.25)} and {@code view(0.5)} are trees of hard
 * links to the first quarter(s), so that runs over 0.25, 0.5 and 1 × the corpus read the same files.
 */
final class BenchCorpus implements BenchLeak {
    private static final int FILES_PER_FOLDER = 25;
    private static final int LEAK_EVERY = 50;

    private final Path dir;
    private final int poolSize;

    /** @param poolSize how many distinct documents the corpus is drawn from */
    BenchCorpus(Path dir, int poolSize) {
        this.dir = dir;
        this.poolSize = poolSize;
    }

    Path full() {
        return dir.resolve("corpus-1");
    }

    @Override
    public Path caseConfig(double fraction) {
        return dir.resolve("sample/case.yaml");
    }

    @Override
    public Path tree(double fraction) throws IOException {
        return view(fraction);
    }

    /** Builds the corpus unless it is there already (a marker file records a finished build). */
    void build(int files, long bytes, long seed, PrintStream log) throws IOException {
        if (Files.exists(dir.resolve("built"))) {
            return;
        }
        Path sample = dir.resolve("sample");
        new LeakGenerator(seed, LeakGenerator.Sizes.DEMO).generate(sample);
        List<Path> leakFiles = list(sample.resolve("leak"));
        List<Path> pool = pool(seed, log);
        double wantedAverage = (double) bytes / files;
        Draw draw = new Draw(pool, new Random(seed));
        long written = 0;
        int made = 0;
        for (int folder = 0; made < files; folder++) {
            String dept = String.format("部署-%05d", folder);
            if (folder % LEAK_EVERY == 0) {
                for (Path f : leakFiles) {
                    link(f, place(made, files, dept).resolve("人事").resolve(sample.resolve("leak").relativize(f).toString()));
                    written += Files.size(f);
                    made++;
                }
            }
            for (int i = 0; i < FILES_PER_FOLDER && made < files; i++) {
                boolean needBigger = made > 0 && (double) written / made < wantedAverage;
                Path f = draw.next(needBigger);
                link(f, place(made, files, dept).resolve(String.format("%03d_%s", i, f.getFileName())));
                written += Files.size(f);
                made++;
            }
        }
        Files.writeString(dir.resolve("built"), made + " files, " + written + " bytes\n");
        log.printf("corpus: %,d files, %,d MB%n", made, written >> 20);
    }

    /**
     * Draws pool documents without replacement from the smaller or the larger half as asked (the
     * other half when that one is used up); starts over when the whole pool has been drawn, so a
     * pool as large as the corpus gives a corpus without repeats.
     */
    private static final class Draw {
        private final List<Path> pool;
        private final Random random;
        private final ArrayDeque<Path> smaller = new ArrayDeque<>();
        private final ArrayDeque<Path> larger = new ArrayDeque<>();

        Draw(List<Path> pool, Random random) {
            this.pool = pool;
            this.random = random;
        }

        Path next(boolean bigger) {
            if (smaller.isEmpty() && larger.isEmpty()) {
                smaller.addAll(shuffled(pool.subList(0, pool.size() / 2)));
                larger.addAll(shuffled(pool.subList(pool.size() / 2, pool.size())));
            }
            ArrayDeque<Path> from = bigger ? larger : smaller;
            return (from.isEmpty() ? (bigger ? smaller : larger) : from).poll();
        }

        private List<Path> shuffled(List<Path> half) {
            List<Path> copy = new ArrayList<>(half);
            Collections.shuffle(copy, random);
            return copy;
        }
    }

    /** The folder of the n-th file: its quarter of the corpus (exact to the file), then its department. */
    private Path place(int n, int files, String dept) {
        return full().resolve("part-" + (1 + 4L * n / files)).resolve(dept);
    }

    /** The pool of distinct documents, sorted by size (the first half smaller than the second). */
    private List<Path> pool(long seed, PrintStream log) throws IOException {
        Path poolDir = Files.createDirectories(dir.resolve("pool"));
        FillerDocuments filler = new FillerDocuments(seed);
        for (int i = 0; i < poolSize; i++) {
            Map.Entry<String, byte[]> doc = filler.next(i);
            Files.write(poolDir.resolve(doc.getKey()), doc.getValue());
            if (i % 200 == 199) {
                log.printf("pool: %d/%d documents%n", i + 1, poolSize);
            }
        }
        List<Path> pool = list(poolDir);
        pool.sort(Comparator.comparingLong(BenchCorpus::size));
        return pool;
    }

    /** The tree of {@code fraction} of the corpus (0.25, 0.5 or 1): the first quarters, as hard links. */
    Path view(double fraction) throws IOException {
        if (fraction >= 1) {
            return full();
        }
        int quarters = (int) Math.round(fraction * 4);
        Path view = dir.resolve("corpus-" + fraction);
        if (!Files.exists(view)) {
            for (int q = 1; q <= quarters; q++) {
                Path part = full().resolve("part-" + q);
                for (Path f : list(part)) {
                    link(f, view.resolve(full().relativize(f).toString()));
                }
            }
        }
        return view;
    }

    /** One hard link per distinct file (inode) of the view of {@code fraction}: what the corpus holds without its repeats. */
    Path distinctView(double fraction) throws IOException {
        Path view = dir.resolve("distinct-" + fraction);
        if (!Files.exists(view)) {
            Path all = view(fraction);
            Set<Object> seen = new HashSet<>();
            for (Path f : list(all)) {
                if (seen.add(Files.getAttribute(f, "unix:ino"))) {
                    link(f, view.resolve(all.relativize(f).toString()));
                }
            }
        }
        return view;
    }

    static List<Path> list(Path root) throws IOException {
        try (Stream<Path> s = Files.walk(root)) {
            return new ArrayList<>(s.filter(Files::isRegularFile).sorted().toList());
        }
    }

    private static void link(Path existing, Path link) throws IOException {
        Files.createDirectories(link.getParent());
        Files.createLink(link, existing);
    }

    private static long size(Path p) {
        try {
            return Files.size(p);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
