package io.leakscope.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The benchmark corpus has the size asked for, people in it, and quarter views of the same files. */
class BenchCorpusTest {
    @TempDir
    Path dir;

    @Test
    void theCorpusHasTheFilesAndSizeAskedForAndItsViewsAreQuarters() throws Exception {
        BenchCorpus corpus = new BenchCorpus(dir, 40);
        corpus.build(400, 8L << 20, 3L, new PrintStream(java.io.OutputStream.nullOutputStream()));
        List<Path> all = BenchCorpus.list(corpus.full());
        assertThat(all).hasSize(400);
        long bytes = 0;
        for (Path f : all) {
            bytes += Files.size(f);
        }
        assertThat(bytes).as("within a third of the size asked for").isBetween((8L << 20) * 2 / 3, (8L << 20) * 4 / 3);
        assertThat(all).anyMatch(p -> p.toString().contains("人事")).as("a generated leak with people is in it");
        int quarter = BenchCorpus.list(corpus.view(0.25)).size();
        int half = BenchCorpus.list(corpus.view(0.5)).size();
        assertThat(quarter).isEqualTo(100);
        assertThat(half).isEqualTo(200);
        Path first = BenchCorpus.list(corpus.view(0.25)).get(0);
        Path same = corpus.full().resolve(corpus.view(0.25).relativize(first).toString());
        assertThat(Files.isSameFile(first, same)).as("views are hard links to the corpus").isTrue();
        assertThat(corpus.caseConfig(1)).exists();
    }

    @Test
    void noPoolDocumentIsRepeatedBeforeEveryOneIsUsed() throws Exception {
        BenchCorpus corpus = new BenchCorpus(dir, 60);
        corpus.build(400, 6L << 20, 5L, new PrintStream(java.io.OutputStream.nullOutputStream()));
        java.util.Set<Object> inodes = new java.util.HashSet<>();
        long filler = 0;
        for (Path f : BenchCorpus.list(corpus.full())) {
            if (!f.toString().contains("人事")) {
                filler++;
                inodes.add(Files.readAttributes(f, java.nio.file.attribute.BasicFileAttributes.class).fileKey());
            }
        }
        assertThat(filler).isGreaterThan(60);
        assertThat(inodes).as("every pool document, none twice before that").hasSize(60);
    }
}
