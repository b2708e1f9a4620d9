package io.leakscope.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import io.leakscope.core.model.Table;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A text or a delimited file longer than a part is read to its end, in parts: nothing is cut off
 * (before parts, text beyond 50 M characters was dropped with the file "done", and a CSV larger than
 * that was skipped whole), no part holds more than its limit, and every part of a CSV is a table
 * with its header row.
 */
class TextPartsTest {
    private static final int PART = 1_000;

    @TempDir
    Path tmp;

    private DocumentReader reader() {
        return new DocumentReader(IngestLimits.DEFAULT.withTextPartChars(PART), tmp);
    }

    @Test
    void aLongTextIsReadToItsEndInPartsEndingAtLineEnds() {
        StringBuilder text = new StringBuilder();
        for (int i = 0; text.length() < 5 * PART; i++) {
            text.append("line ").append(i).append(" of the mail server log\n");
        }
        text.append("担当：山田 太郎 yamada@example.co.jp\n");
        Outcome o = reader().read("logs/maillog.txt", new Blob.InMemory(text.toString().getBytes(StandardCharsets.UTF_8)));

        assertThat(o.status()).isEqualTo(Outcome.Status.DONE);
        assertThat(o.children()).extracting(Outcome.Child::name).startsWith("part-0002.txt", "part-0003.txt");
        List<String> parts = new ArrayList<>(List.of(o.document().text()));
        for (Outcome.Child part : o.children()) {
            Outcome read = reader().read("logs/maillog.txt!/" + part.name(), part.blob());
            assertThat(read.status()).isEqualTo(Outcome.Status.DONE);
            parts.add(read.document().text());
        }
        assertThat(parts).allSatisfy(p -> assertThat(p.length()).isLessThanOrEqualTo(PART + 1));
        assertThat(parts.subList(0, parts.size() - 1)).allSatisfy(p -> assertThat(p).endsWith("\n"));
        assertThat(String.join("", parts).replace("\n", "")).isEqualTo(text.toString().replace("\n", ""));
        assertThat(parts.get(parts.size() - 1)).contains("山田 太郎");
    }

    @Test
    void aLongShiftJisCsvIsReadInPartsEachStartingWithTheHeaderRow() {
        StringBuilder csv = new StringBuilder("社員番号,氏名,メモ\r\n");
        for (int i = 0; i < 200; i++) {
            csv.append(1000 + i).append(",髙橋 一郎").append(i).append(",\"二行に\r\nわたる備考\"\r\n");
        }
        Outcome o = reader().read("人事/名簿.csv", new Blob.InMemory(csv.toString().getBytes(Charset.forName("windows-31j"))));

        assertThat(o.status()).isEqualTo(Outcome.Status.DONE);
        assertThat(o.children()).isNotEmpty();
        List<Table> tables = new ArrayList<>(List.of(o.document().tables().get(0)));
        for (Outcome.Child part : o.children()) {
            assertThat(part.name()).endsWith(".csv");
            Outcome read = reader().read("人事/名簿.csv!/" + part.name(), part.blob());
            assertThat(read.children()).as("a part read again is not cut again").isEmpty();
            tables.add(read.document().tables().get(0));
        }
        List<List<String>> records = new ArrayList<>();
        for (Table t : tables) {
            assertThat(t.rows().get(0)).containsExactly("社員番号", "氏名", "メモ");
            records.addAll(t.rows().subList(1, t.rows().size()));
        }
        assertThat(records).hasSize(200);
        for (int i = 0; i < 200; i++) {
            assertThat(records.get(i)).as("record %d, whole and once, its quoted line break kept", i)
                    .containsExactly(Integer.toString(1000 + i), "髙橋 一郎" + i, "二行に\r\nわたる備考");
        }
    }

    @Test
    void aOneLineExportLongerThanAPartIsCutBetweenCells() {
        StringBuilder line = new StringBuilder();
        for (int i = 0; line.length() < 3 * PART; i++) {
            line.append("value").append(i).append(',');
        }
        Outcome o = reader().read("export.csv", new Blob.InMemory(line.toString().getBytes(StandardCharsets.US_ASCII)));
        StringBuilder all = new StringBuilder(String.join(",", o.document().tables().get(0).rows().get(0)));
        for (Outcome.Child part : o.children()) {
            all.append(",").append(String.join(",", reader().read("export.csv!/" + part.name(), part.blob()).document().tables().get(0).rows().get(0)));
        }
        assertThat(all.toString().replace(",,", ",")).startsWith("value0,value1,").contains("value300,");
    }

    @Test
    void aShortFileIsOnePartAsBefore() {
        Outcome o = reader().read("memo.txt", new Blob.InMemory("氏名：山田 太郎\n".getBytes(StandardCharsets.UTF_8)));
        assertThat(o.children()).isEmpty();
        assertThat(o.document().text()).contains("山田 太郎");
        assertThat(tempFiles()).isEmpty();
    }

    private List<Path> tempFiles() {
        try (var files = Files.list(tmp)) {
            return files.filter(p -> p.getFileName().toString().startsWith("part")).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
