package io.leakscope.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import io.leakscope.core.model.Table;
import io.leakscope.ingest.xlsx.Workbooks;
import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardWatchEventKinds;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipArchiveOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DocumentReaderTest {
    @TempDir
    Path tmp;

    private DocumentReader reader() {
        return new DocumentReader(IngestLimits.DEFAULT, tmp);
    }

    @Test
    void shiftJisCsvKeepsItsVariantKanji() {
        byte[] csv = "社員番号,氏名\r\n1001,髙橋 一郎\r\n1002,﨑山 ①\r\n".getBytes(Charset.forName("windows-31j"));
        Outcome o = reader().read("人事/名簿.csv", new Blob.InMemory(csv));
        assertThat(o.status()).isEqualTo(Outcome.Status.DONE);
        assertThat(o.document().tables().get(0).rows()).containsExactly(
                List.of("社員番号", "氏名"), List.of("1001", "髙橋 一郎"), List.of("1002", "﨑山 ①"));
    }

    @Test
    void zipMembersWithShiftJisNamesAreListed() throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipArchiveOutputStream zip = new ZipArchiveOutputStream(bytes)) {
            zip.setEncoding("windows-31j");
            zip.setUseLanguageEncodingFlag(false);
            zip.putArchiveEntry(new ZipArchiveEntry("人事部/評価.txt"));
            zip.write("氏名：山田 太郎".getBytes(StandardCharsets.UTF_8));
            zip.closeArchiveEntry();
            zip.putArchiveEntry(new ZipArchiveEntry("../../etc/passwd"));
            zip.write("x".getBytes(StandardCharsets.UTF_8));
            zip.closeArchiveEntry();
        }
        Outcome o = reader().read("a.zip", new Blob.InMemory(bytes.toByteArray()));
        assertThat(o.children()).extracting(Outcome.Child::name).containsExactly("人事部/評価.txt", "../../etc/passwd");
        assertThat(o.children().get(1).reason()).isEqualTo("path_unsafe");
    }

    /** Before, one such name failed the whole zip as "corrupt: MalformedInputException" (read as Shift_JIS). */
    @Test
    void zipMemberNamesInWesternCodePagesAreReadAndTheirMembersToo() throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipArchiveOutputStream zip = new ZipArchiveOutputStream(bytes)) {
            zip.setUseLanguageEncodingFlag(false);
            zip.setCreateUnicodeExtraFields(ZipArchiveOutputStream.UnicodeExtraFieldPolicy.NEVER);
            for (String[] m : new String[][] {{"IBM437", "Gehaltsliste Mü.txt"}, {"windows-1252", "Café clients.txt"}, {"UTF-8", "社員/名簿.txt"}}) {
                zip.setEncoding(m[0]);
                zip.putArchiveEntry(new ZipArchiveEntry(m[1]));
                zip.write("Name: Anna Müller, anna.mueller@example.de".getBytes(StandardCharsets.UTF_8));
                zip.closeArchiveEntry();
            }
        }
        Outcome o = reader().read("export.zip", new Blob.InMemory(bytes.toByteArray()));
        assertThat(o.status()).as(o.reason()).isEqualTo(Outcome.Status.DONE);
        assertThat(o.children()).extracting(Outcome.Child::name).containsExactly("Gehaltsliste Mü.txt", "Café clients.txt", "社員/名簿.txt");
        assertThat(o.children()).allMatch(c -> c.blob() != null);
    }

    /** Before, a zip made on a Chinese Windows listed its member as cp437 mojibake ("Éó¼ÆÑ¹Ëõ°ü…", Tika's gbk.zip). */
    @Test
    void zipMemberNamesInChineseCodePagesAreRead() throws Exception {
        // the zip's own code page for all its names (a zip writes its central directory at the end, in the last encoding set)
        for (String[] m : new String[][] {{"GBK", "审计压缩包文件检索测试/集团邮件审计系统需求文档_V4.0.doc"}, {"windows-1252", "Gehaltsliste Müller Jürgen.txt"},
                {"windows-31j", "人事部/社員名簿.txt"}}) {
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            try (ZipArchiveOutputStream zip = new ZipArchiveOutputStream(bytes)) {
                zip.setUseLanguageEncodingFlag(false);
                zip.setCreateUnicodeExtraFields(ZipArchiveOutputStream.UnicodeExtraFieldPolicy.NEVER);
                zip.setEncoding(m[0]);
                zip.putArchiveEntry(new ZipArchiveEntry(m[1]));
                zip.write("x".getBytes(StandardCharsets.UTF_8));
                zip.closeArchiveEntry();
            }
            Outcome o = reader().read("export.zip", new Blob.InMemory(bytes.toByteArray()));
            assertThat(o.children()).as(m[0]).extracting(Outcome.Child::name).containsExactly(m[1]);
        }
    }

    /**
     * Before, Tika's testZIP_corrupted_oom.zip (its end record points one byte before its central
     * directory, its one member claims 2 GB) was done with no member at all: the directory read
     * there is empty. Its member is now listed, with why it cannot be read.
     */
    @Test
    void aZipWhoseDirectoryReadsEmptyIsReadByItsLocalHeaders() throws Exception {
        byte[] zip = java.nio.file.Files.readAllBytes(java.nio.file.Path.of("target/tika-test-documents/microsoft/test-documents/testZIP_corrupted_oom.zip"));
        Outcome o = reader().read("hello.zip", new Blob.InMemory(zip));
        assertThat(o.children()).extracting(Outcome.Child::name).containsExactly("hello.txt");
        assertThat(o.children().get(0).reason()).startsWith("corrupt");
    }

    /**
     * A zip whose central directory contradicts its members (here: cut off, as a transfer broken off
     * leaves it) is read by the members' local headers: what is there is not lost.
     */
    @Test
    void aZipWithoutItsCentralDirectoryGivesItsMembers() throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipArchiveOutputStream zip = new ZipArchiveOutputStream(bytes)) {
            for (String name : List.of("a.txt", "b.txt")) {
                zip.putArchiveEntry(new ZipArchiveEntry(name));
                zip.write(("氏名：山田 太郎 " + name).getBytes(StandardCharsets.UTF_8));
                zip.closeArchiveEntry();
            }
        }
        byte[] whole = bytes.toByteArray();
        int central = 0;
        for (int i = 0; i + 3 < whole.length; i++) {
            if (whole[i] == 'P' && whole[i + 1] == 'K' && whole[i + 2] == 1 && whole[i + 3] == 2) {
                central = i;
                break;
            }
        }
        Outcome o = reader().read("cut.zip", new Blob.InMemory(Arrays.copyOf(whole, central)));
        assertThat(o.status()).as(o.reason()).isEqualTo(Outcome.Status.DONE);
        assertThat(o.children()).extracting(Outcome.Child::name).containsExactly("a.txt", "b.txt");
    }

    /** Before, no Word, Excel, RTF or PDF file ever got members: a workbook embedded in a Word file was never read. */
    @Test
    void anObjectEmbeddedInAWordFileIsAMemberReadOnItsOwn() throws Exception {
        Outcome o = reader().read("総務/連絡.docx", new Blob.InMemory(WordDocuments.withEmbeddedWorkbook()));
        assertThat(o.status()).as(o.reason()).isEqualTo(Outcome.Status.DONE);
        assertThat(o.children()).hasSize(1);
        Outcome.Child member = o.children().get(0);
        assertThat(member.name()).endsWith(".xlsx");
        Outcome read = reader().read("総務/連絡.docx!/" + member.name(), member.blob());
        assertThat(read.document().tables().get(0).rows()).contains(List.of("佐藤 花子", "090-1111-2222"));
    }

    /** Before, a drawing was "skipped: ocr_off" as a picture although its labels and title block are text. */
    @Test
    void aVectorDrawingIsReadForItsText() {
        String svg = "<?xml version=\"1.0\"?><svg xmlns=\"http://www.w3.org/2000/svg\"><title>配置図</title>"
                + "<text x=\"10\" y=\"20\">設計担当：山田 太郎 携帯 090-1234-5678</text></svg>";
        Outcome o = reader().read("図面/配置図.svg", new Blob.InMemory(svg.getBytes(StandardCharsets.UTF_8)));
        assertThat(o.status()).as(o.reason()).isEqualTo(Outcome.Status.DONE);
        assertThat(o.document().text()).contains("山田 太郎");
    }

    /** Before, Tika read such a file with no parser at all and it was recorded done, with nothing read and no reason. */
    @Test
    void aFileOfATypeTikaHasNoParserForIsSkippedAsUnsupported() {
        byte[] cab = Arrays.copyOf("MSCF\0\0\0\0".getBytes(StandardCharsets.ISO_8859_1), 512);
        Outcome o = reader().read("archive/documents.cab", new Blob.InMemory(cab));
        assertThat(o.status()).isEqualTo(Outcome.Status.SKIPPED);
        assertThat(o.reason()).isEqualTo("unsupported: application/vnd.ms-cab-compressed");
    }

    /** Before, an undeclared entity failed the whole file ("corrupt"), where Tika's own text keeps what came before it. */
    @Test
    void aFileThatBreaksOffPartWayKeepsWhatCameBefore() {
        String xml = "<?xml version=\"1.0\"?><roster><person>氏名：山田 太郎 携帯：090-1234-5678</person><person>&undeclared;</person></roster>";
        Outcome o = reader().read("export/roster.xml", new Blob.InMemory(xml.getBytes(StandardCharsets.UTF_8)));
        assertThat(o.status()).isEqualTo(Outcome.Status.DONE);
        assertThat(o.reason()).startsWith("partial: corrupt: ");
        assertThat(o.document().text()).contains("山田 太郎");
    }

    @Test
    void corruptAndEmptyFilesGetReasons() throws Exception {
        assertThat(reader().read("a.xlsx", new Blob.InMemory("PK\u0003\u0004garbage".getBytes(StandardCharsets.ISO_8859_1))))
                .satisfies(o -> {
                    assertThat(o.status()).isEqualTo(Outcome.Status.FAILED);
                    assertThat(o.reason()).startsWith("corrupt");
                });
        assertThat(reader().read("b.txt", new Blob.InMemory(new byte[0])).reason()).isEqualTo("empty");
        ByteArrayOutputStream png = new ByteArrayOutputStream();
        png.write(new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0, 0});
        assertThat(reader().read("c.png", new Blob.InMemory(png.toByteArray())).status()).isEqualTo(Outcome.Status.SKIPPED);
    }

    @Test
    void workbookCellsReadAsExcelShowsThemWithoutPhoneticReadings() throws Exception {
        Outcome o = reader().read("人事/名簿.xlsx", new Blob.InMemory(Workbooks.withPhoneticReading()));
        assertThat(o.document().tables()).containsExactly(new Table("名簿", List.of(List.of("氏名", "部署"), List.of("山田太郎", "営業部"))));
    }

    @Test
    void aWordDocumentIsReadWithItsHeadersFootnotesCommentsAndTextBoxes() throws Exception {
        Outcome o = reader().read("人事/通知.docx", new Blob.InMemory(WordDocuments.withEveryPlaceTextCanBe()));
        assertThat(o.document().text()).contains("山田 太郎 様", "社外秘 人事部", "作成 総務部 小林 五郎", "注記 田中 次郎 確認済み",
                "コメント 高橋 三郎", "テキストボックス 渡辺 四郎");
        assertThat(o.document().tables()).containsExactly(new Table("", List.of(List.of("氏名", "電話"), List.of("佐藤 花子", "090-1111-2222"))));
    }

    @Test
    void theCopyTikaNeedsOnDiskIsMadeInTheReadersTempFolderAndRemoved() throws Exception {
        try (WatchService watcher = tmp.getFileSystem().newWatchService()) {
            tmp.register(watcher, StandardWatchEventKinds.ENTRY_CREATE);
            reader().read("人事/通知.docx", new Blob.InMemory(WordDocuments.withEveryPlaceTextCanBe()));
            WatchKey key = watcher.poll(5, TimeUnit.SECONDS);
            assertThat(key).as("a file was made in the reader's temp folder").isNotNull();
            assertThat(key.pollEvents()).extracting(e -> e.context().toString()).anyMatch(name -> name.startsWith("apache-tika-"));
        }
        try (var left = Files.list(tmp)) {
            assertThat(left.toList()).isEmpty();
        }
    }

    @Test
    void aWorkbookCutShortIsReadAsFarAsTikaRepairsIt() throws Exception {
        byte[] xlsx = Workbooks.everythingAnExtractorMustKeep();
        Outcome o = reader().read("cut.xlsx", new Blob.InMemory(Arrays.copyOf(xlsx, xlsx.length * 95 / 100)));
        assertThat(o.status()).isEqualTo(Outcome.Status.DONE);
        assertThat(o.document().tables()).extracting(Table::name).containsExactly("社員名簿", "退職者");
    }

    @Test
    void aTextFilesLinesKeepTheirNumbers() {
        Outcome o = reader().read("it/vpn.txt", new Blob.InMemory("VPN settings\n\nAccount: g200269\nPassword: x\n".getBytes(StandardCharsets.UTF_8)));
        assertThat(o.document().text().lines().toList()).startsWith("VPN settings", "", "Account: g200269", "Password: x");
    }

    @Test
    void mailHeadersBecomeLinesWithNamesAndAddresses() {
        String eml = "From: =?UTF-8?B?5bGx55SwIOWkqumDjg==?= <yamada@abc.co.jp>\r\nTo: Sato <sato@example.co.jp>\r\n"
                + "Subject: test\r\nContent-Type: text/plain; charset=UTF-8\r\n\r\n本文です\r\n";
        Outcome o = reader().read("m/a.eml", new Blob.InMemory(eml.getBytes(StandardCharsets.UTF_8)));
        assertThat(o.document().text()).contains("From: 山田 太郎 <yamada@abc.co.jp>\n", "To: Sato <sato@example.co.jp>\n", "本文です");
    }

    private static byte[] tar(boolean withLinkAndSlip) throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (var tar = new org.apache.commons.compress.archivers.tar.TarArchiveOutputStream(bytes)) {
            tar.setLongFileMode(org.apache.commons.compress.archivers.tar.TarArchiveOutputStream.LONGFILE_POSIX);
            byte[] csv = "社員番号,氏名\n1001,山田 太郎\n".getBytes(StandardCharsets.UTF_8);
            var e = new org.apache.commons.compress.archivers.tar.TarArchiveEntry("人事/名簿.csv");
            e.setSize(csv.length);
            tar.putArchiveEntry(e);
            tar.write(csv);
            tar.closeArchiveEntry();
            if (withLinkAndSlip) {
                var link = new org.apache.commons.compress.archivers.tar.TarArchiveEntry("shadow",
                        org.apache.commons.compress.archivers.tar.TarConstants.LF_SYMLINK);
                link.setLinkName("/etc/shadow");
                tar.putArchiveEntry(link);
                tar.closeArchiveEntry();
                var slip = new org.apache.commons.compress.archivers.tar.TarArchiveEntry("../evil.txt");
                slip.setSize(1);
                tar.putArchiveEntry(slip);
                tar.write('x');
                tar.closeArchiveEntry();
            }
        }
        return bytes.toByteArray();
    }

    @Test
    void tarGzUnpacksToTheTarAndItsMembersWithLinksAndSlipsRefused() throws Exception {
        ByteArrayOutputStream gz = new ByteArrayOutputStream();
        try (var out = new org.apache.commons.compress.compressors.gzip.GzipCompressorOutputStream(gz)) {
            out.write(tar(true));
        }
        Outcome outer = reader().read("backup/hr.tar.gz", new Blob.InMemory(gz.toByteArray()));
        assertThat(outer.children()).singleElement().satisfies(c -> assertThat(c.name()).isEqualTo("hr.tar"));
        Outcome inner = reader().read("backup/hr.tar.gz!/hr.tar", outer.children().get(0).blob());
        assertThat(inner.mediaType()).isEqualTo("application/x-tar");
        assertThat(inner.children()).extracting(Outcome.Child::name, Outcome.Child::reason).containsExactly(
                org.assertj.core.groups.Tuple.tuple("人事/名簿.csv", null), org.assertj.core.groups.Tuple.tuple("shadow", "link: not followed"),
                org.assertj.core.groups.Tuple.tuple("../evil.txt", "path_unsafe"));
    }

    @Test
    void sevenZipBzip2AndXzAreRead() throws Exception {
        Path seven = tmp.resolve("a.7z");
        try (var out = new org.apache.commons.compress.archivers.sevenz.SevenZOutputFile(seven.toFile())) {
            var e = out.createArchiveEntry(tmp.toFile(), "名簿.txt");
            out.putArchiveEntry(e);
            out.write("氏名：山田 太郎".getBytes(StandardCharsets.UTF_8));
            out.closeArchiveEntry();
        }
        Outcome o7 = reader().read("a.7z", new Blob.InMemory(java.nio.file.Files.readAllBytes(seven)));
        assertThat(o7.mediaType()).isEqualTo("application/x-7z-compressed");
        assertThat(o7.children()).extracting(Outcome.Child::name).containsExactly("名簿.txt");
        for (String format : List.of("bzip2", "xz")) {
            ByteArrayOutputStream c = new ByteArrayOutputStream();
            try (var out = new org.apache.commons.compress.compressors.CompressorStreamFactory().createCompressorOutputStream(format, c)) {
                out.write(tar(false));
            }
            Outcome o = reader().read("dump.tar." + (format.equals("bzip2") ? "bz2" : "xz"), new Blob.InMemory(c.toByteArray()));
            assertThat(o.children()).as(format).singleElement().satisfies(ch -> {
                assertThat(ch.name()).isEqualTo("dump.tar");
                assertThat(ch.status()).isEqualTo(Outcome.Status.DONE);
            });
        }
    }

    @Test
    void everyMessageOfAnMboxIsAChildDocument() throws Exception {
        String mbox = "From yamada@example.co.jp Mon Sep  2 10:00:00 2024\nFrom: yamada@example.co.jp\nTo: sato@example.co.jp\n"
                + "Subject: test1\nContent-Type: text/plain; charset=UTF-8\n\n携帯：090-1234-5678\n\n"
                + "From sato@example.co.jp Mon Sep  2 11:00:00 2024\nFrom: sato@example.co.jp\nTo: yamada@example.co.jp\n"
                + "Subject: test2\nContent-Type: text/plain; charset=UTF-8\n\nよろしくお願いします。\n";
        Outcome o = reader().read("mail/box.mbox", new Blob.InMemory(mbox.getBytes(StandardCharsets.UTF_8)));
        assertThat(o.mediaType()).isEqualTo("application/mbox");
        assertThat(o.children()).extracting(Outcome.Child::name).containsExactly("message-0001.eml", "message-0002.eml");
        Outcome first = reader().read("mail/box.mbox!/message-0001.eml", o.children().get(0).blob());
        assertThat(first.mediaType()).isEqualTo("message/rfc822");
        assertThat(first.document().text()).contains("From: yamada@example.co.jp", "090-1234-5678");
    }
}
