package io.leakscope.ingest.xlsx;

import io.leakscope.ingest.TestFiles;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Calendar;
import org.apache.poi.common.usermodel.HyperlinkType;
import org.apache.poi.ss.usermodel.ClientAnchor;
import org.apache.poi.ss.usermodel.Comment;
import org.apache.poi.ss.usermodel.CreationHelper;
import org.apache.poi.ss.usermodel.Drawing;
import org.apache.poi.ss.usermodel.Hyperlink;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFClientAnchor;
import org.apache.poi.xssf.usermodel.XSSFDrawing;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFTextBox;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** Workbooks built for the tests, with the parts of a real one an extractor must not lose. */
public final class Workbooks {
    private Workbooks() {
    }

    /**
     * Two sheets (the second hidden) with strings (one repeated, one with a line break), formatted
     * numbers, a date, a formula with its cached result, a boolean, a gap between cells, a merged
     * region, a comment, a header and footer, a hyperlink, a text box and a title.
     */
    public static byte[] everythingAnExtractorMustKeep() throws IOException {
        try (XSSFWorkbook wb = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            CreationHelper help = wb.getCreationHelper();
            XSSFSheet roster = wb.createSheet("社員名簿");
            row(roster, 0, "社員番号", "氏名", "入社日", "月給", "在籍");
            Row r1 = row(roster, 1, "1001", "山田 太郎");
            XSSFCellStyle date = wb.createCellStyle();
            date.setDataFormat(help.createDataFormat().getFormat("yyyy/mm/dd"));
            Calendar hired = Calendar.getInstance();
            hired.clear();
            hired.set(2019, Calendar.APRIL, 1);
            r1.createCell(2).setCellValue(hired);
            r1.getCell(2).setCellStyle(date);
            XSSFCellStyle yen = wb.createCellStyle();
            yen.setDataFormat(help.createDataFormat().getFormat("#,##0"));
            r1.createCell(3).setCellValue(312500);
            r1.getCell(3).setCellStyle(yen);
            r1.createCell(4).setCellValue(true);
            Row r2 = row(roster, 2, "1002", "佐藤 花子");
            r2.createCell(3).setCellFormula("D2*2");
            r2.getCell(3).setCellStyle(yen);
            r2.createCell(6).setCellValue("備考：育休中\n復職予定 2025年4月");
            Row r3 = row(roster, 3, "1003", "山田 太郎");
            roster.addMergedRegion(new CellRangeAddress(3, 3, 2, 4));
            Drawing<?> drawing = roster.createDrawingPatriarch();
            ClientAnchor anchor = help.createClientAnchor();
            Comment comment = drawing.createCellComment(anchor);
            comment.setString(help.createRichTextString("電話 090-1234-5678 に確認済み"));
            comment.setAuthor("人事部 鈴木");
            r3.getCell(1).setCellComment(comment);
            Hyperlink link = help.createHyperlink(HyperlinkType.URL);
            link.setAddress("https://intra.example.co.jp/hr/1003");
            r3.getCell(0).setHyperlink(link);
            XSSFTextBox box = ((XSSFDrawing) drawing).createTextbox(new XSSFClientAnchor(0, 0, 0, 0, 7, 1, 10, 4));
            box.setText("取扱注意：個人情報を含む");
            roster.getHeader().setCenter("社外秘");
            roster.getFooter().setRight("作成 総務部");
            XSSFSheet leavers = wb.createSheet("退職者");
            row(leavers, 0, "氏名", "退職日");
            row(leavers, 1, "田中 一郎", "2023/03/31");
            wb.setSheetHidden(1, true);
            wb.getProperties().getCoreProperties().setTitle("2024年度 社員名簿");
            wb.getCreationHelper().createFormulaEvaluator().evaluateAll();
            wb.write(out);
            return out.toByteArray();
        }
    }

    /** One sheet whose name cell carries the phonetic reading Japanese input stores with typed text. */
    public static byte[] withPhoneticReading() throws IOException {
        byte[] plain;
        try (XSSFWorkbook wb = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            XSSFSheet sheet = wb.createSheet("名簿");
            row(sheet, 0, "氏名", "部署");
            row(sheet, 1, "山田太郎", "営業部");
            wb.write(out);
            plain = out.toByteArray();
        }
        return TestFiles.rewritePart(plain, "xl/sharedStrings.xml", xml -> xml.replace("<t>山田太郎</t>",
                "<t>山田太郎</t><rPh sb=\"0\" eb=\"2\"><t>ヤマダ</t></rPh><rPh sb=\"2\" eb=\"4\"><t>タロウ</t></rPh><phoneticPr fontId=\"1\"/>"));
    }

    private static Row row(XSSFSheet sheet, int index, String... cells) {
        Row row = sheet.createRow(index);
        for (int i = 0; i < cells.length; i++) {
            row.createCell(i).setCellValue(cells[i]);
        }
        return row;
    }
}
