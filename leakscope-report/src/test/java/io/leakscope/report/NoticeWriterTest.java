package io.leakscope.report;

import static org.assertj.core.api.Assertions.assertThat;

import io.leakscope.core.model.Element;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import org.apache.james.mime4j.dom.Message;
import org.apache.james.mime4j.dom.TextBody;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class NoticeWriterTest {
    @TempDir
    Path dir;

    private final List<NoticeLetters.Recipient> recipients = List.of(
            new NoticeLetters.Recipient("p-1", "山田 太郎", "taro@example.co.jp", "ja", "domestic_employee",
                    EnumSet.of(Element.NAME, Element.EMAIL, Element.MY_NUMBER)),
            new NoticeLetters.Recipient("p-2", "Maria Schmidt", null, "en", "group_employee", EnumSet.of(Element.NAME, Element.CREDENTIAL)));

    private static String body(Path eml) throws Exception {
        try (InputStream in = Files.newInputStream(eml)) {
            Message m = Message.Builder.of(in).build();
            return new String(((TextBody) m.getBody()).getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @Test
    void eachLetterListsExactlyThePersonsElementsAndIsMaskedByDefault() throws Exception {
        NoticeWriter.Summary s = NoticeWriter.write(recipients, "株式会社エグザンプル", "privacy@example-corp.co.jp", "ransomware", dir, false);
        assertThat(s).isEqualTo(new NoticeWriter.Summary(1, 1));
        String ja = body(dir.resolve("letters/p-1.eml"));
        assertThat(ja).contains("山＊ ＊＊ 様", "・氏名", "・メールアドレス", "・マイナンバー", "ランサムウェア", NoticeLetters.TO_FILL)
                .doesNotContain("山田 太郎", "パスワード等の認証情報");
        try (InputStream in = Files.newInputStream(dir.resolve("letters/p-1.eml"))) {
            Message m = Message.Builder.of(in).build();
            assertThat(m.getSubject()).contains("個人情報流出");
            assertThat(m.getTo()).as("a masked draft cannot be sent").isNull();
        }
        String en = Files.readString(dir.resolve("letters/p-2.txt"));
        assertThat(en).contains("Dear M＊＊＊＊ ＊＊＊＊＊＊＊,", "- credentials", "change it").doesNotContain("Schmidt");
        assertThat(Files.readString(dir.resolve("mail-merge.csv"))).contains("p-1,ja,山＊ ＊＊,t＊＊＊@example.co.jp,domestic_employee")
                .doesNotContain("taro@");
    }

    @Test
    void revealWritesSendableDrafts() throws Exception {
        NoticeWriter.write(recipients, "Example Co.", "privacy@example-corp.co.jp", "ransomware", dir, true);
        try (InputStream in = Files.newInputStream(dir.resolve("letters/p-1.eml"))) {
            Message m = Message.Builder.of(in).build();
            assertThat(m.getTo().toString()).contains("taro@example.co.jp");
        }
        assertThat(body(dir.resolve("letters/p-1.eml"))).contains("山田 太郎 様");
    }

    @Test
    void pdfLettersCarryTheJapaneseTextAsWritten() throws Exception {
        NoticeWriter.write(recipients, "株式会社エグザンプル", "privacy@example-corp.co.jp", "ransomware", dir, false, true);
        try (var pdf = org.apache.pdfbox.Loader.loadPDF(dir.resolve("letters/p-1.pdf").toFile())) {
            String text = new org.apache.pdfbox.text.PDFTextStripper().getText(pdf);
            assertThat(text).contains("個人情報流出に関するお詫び", "マイナンバー", "株式会社エグザンプル").doesNotContain("山田");
        }
    }
}
