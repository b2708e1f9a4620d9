package io.leakscope.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import io.leakscope.core.model.InventoryEntry;
import io.leakscope.generator.LeakGenerator;
import io.leakscope.store.CaseStore;
import java.io.ByteArrayOutputStream;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.poifs.crypt.EncryptionInfo;
import org.apache.poi.poifs.crypt.EncryptionMode;
import org.apache.poi.poifs.crypt.Encryptor;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.commons.compress.archivers.zip.ZipArchiveOutputStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * A leak made of what criminals' dumps hold: a zip bomb, an encrypted zip member, a password
 * protected Word file, PDF and 7z archives, a zip-slip name, a truncated workbook, binary junk named .pdf, an
 * empty file, a large sparse file, 100 nested folders, file names in Shift_JIS bytes, a named pipe and a
 * text longer than a part. Scanned
 * as the command line does (parsers in worker processes) and under the C locale, every file is accounted for with its
 * reason and the scan finishes.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class HostileLeakTest {
    @TempDir
    static Path dir;
    private Map<String, InventoryEntry> inventory;

    @BeforeAll
    void scanAHostileLeak() throws Exception {
        Path leak = Files.createDirectories(dir.resolve("leak"));
        Files.write(leak.resolve("bomb.zip"), zip(Map.of("zeros.bin", new byte[48 << 20]), false));
        Files.write(leak.resolve("locked.zip"), zip(Map.of("secret.csv", "氏名,電話\n山田 太郎,090-1234-5678\n".getBytes(StandardCharsets.UTF_8)), true));
        Files.write(leak.resolve("slip.zip"), zip(Map.of("../../etc/cron.d/x", "x".getBytes(StandardCharsets.UTF_8)), false));
        byte[] xlsx = Files.readAllBytes(sampleWorkbook());
        Files.write(leak.resolve("truncated.xlsx"), java.util.Arrays.copyOf(xlsx, xlsx.length / 2));
        byte[] junk = new byte[8192];
        new java.util.Random(1).nextBytes(junk);
        Files.write(leak.resolve("invoice.pdf"), junk);
        Files.write(leak.resolve("給与明細.docx"), encryptedDocx("氏名：山田 太郎"));
        Files.write(leak.resolve("契約書.pdf"), encryptedPdf());
        // written by 7-Zip with a password: member names readable (locked.7z) and hidden too (-mhe=on); see hostile/README
        for (String sevenZip : List.of("locked.7z", "locked-names.7z")) {
            try (var in = HostileLeakTest.class.getResourceAsStream("/hostile/" + sevenZip)) {
                Files.write(leak.resolve(sevenZip), in.readAllBytes());
            }
        }
        Files.write(leak.resolve("empty.txt"), new byte[0]);
        try (RandomAccessFile sparse = new RandomAccessFile(leak.resolve("disk.img").toFile(), "rw")) {
            sparse.setLength(256L << 20);
        }
        Path deep = leak;
        for (int i = 0; i < 100; i++) {
            deep = deep.resolve("d" + i);
        }
        Files.createDirectories(deep);
        Files.writeString(deep.resolve("memo.txt"), "担当：山田 太郎\n携帯：090-1234-5678\n");
        // Shift_JIS names, as copied from a Japanese Windows share: 名簿.csv (a roster, with a copy under a plain name) and 氏名.csv
        String roster = "氏名,携帯\n山田 太郎,090-1234-5678\n";
        Files.writeString(leak.resolve("roster-copy.csv"), roster);
        Files.writeString(dir.resolve("roster.csv"), roster);
        Process p = new ProcessBuilder("sh", "-c", "cp ../roster.csv \"$(printf '\\226\\274\\225\\353').csv\"; printf 'y' > \"$(printf '\\216\\201\\226\\274').csv\"; mkfifo pipe")
                .directory(leak.toFile()).start();
        assertThat(p.waitFor()).isZero();
        // a text longer than a part (4 M characters), its one person at the very end
        StringBuilder minutes = new StringBuilder();
        for (int i = 1; minutes.length() < 4_200_000; i++) {
            minutes.append("第").append(i).append("回 定例会議 議事録: 前回の議事録を確認し、次回の日程を調整した。\n");
        }
        Files.writeString(leak.resolve("huge.txt"), minutes.append("担当：山田 太郎　携帯：090-1234-5678\n"));
        Path caseDir = dir.resolve("case");
        Files.createDirectories(caseDir.resolve("tmp/poifiles"));
        Files.writeString(caseDir.resolve("tmp/apache-tika-1.tmp"), "what a killed parser process left");
        Files.writeString(caseDir.resolve("tmp/poifiles/poi-sxssf-sheet-1.xml"), "<sheetData/>");
        Path config = dir.resolve("case.yaml");
        Files.writeString(config, "case:\n  name: hostile\n");
        // as the command line scans (parser processes), and under the C locale, where Java cannot even name a Japanese file
        PosixLocaleScanTest.scanUnderTheCLocale(leak, caseDir, config, dir.resolve("scan.log"));
        try (CaseStore store = CaseStore.open(caseDir)) {
            inventory = store.inventory().stream().collect(Collectors.toMap(InventoryEntry::path, e -> e));
        }
    }

    private static Path sampleWorkbook() throws Exception {
        Path sample = dir.resolve("sample");
        if (!Files.exists(sample)) {
            new LeakGenerator(5L, LeakGenerator.Sizes.DEMO).generate(sample);
        }
        return sample.resolve("leak/人事部/2024/評価一覧.xlsx");
    }

    /** A Word file protected with a password to open (ECMA-376 agile encryption), as Office writes it. */
    private static byte[] encryptedDocx(String text) throws Exception {
        ByteArrayOutputStream plain = new ByteArrayOutputStream();
        try (XWPFDocument doc = new XWPFDocument()) {
            doc.createParagraph().createRun().setText(text);
            doc.write(plain);
        }
        try (POIFSFileSystem fs = new POIFSFileSystem(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Encryptor encryptor = new EncryptionInfo(EncryptionMode.agile).getEncryptor();
            encryptor.confirmPassword("pass");
            try (OPCPackage opc = OPCPackage.open(new java.io.ByteArrayInputStream(plain.toByteArray()));
                 java.io.OutputStream os = encryptor.getDataStream(fs)) {
                opc.save(os);
            }
            fs.writeFilesystem(out);
            return out.toByteArray();
        }
    }

    /** A PDF that needs a user password to open. */
    private static byte[] encryptedPdf() throws Exception {
        try (PDDocument doc = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            doc.addPage(new PDPage());
            StandardProtectionPolicy policy = new StandardProtectionPolicy("owner", "user", new AccessPermission());
            policy.setEncryptionKeyLength(128);
            doc.protect(policy);
            doc.save(out);
            return out.toByteArray();
        }
    }

    private static byte[] zip(Map<String, byte[]> members, boolean flagEncrypted) throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipArchiveOutputStream zip = new ZipArchiveOutputStream(bytes)) {
            for (Map.Entry<String, byte[]> m : members.entrySet()) {
                ZipArchiveEntry e = new ZipArchiveEntry(m.getKey());
                zip.putArchiveEntry(e);
                zip.write(m.getValue());
                zip.closeArchiveEntry();
            }
        }
        return flagEncrypted ? markEncrypted(bytes.toByteArray()) : bytes.toByteArray();
    }

    /** Sets the "encrypted" bit of every entry, in the local and the central headers, as an encrypting tool would. */
    private static byte[] markEncrypted(byte[] zip) {
        for (int i = 0; i + 10 < zip.length; i++) {
            boolean local = zip[i] == 'P' && zip[i + 1] == 'K' && zip[i + 2] == 3 && zip[i + 3] == 4;
            boolean central = zip[i] == 'P' && zip[i + 1] == 'K' && zip[i + 2] == 1 && zip[i + 3] == 2;
            if (local) {
                zip[i + 6] |= 1;
            } else if (central) {
                zip[i + 8] |= 1;
            }
        }
        return zip;
    }

    private String reason(String path) {
        assertThat(inventory).containsKey(path);
        return inventory.get(path).status() + ":" + inventory.get(path).reason();
    }

    @Test
    void everyHostileFileIsAccountedForWithItsReason() {
        assertThat(reason("bomb.zip!/zeros.bin")).startsWith("skipped:bomb");
        assertThat(reason("locked.zip!/secret.csv")).isEqualTo("failed:encrypted");
        assertThat(reason("slip.zip!/../../etc/cron.d/x")).isEqualTo("skipped:path_unsafe");
        assertThat(reason("truncated.xlsx")).startsWith("failed:corrupt");
        assertThat(reason("invoice.pdf")).startsWith("failed:corrupt");
        assertThat(reason("給与明細.docx")).isEqualTo("failed:encrypted");
        assertThat(reason("契約書.pdf")).isEqualTo("failed:encrypted");
        assertThat(reason("locked.7z!/secret.csv")).as("its names are readable: the member is listed").isEqualTo("failed:encrypted");
        assertThat(reason("locked-names.7z")).isEqualTo("failed:encrypted");
        assertThat(reason("empty.txt")).isEqualTo("skipped:empty");
        assertThat(reason("disk.img")).startsWith("skipped:unsupported");
        assertThat(inventory.get("disk.img").sha256()).as("a 256 MB file is hashed too").hasSize(64);
    }

    @Test
    void noCopyOfALeakedFileIsLeftInTheCaseTempFolder() throws Exception {
        try (var left = Files.walk(dir.resolve("case/tmp"))) {
            assertThat(left.filter(Files::isRegularFile).toList())
                    .as("what an earlier, killed scan left is removed; this scan's copies are deleted after use").isEmpty();
        }
    }

    @Test
    void deepFoldersAndShiftJisNamesKeepTheirPaths() {
        String deep = java.util.stream.IntStream.range(0, 100).mapToObj(i -> "d" + i).collect(Collectors.joining("/")) + "/memo.txt";
        assertThat(reason(deep)).isEqualTo("done:null");
        assertThat(inventory).containsKeys("名簿.csv", "氏名.csv");
    }

    /** Sent to the parser process as text, such a name named no file there: the roster and then its copy failed. */
    @Test
    void aFileWhoseNameIsNotUtf8IsReadAndItsCopyToo() {
        assertThat(reason("名簿.csv")).isEqualTo("done:null");
        assertThat(inventory.get("名簿.csv").findings()).isPositive();
        assertThat(reason("roster-copy.csv")).isEqualTo("done:null");
        assertThat(inventory.get("roster-copy.csv").findings()).isPositive();
        // before: "failed:corrupt: NoSuchFileException /tmp/…/leak/����.csv", the leak's absolute path in the reason
        assertThat(reason("氏名.csv")).isEqualTo("done:null");
    }

    @Test
    void aNamedPipeIsListedNotRead() {
        assertThat(reason("pipe")).isEqualTo("skipped:not a regular file");
    }

    /** Before parts, text beyond 50 M characters was dropped with the file "done"; now every part is read. */
    @Test
    void aTextLongerThanAPartIsReadToItsEnd() {
        assertThat(reason("huge.txt")).isEqualTo("done:null");
        assertThat(reason("huge.txt!/part-0002.txt")).isEqualTo("done:null");
        assertThat(inventory.get("huge.txt!/part-0002.txt").findings()).as("the person at the end").isPositive();
    }

    @Test
    void totalsReconcile() {
        List<InventoryEntry> all = List.copyOf(inventory.values());
        long done = all.stream().filter(e -> e.status().equals("done")).count();
        long failed = all.stream().filter(e -> e.status().equals("failed")).count();
        long skipped = all.stream().filter(e -> e.status().equals("skipped")).count();
        assertThat(done + failed + skipped).isEqualTo(all.size());
        assertThat(all).allMatch(e -> e.status().equals("done") || e.reason() != null);
    }
}
