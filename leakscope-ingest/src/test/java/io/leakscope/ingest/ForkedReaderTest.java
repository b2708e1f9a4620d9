package io.leakscope.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Parsing in worker processes: same outcomes as in this process, and a bad file costs only its worker. */
class ForkedReaderTest {
    @TempDir
    Path tmp;

    @Test
    void aWorkerGivesTheSameOutcomeAsThisProcess() throws Exception {
        byte[] csv = "社員番号,氏名\r\n1001,髙橋 一郎\r\n".getBytes(Charset.forName("windows-31j"));
        byte[] docx = docx("担当：山田 太郎　携帯：090-1234-5678");
        byte[] zip = TestFiles.zip("人事/名簿.csv", csv);
        Path onDisk = Files.write(tmp.resolve("memo.docx"), docx);
        DocumentReader here = new DocumentReader(IngestLimits.DEFAULT, tmp);
        try (ForkedReader forked = new ForkedReader(IngestLimits.DEFAULT, tmp, false, 1, 256)) {
            assertSame(here.read("名簿.csv", new Blob.InMemory(csv)), forked.read("名簿.csv", new Blob.InMemory(csv)));
            assertSame(here.read("memo.docx", new Blob.OnDisk(onDisk, docx.length, false)),
                    forked.read("memo.docx", new Blob.OnDisk(onDisk, docx.length, false)));
            Outcome archive = forked.read("a.zip", new Blob.InMemory(zip));
            assertSame(here.read("a.zip", new Blob.InMemory(zip)), archive);
            Outcome member = forked.read("a.zip!/人事/名簿.csv", archive.children().get(0).blob());
            assertThat(member.document().tables().get(0).rows().get(1)).containsExactly("1001", "髙橋 一郎");
        }
    }

    @Test
    void aFileExhaustingTheWorkersHeapIsTooLargeAndTheNextFileIsRead() throws Exception {
        Path big = tmp.resolve("huge.txt");
        try (OutputStream out = Files.newOutputStream(big)) {
            byte[] line = "the quick brown fox jumps over the lazy dog 0123456789\n".getBytes(StandardCharsets.US_ASCII);
            for (int i = 0; i < 1_200_000; i++) {
                out.write(line);
            }
        }
        try (ForkedReader forked = new ForkedReader(IngestLimits.DEFAULT, tmp, false, 1, 64)) {
            Outcome o = forked.read("huge.txt", new Blob.OnDisk(big, Files.size(big), false));
            assertThat(o.status()).isEqualTo(Outcome.Status.FAILED);
            assertThat(o.reason()).isEqualTo("too_large: the parser ran out of memory (limit 64 MB)");
            assertThat(forked.read("next.txt", text("氏名：山田 太郎")).document().text()).contains("山田 太郎");
        }
    }

    @Test
    void aHangingParserIsKilledAtTheTimeLimitAndACrashIsRecorded() throws Exception {
        List<String> command = ForkedReader.javaCommand(128, tmp, MisbehavingWorker.class.getName(),
                ReaderWorker.arguments(IngestLimits.DEFAULT, tmp, false));
        try (ForkedReader forked = new ForkedReader(command, 3, 1, 128)) {
            long start = System.nanoTime();
            Outcome hung = forked.read("hang.pdf", text("x"));
            assertThat(hung.reason()).isEqualTo("timeout: reading took over 3 s (reader process killed)");
            assertThat((System.nanoTime() - start) / 1_000_000_000.0).as("seconds until given up").isLessThan(30);
            assertThat(forked.read("crash.doc", text("x")).reason()).isEqualTo("crash: the reader process ended with status 134");
            assertThat(forked.read("memo.txt", text("ok")).status()).isEqualTo(Outcome.Status.DONE);
        }
    }

    private static Blob text(String s) {
        return new Blob.InMemory(s.getBytes(StandardCharsets.UTF_8));
    }

    private static void assertSame(Outcome expected, Outcome actual) {
        assertThat(actual.status()).isEqualTo(expected.status());
        assertThat(actual.mediaType()).isEqualTo(expected.mediaType());
        assertThat(actual.reason()).isEqualTo(expected.reason());
        assertThat(actual.document()).isEqualTo(expected.document());
        assertThat(actual.children()).extracting(Outcome.Child::name, Outcome.Child::status, Outcome.Child::reason)
                .containsExactlyElementsOf(expected.children().stream().map(c -> org.assertj.core.groups.Tuple.tuple(c.name(), c.status(), c.reason())).toList());
    }

    private static byte[] docx(String paragraph) throws IOException {
        try (XWPFDocument doc = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            doc.createParagraph().createRun().setText(paragraph);
            doc.write(out);
            return out.toByteArray();
        }
    }

}
