package io.leakscope.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Parsing in a worker process: same outcomes as in this process, and a bad file costs only itself. */
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

    /**
     * A name in Shift_JIS bytes (copied from a Japanese Windows share) is not valid UTF-8: sent as
     * text it named no file in the worker ("corrupt: NoSuchFileException"); it reaches the worker as a
     * link of plain letters, and the link is gone afterwards.
     */
    @Test
    void aFileWhoseNameIsNotUtf8IsReadByTheWorker() throws Exception {
        Path dir = Files.createDirectories(tmp.resolve("share"));
        Process p = new ProcessBuilder("sh", "-c", "printf '\\216\\201\\226\\274,\\223\\144\\230\\142\\n1001,090-1234-5678\\n' > \"$(printf '\\226\\274\\225\\353').csv\"")
                .directory(dir.toFile()).start();
        assertThat(p.waitFor()).isZero();
        Path file;
        try (var files = Files.list(dir)) {
            file = files.findFirst().orElseThrow();
        }
        try (ForkedReader forked = new ForkedReader(IngestLimits.DEFAULT, tmp, false, 1, 256)) {
            Outcome o = forked.read("名簿.csv", new Blob.OnDisk(file, Files.size(file), false));
            assertThat(o.status()).as(o.reason()).isEqualTo(Outcome.Status.DONE);
            assertThat(o.document().tables().get(0).rows()).containsExactly(List.of("氏名", "電話"), List.of("1001", "090-1234-5678"));
        }
        try (var left = Files.list(tmp)) {
            assertThat(left.filter(f -> f.getFileName().toString().startsWith("link-")).toList()).isEmpty();
        }
    }

    @Test
    void aFileExhaustingTheWorkersHeapIsTooLargeAndTheNextFileIsRead() throws Exception {
        // a long text no longer fills the heap (it is read in parts); a table's cells are held whole
        Path big = tmp.resolve("huge.html");
        try (OutputStream out = Files.newOutputStream(big)) {
            out.write("<html><body><table>".getBytes(StandardCharsets.US_ASCII));
            byte[] row = "<tr><td>the quick brown fox jumps over the lazy dog 0123456789</td></tr>\n".getBytes(StandardCharsets.US_ASCII);
            for (int i = 0; i < 1_000_000; i++) {
                out.write(row);
            }
            out.write("</table></body></html>".getBytes(StandardCharsets.US_ASCII));
        }
        try (ForkedReader forked = new ForkedReader(IngestLimits.DEFAULT, tmp, false, 1, 64)) {
            Outcome o = forked.read("huge.html", new Blob.OnDisk(big, Files.size(big), false));
            assertThat(o.status()).isEqualTo(Outcome.Status.FAILED);
            assertThat(o.reason()).isEqualTo("too_large: the parser ran out of memory (limit 64 MB)");
            assertThat(forked.read("next.txt", text("氏名：山田 太郎")).document().text()).contains("山田 太郎");
        }
    }

    @Test
    void aHangingParserIsKilledAtTheTimeLimitAndACrashIsRecorded() throws Exception {
        try (ForkedReader forked = misbehaving(3, 1)) {
            long start = System.nanoTime();
            Outcome hung = forked.read("hang.pdf", text("x"));
            assertThat(hung.reason()).isEqualTo("timeout: reading took over 3 s (reader process killed)");
            assertThat((System.nanoTime() - start) / 1_000_000_000.0).as("seconds until given up").isLessThan(30);
            assertThat(forked.read("crash.doc", text("x")).reason()).isEqualTo("crash: the reader process ended with status 134");
            assertThat(forked.read("error.doc", text("x")).reason()).isEqualTo("crash: the reader process ended with status 1");
            assertThat(forked.read("memo.txt", text("ok")).status()).isEqualTo(Outcome.Status.DONE);
        }
    }

    @Test
    void theReadingThreadsShareOneWorkerProcess() throws Exception {
        DocumentReader here = new DocumentReader(IngestLimits.DEFAULT, tmp);
        List<byte[]> files = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            files.add(docx("担当：山田 太郎 " + i + "　携帯：090-1234-" + (5000 + i)));
        }
        try (ForkedReader forked = new ForkedReader(IngestLimits.DEFAULT, tmp, false, 3, 128)) {
            ExecutorService threads = Executors.newFixedThreadPool(3);
            List<Future<Outcome>> outcomes = new ArrayList<>();
            for (int i = 0; i < files.size(); i++) {
                Blob blob = new Blob.InMemory(files.get(i));
                String path = "memo" + i + ".docx";
                outcomes.add(threads.submit(() -> forked.read(path, blob)));
            }
            for (int i = 0; i < files.size(); i++) {
                assertSame(here.read("memo" + i + ".docx", new Blob.InMemory(files.get(i))), outcomes.get(i).get());
            }
            threads.shutdown();
            assertThat(forked.processesStarted()).isEqualTo(1);
        }
    }

    @Test
    void aFileBeingReadWhenTheWorkerCrashesIsReadAgainAloneAndOnlyTheCrashIsBlamed() throws Exception {
        try (ForkedReader forked = misbehaving(20, 2)) {
            List<Outcome> o = readBeside(forked, "patient.txt", 200, "crash.doc");
            assertThat(o.get(1).reason()).isEqualTo("crash: the reader process ended with status 134");
            assertThat(o.get(0).status()).isEqualTo(Outcome.Status.DONE);
            assertThat(o.get(0).document().text()).contains("山田 太郎");
            assertThat(forked.processesStarted()).as("the shared worker, then one reading alone").isGreaterThanOrEqualTo(2);
        }
    }

    @Test
    void aFileBeingReadWhenAHangingWorkerIsKilledIsReadAgainAlone() throws Exception {
        try (ForkedReader forked = misbehaving(6, 2)) {
            // the worker running first: each file's limit starts when the worker begins reading it, so the hanging one, begun first, is the one to time out
            assertThat(forked.read("warm.txt", text("x")).status()).isEqualTo(Outcome.Status.DONE);
            List<Outcome> o = readBeside(forked, "hang.pdf", 1500, "patient.txt");
            assertThat(o.get(0).reason()).isEqualTo("timeout: reading took over 6 s (reader process killed)");
            assertThat(o.get(1).status()).isEqualTo(Outcome.Status.DONE);
        }
    }

    /** Reads the second file from another thread while the first is being read, the given time after it starts. */
    private static List<Outcome> readBeside(ForkedReader forked, String first, long millisLater, String second) throws Exception {
        ExecutorService threads = Executors.newFixedThreadPool(2);
        try {
            Future<Outcome> a = threads.submit(() -> forked.read(first, text("氏名：山田 太郎")));
            Thread.sleep(millisLater);
            Future<Outcome> b = threads.submit(() -> forked.read(second, text("氏名：山田 太郎")));
            return List.of(a.get(), b.get());
        } finally {
            threads.shutdown();
        }
    }

    /**
     * A JVM option the user's environment adds (JAVA_TOOL_OPTIONS with a flight recording, say) may
     * print to standard output before the worker's code runs; those lines are not replies, and the
     * files are read all the same (before, every file of the scan failed as a crash).
     */
    @Test
    void whatTheWorkersJvmPrintsBeforeItStartsIsNotTakenForAReply() throws Exception {
        try (ForkedReader forked = new ForkedReader(mb -> {
            List<String> command = new ArrayList<>(ForkedReader.javaCommand(mb, tmp, ReaderWorker.class.getName(),
                    ReaderWorker.arguments(IngestLimits.DEFAULT, tmp, false)));
            command.add(1, "-XX:StartFlightRecording=filename=" + tmp.resolve("worker.jfr"));
            return command;
        }, 60, 1, 256, tmp)) {
            Outcome o = forked.read("memo.txt", text("氏名：山田 太郎"));
            assertThat(o.status()).as(o.reason()).isEqualTo(Outcome.Status.DONE);
            assertThat(o.document().text()).contains("山田 太郎");
        }
    }

    @Test
    void aWorkerWhoseScanHasGoneExitsEvenWhileItsParserHangs() throws Exception {
        List<String> command = ForkedReader.javaCommand(128, tmp, MisbehavingWorker.class.getName(),
                ReaderWorker.arguments(IngestLimits.DEFAULT, tmp, false));
        Process worker = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.DISCARD).start();
        try {
            try (DataOutputStream requests = new DataOutputStream(worker.getOutputStream())) {
                OutcomeCodec.writeRequest(requests, 0, "hang.pdf", text("x"));
                requests.flush();
                Thread.sleep(500);
            }
            assertThat(worker.waitFor(20, TimeUnit.SECONDS)).as("exited after its input ended").isTrue();
        } finally {
            worker.destroyForcibly();
        }
    }

    @Test
    void theCopiesAWorkerKilledWhileReadingLeavesAreInTheCaseTempFolder() throws Exception {
        byte[] content = "氏名：山田 太郎 spooled".getBytes(StandardCharsets.UTF_8);
        try (ForkedReader forked = misbehaving(30, 1)) {
            assertThat(forked.read("spool.txt", new Blob.InMemory(content)).reason()).startsWith("crash:");
        }
        try (var files = Files.list(tmp)) {
            assertThat(files.filter(f -> f.getFileName().toString().startsWith("apache-tika-")).map(ForkedReaderTest::bytes))
                    .as("the worker's copy of the file, where the case's next scan removes it").containsExactly(content);
        }
    }

    private static byte[] bytes(Path file) {
        try {
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private ForkedReader misbehaving(int seconds, int threads) {
        return new ForkedReader(mb -> ForkedReader.javaCommand(mb, tmp, MisbehavingWorker.class.getName(),
                ReaderWorker.arguments(IngestLimits.DEFAULT, tmp, false)), seconds, threads, 128, tmp);
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
