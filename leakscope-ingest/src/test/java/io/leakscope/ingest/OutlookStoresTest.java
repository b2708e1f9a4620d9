package io.leakscope.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Outlook stores and messages, on real files from Apache Tika's test documents (unpacked into
 * target/outlook by the build): a .pst's items under their folder path, an attached message and its
 * attachment each a document of its own; a .msg's attachments as children.
 */
class OutlookStoresTest {
    private static final Path DOCS = Path.of("target/outlook/test-documents");

    @TempDir
    Path tmp;

    private Map<String, Outcome> readAll(String name) throws IOException {
        Path file = DOCS.resolve(name);
        Map<String, Outcome> all = new TreeMap<>();
        walk(new DocumentReader(IngestLimits.DEFAULT, tmp), name, new Blob.OnDisk(file, Files.size(file), false), all);
        return all;
    }

    private static void walk(DocumentReader reader, String path, Blob blob, Map<String, Outcome> all) {
        Outcome o = reader.read(path, blob);
        all.put(path, o);
        for (Outcome.Child c : o.children()) {
            assertThat(c.blob()).as(c.name() + " " + c.reason()).isNotNull();
            walk(reader, path + "!/" + c.name(), c.blob(), all);
        }
    }

    @Test
    void everyItemOfAPstIsAMailUnderItsFolderWithItsAttachmentsBelowIt() throws Exception {
        Map<String, Outcome> all = readAll("testPST.pst");
        String folder = "testPST.pst!/Début du fichier de données Outlook/";
        assertThat(all.keySet()).contains(folder + "message-0001.eml", folder + "message-0007.eml",
                folder + "message-0007.eml!/attached-message-1.eml", folder + "message-0007.eml!/attached-message-1.eml!/attachment.docx");
        assertThat(all.keySet().stream().filter(p -> p.matches(".*/message-\\d{4}\\.eml"))).hasSize(7);
        assertThat(all.values()).allMatch(o -> o.status() == Outcome.Status.DONE);
        assertThat(all.get(folder + "message-0001.eml").document().text()).contains("From: Jörn Kottmann <kottmann@gmail.com>");
        assertThat(all.get(folder + "message-0007.eml!/attached-message-1.eml!/attachment.docx").document().text())
                .contains("This is a docx attachment.");
    }

    @Test
    void aPstReadsToTheSameBytesEveryTimeSoAResumedScanSkipsIt() throws Exception {
        Path file = DOCS.resolve("testPST.pst");
        List<String> first = hashes(new PstReader(IngestLimits.DEFAULT, tmp).items(new Blob.OnDisk(file, Files.size(file), false)));
        List<String> again = hashes(new PstReader(IngestLimits.DEFAULT, tmp).items(new Blob.InMemory(Files.readAllBytes(file))));
        assertThat(again).isEqualTo(first).hasSize(7);
    }

    @Test
    void aMsgKeepsItsHeadersAndItsAttachmentsAreChildren() throws Exception {
        Map<String, Outcome> all = readAll("testMSG_att_doc.msg");
        assertThat(all.keySet()).containsExactlyInAnyOrder("testMSG_att_doc.msg", "testMSG_att_doc.msg!/test-unicode.doc",
                "testMSG_att_doc.msg!/pj1.txt");
        assertThat(all.get("testMSG_att_doc.msg").document().text()).contains("From: ").doesNotContain("Cc: \n");
        assertThat(all.get("testMSG_att_doc.msg!/pj1.txt").document().text()).contains("école");
    }

    @Test
    void aRenderedItemCarriesJapaneseNamesSubjectAndAttachmentNames() throws Exception {
        MailRendering mail = new MailRendering();
        mail.address("From", "山田 太郎", "yamada@example.co.jp");
        mail.address("To", "鈴木 花子", "/O=EXAMPLE/OU=EXCHANGE/CN=RECIPIENTS/CN=SUZUKI");
        mail.subject("給与明細の送付");
        mail.text("お疲れ様です。\n携帯：090-1234-5678\n");
        mail.attach("社員名簿.csv", "application/octet-stream", "氏名,電話\n山田 太郎,090-1234-5678\n".getBytes(Charset.forName("windows-31j")));
        Outcome o = new DocumentReader(IngestLimits.DEFAULT, tmp).read("box.pst!/受信トレイ/message-0001.eml", new Blob.InMemory(mail.bytes()));
        assertThat(o.document().text()).contains("From: 山田 太郎 <yamada@example.co.jp>", "To: 鈴木 花子", "Subject: 給与明細の送付",
                "携帯：090-1234-5678");
        assertThat(o.children()).extracting(Outcome.Child::name).containsExactly("社員名簿.csv");
        Outcome csv = new DocumentReader(IngestLimits.DEFAULT, tmp).read("box.pst!/受信トレイ/message-0001.eml!/社員名簿.csv", o.children().get(0).blob());
        assertThat(csv.document().tables().get(0).rows().get(1)).containsExactly("山田 太郎", "090-1234-5678");
    }

    private static List<String> hashes(List<Outcome.Child> children) throws IOException {
        List<String> out = new ArrayList<>();
        for (Outcome.Child c : children) {
            out.add(c.name() + " " + Hashing.sha256(c.blob()));
        }
        return out;
    }
}
