package io.leakscope.ingest.xlsx;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.model.SharedStrings;
import org.apache.tika.parser.ParseContext;
import org.apache.tika.utils.XMLReaderUtils;
import org.junit.jupiter.api.Test;

class PlainSharedStringsTest {
    /** Plain, rich (runs), phonetic, escaped, space-preserving, empty, entity-bearing and strict-namespace items. */
    private static final String SST = """
            <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
            <sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="9" uniqueCount="8">
            <si><t>社員番号</t></si>
            <si><r><rPr><b/></rPr><t>山田</t></r><r><t xml:space="preserve"> 太郎</t></r></si>
            <si><t>佐藤花子</t><rPh sb="0" eb="2"><t>サトウ</t></rPh><rPh sb="2" eb="4"><t>ハナコ</t></rPh><phoneticPr fontId="1"/></si>
            <si><t>1行目_x000D_
            2行目_x0009_タブ_X00zz_</t></si>
            <si><t xml:space="preserve">  前後に空白  </t></si>
            <si><t/></si>
            <si><t>R&amp;D &lt;開発&gt;</t></si>
            <si><x:t xmlns:x="http://purl.oclc.org/ooxml/spreadsheetml/main">strict</x:t></si>
            </sst>
            """;

    @Test
    void everyItemReadsAsPoiReadsItWithoutPhoneticRuns() throws Exception {
        SharedStrings poi = new ReadOnlySharedStringsTable(stream(), false);
        SharedStrings ours = parse();
        assertThat(texts(ours)).isEqualTo(texts(poi)).hasSize(8);
        assertThat(ours.getCount()).isEqualTo(9);
        assertThat(ours.getUniqueCount()).isEqualTo(8);
    }

    @Test
    void aCellReadsAsExcelShowsIt() throws Exception {
        List<String> texts = texts(parse());
        assertThat(texts.get(1)).isEqualTo("山田 太郎");
        assertThat(texts.get(2)).isEqualTo("佐藤花子");
        assertThat(texts.get(3)).isEqualTo("1行目\r\n2行目\tタブ_X00zz_");
        assertThat(texts.get(6)).isEqualTo("R&D <開発>");
    }

    private static PlainSharedStrings parse() throws Exception {
        PlainSharedStrings table = new PlainSharedStrings();
        XMLReaderUtils.parseSAX(stream(), table, new ParseContext());
        return table;
    }

    private static ByteArrayInputStream stream() {
        return new ByteArrayInputStream(SST.getBytes(StandardCharsets.UTF_8));
    }

    private static List<String> texts(SharedStrings table) {
        List<String> texts = new ArrayList<>();
        for (int i = 0; table.getUniqueCount() > i; i++) {
            texts.add(table.getItemAt(i).getString());
        }
        return texts;
    }
}
