package io.leakscope.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Fuzzing the parser entry point: valid files of several formats with random bytes flipped, cut
 * short or spliced, under every name. Whatever the bytes, {@link DocumentReader#read} returns an
 * outcome with a status (and a reason when not done); it never throws.
 */
class DocumentReaderFuzzTest {
    @TempDir
    Path tmp;


    @Test
    void mutatedFilesNeverEscapeAsExceptions() throws Exception {
        byte[] csv = "社員番号,氏名,電話\n1001,山田 太郎,090-1234-5678\n".getBytes(StandardCharsets.UTF_8);
        byte[] eml = ("From: 山田 <yamada@example.co.jp>\nTo: sato@example.co.jp\nSubject: x\nContent-Type: text/plain; charset=UTF-8\n\n"
                + "携帯：090-1234-5678\n").getBytes(StandardCharsets.UTF_8);
        List<byte[]> seeds = List.of(csv, eml, TestFiles.zip("a.csv", csv), TestFiles.zip("b.eml", eml),
                "%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF".getBytes(StandardCharsets.ISO_8859_1));
        List<String> names = List.of("a.csv", "b.eml", "c.zip", "d.pdf", "e.xlsx", "f.docx", "g.txt", "h.tar.gz", "i.7z", "j.mbox");
        DocumentReader reader = new DocumentReader(IngestLimits.DEFAULT, tmp);
        Random random = new Random(20241005);
        int cases = 0;
        for (int round = 0; round < 60; round++) {
            byte[] seed = seeds.get(random.nextInt(seeds.size()));
            byte[] bytes = mutate(seed, random);
            for (String name : names) {
                Outcome o = reader.read(name, new Blob.InMemory(bytes));
                assertThat(o).as(name).isNotNull();
                assertThat(o.status()).isNotNull();
                if (o.status() != Outcome.Status.DONE) {
                    assertThat(o.reason()).as(name + " needs a reason").isNotBlank();
                }
                cases++;
            }
        }
        assertThat(cases).isEqualTo(600);
    }

    private static byte[] mutate(byte[] seed, Random r) {
        byte[] b = seed.clone();
        switch (r.nextInt(3)) {
            case 0 -> {
                for (int i = 0; i < 1 + r.nextInt(8); i++) {
                    b[r.nextInt(b.length)] = (byte) r.nextInt(256);
                }
            }
            case 1 -> b = java.util.Arrays.copyOf(b, 1 + r.nextInt(b.length));
            default -> {
                byte[] junk = new byte[r.nextInt(64)];
                r.nextBytes(junk);
                byte[] spliced = new byte[b.length + junk.length];
                int at = r.nextInt(b.length);
                System.arraycopy(b, 0, spliced, 0, at);
                System.arraycopy(junk, 0, spliced, at, junk.length);
                System.arraycopy(b, at, spliced, at + junk.length, b.length - at);
                b = spliced;
            }
        }
        return b;
    }
}
