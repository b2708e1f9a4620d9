package io.leakscope.ingest.xlsx;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Arrays;
import org.apache.tika.exception.TikaException;
import org.apache.tika.io.TikaInputStream;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.parser.AutoDetectParser;
import org.apache.tika.parser.ParseContext;
import org.apache.tika.parser.Parser;
import org.apache.tika.parser.microsoft.OfficeParserConfig;
import org.apache.tika.sax.ToXMLContentHandler;
import org.junit.jupiter.api.Test;

class XlsxParserTest {
    private static final Parser TIKA = new AutoDetectParser();

    @Test
    void givesTikasXhtmlForEveryPartOfAWorkbook() throws Exception {
        byte[] xlsx = Workbooks.everythingAnExtractorMustKeep();
        String ours = xhtml(new XlsxParser(), xlsx, false);
        assertThat(ours).isEqualTo(xhtml(TIKA, xlsx, false).replaceAll("<meta name=\"X-TIKA:Parsed-By\"[^>]*>\n", ""));
        assertThat(ours).as("what the comparison covers").contains(
                "<title>2024年度 社員名簿</title>", "<h1>社員名簿</h1>", "<h1>退職者</h1>", "<td>山田 太郎</td>", "<td>2019/04/01</td>", "<td>312,500</td>",
                "<td>625,000</td>", "<td>TRUE</td>", "復職予定 2025年4月", "人事部 鈴木: 電話 090-1234-5678 に確認済み", "社外秘",
                "作成 総務部", "https://intra.example.co.jp/hr/1003", "取扱注意：個人情報を含む", "<td>田中 一郎</td>");
    }

    @Test
    void leavesPhoneticReadingsOutOfTheCell() throws Exception {
        byte[] xlsx = Workbooks.withPhoneticReading();
        assertThat(xhtml(new XlsxParser(), xlsx, false)).contains("<td>山田太郎</td>").doesNotContain("ヤマダ");
        assertThat(xhtml(TIKA, xlsx, true)).as("what Tika gives by default").contains("山田太郎 ヤマダ タロウ");
    }

    @Test
    void refusesWhenAskedForPhoneticReadings() throws Exception {
        assertThatThrownBy(() -> xhtml(new XlsxParser(), Workbooks.withPhoneticReading(), true))
                .isInstanceOf(TikaException.class).hasMessageContaining("phonetic");
    }

    @Test
    void throwsOnAWorkbookCutShortSoThatTikaCanRepairIt() throws Exception {
        byte[] xlsx = Workbooks.everythingAnExtractorMustKeep();
        byte[] cut = Arrays.copyOf(xlsx, xlsx.length * 2 / 3);
        assertThatThrownBy(() -> xhtml(new XlsxParser(), cut, false)).isInstanceOfAny(IOException.class, TikaException.class);
    }

    static String xhtml(Parser parser, byte[] xlsx, boolean phoneticRuns) throws Exception {
        ParseContext context = new ParseContext();
        context.set(Parser.class, TIKA);
        OfficeParserConfig config = new OfficeParserConfig();
        config.setConcatenatePhoneticRuns(phoneticRuns);
        context.set(OfficeParserConfig.class, config);
        ToXMLContentHandler handler = new ToXMLContentHandler();
        Metadata metadata = new Metadata();
        metadata.set(Metadata.CONTENT_TYPE, "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        try (TikaInputStream in = TikaInputStream.get(new ByteArrayInputStream(xlsx))) {
            parser.parse(in, handler, metadata, context);
        }
        return handler.toString();
    }
}
