package io.leakscope.generator;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.util.List;
import java.util.Map;
import org.apache.poi.xssf.usermodel.XSSFRichTextString;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

class FileWritersTest {
    @Test
    void workbookCellsWithKanjiCarryTheirReadingAsJapaneseInputStoresIt() throws Exception {
        byte[] xlsx = FileWriters.xlsx(Map.of("名簿", List.of(List.of("氏名", "社員番号"), List.of("山田 太郎", "1001"))));
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            XSSFRichTextString name = wb.getSheet("名簿").getRow(1).getCell(0).getRichStringCellValue();
            assertThat(name.getString()).isEqualTo("山田 太郎");
            assertThat(name.getCTRst().getRPhArray()).extracting(r -> r.getT()).containsExactly("ヤマダタロウ");
            XSSFRichTextString number = wb.getSheet("名簿").getRow(1).getCell(1).getRichStringCellValue();
            assertThat(number.getCTRst().getRPhArray()).isEmpty();
        }
    }
}
