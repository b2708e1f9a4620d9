package io.leakscope.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import io.leakscope.core.model.ExtractedDocument;
import io.leakscope.generator.LeakGenerator;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OutcomesByContentTest {
    @TempDir
    Path tmp;

    /**
     * The promise the scan relies on: for every file of a generated leak, what the memory gives for
     * a renamed copy in another folder equals what reading the copy gives.
     */
    @Test
    void aCopyGetsWhatReadingItWhereItLiesGives() throws Exception {
        Path sample = tmp.resolve("sample");
        new LeakGenerator(5L, LeakGenerator.Sizes.DEMO).generate(sample);
        DocumentReader reader = new DocumentReader(IngestLimits.DEFAULT, tmp);
        OutcomesByContent memory = new OutcomesByContent(OutcomesByContent.DEFAULT_MAX_BYTES);
        Set<String> typesCompared = new HashSet<>();
        List<Path> files;
        try (Stream<Path> walk = Files.walk(sample.resolve("leak"))) {
            files = walk.filter(Files::isRegularFile).toList();
        }
        for (Path f : files) {
            byte[] bytes = Files.readAllBytes(f);
            String sha = Hashing.sha256(new Blob.InMemory(bytes));
            String original = sample.relativize(f).toString();
            String copy = "backup/2024/コピー - " + f.getFileName();
            Outcome first = reader.read(original, new Blob.InMemory(bytes));
            memory.remember(sha, original, first);
            Outcome read = reader.read(copy, new Blob.InMemory(bytes));
            if (!OutcomesByContent.dependsOnContentAlone(first) || !OutcomesByContent.key(sha, original).equals(OutcomesByContent.key(sha, copy))) {
                assertThat(memory.copyAt(sha, copy)).as(original).isEmpty(); // a name without an extension is its own key: read again
                continue;
            }
            assertThat(memory.copyAt(sha, copy)).as(original).contains(read);
            typesCompared.add(first.mediaType());
        }
        assertThat(typesCompared).as("formats compared").contains("text/csv",
                "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                "application/vnd.openxmlformats-officedocument.wordprocessingml.document", "application/pdf", "message/rfc822");
        assertThat(memory.copies()).isGreaterThan(20);
    }

    /** A memory that has read {@code csv} at {@code path}, its content's hash being "h". */
    private OutcomesByContent havingRead(String path, String csv) {
        OutcomesByContent memory = new OutcomesByContent(OutcomesByContent.DEFAULT_MAX_BYTES);
        memory.remember("h", path, new DocumentReader(IngestLimits.DEFAULT, tmp).read(path, new Blob.InMemory(csv.getBytes(StandardCharsets.UTF_8))));
        return memory;
    }

    @Test
    void aDelimitedCopysTableIsNamedAfterTheCopy() {
        OutcomesByContent memory = havingRead("人事/社員名簿.csv", "社員番号,氏名\n1001,山田 太郎\n");
        ExtractedDocument copy = memory.copyAt("h", "退職者/退職者一覧.csv").orElseThrow().document();
        assertThat(copy.path()).isEqualTo("退職者/退職者一覧.csv");
        assertThat(copy.tables().get(0).name()).isEqualTo("退職者一覧.csv");
    }

    @Test
    void anotherExtensionIsAnotherReading() {
        OutcomesByContent memory = havingRead("x.csv", "a,b\n1,2\n");
        assertThat(memory.copyAt("h", "x.txt")).isEmpty();
        assertThat(memory.copyAt("h", "y.CSV")).isPresent();
        assertThat(memory.copyAt("other", "x.csv")).isEmpty();
    }

    @Test
    void containersAndMomentaryFailuresAreReadAgain() throws Exception {
        OutcomesByContent memory = new OutcomesByContent(OutcomesByContent.DEFAULT_MAX_BYTES);
        Outcome zip = new DocumentReader(IngestLimits.DEFAULT, tmp).read("a.zip",
                new Blob.InMemory(TestFiles.zip("m.txt", "x".getBytes(StandardCharsets.UTF_8))));
        memory.remember("z", "a.zip", zip);
        memory.remember("t", "t.pdf", Outcome.failed("application/pdf", "timeout: reading took over 60 s (reader process killed)"));
        memory.remember("m", "m.pdf", Outcome.failed("application/pdf", "too_large: the parser ran out of memory (limit 1024 MB)"));
        memory.remember("c", "c.pdf", Outcome.failed(null, "crash: the reader process ended with status 134"));
        memory.remember("e", "e.docx", Outcome.failed("application/x-tika-ooxml-protected", "encrypted"));
        assertThat(memory.copyAt("z", "b.zip")).isEmpty();
        assertThat(memory.copyAt("t", "t.pdf")).isEmpty();
        assertThat(memory.copyAt("m", "m.pdf")).isEmpty();
        assertThat(memory.copyAt("c", "c.pdf")).isEmpty();
        assertThat(memory.copyAt("e", "f.docx")).contains(Outcome.failed("application/x-tika-ooxml-protected", "encrypted"));
    }

    @Test
    void theLeastRecentlyUsedGoFirstWithinTheBound() {
        OutcomesByContent memory = new OutcomesByContent(64 << 10);
        java.util.Random random = new java.util.Random(3);
        for (int i = 0; i < 40; i++) {
            StringBuilder text = new StringBuilder();
            for (int c = 0; c < 4000; c++) {
                text.append((char) ('一' + random.nextInt(2000))); // hardly compressible
            }
            memory.remember("h" + i, "d.txt", Outcome.done("text/plain", new ExtractedDocument("d.txt", "text/plain", text.toString(), List.of()), List.of()));
            assertThat(memory.copyAt("h0", "d.txt")).as("kept while used").isPresent();
        }
        assertThat(memory.copyAt("h1", "d.txt")).as("dropped").isEmpty();
        assertThat(memory.copyAt("h39", "d.txt")).isPresent();
    }
}
