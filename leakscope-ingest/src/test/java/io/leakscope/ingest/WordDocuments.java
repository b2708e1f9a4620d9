package io.leakscope.ingest;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigInteger;
import org.apache.poi.wp.usermodel.HeaderFooterType;
import org.apache.poi.xwpf.usermodel.XWPFComment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFTable;

/** Word documents built for the tests, with the places personal data hides in besides the body. */
final class WordDocuments {
    private WordDocuments() {
    }

    /** Body text, a table, a header, a footer, a footnote, a comment and a text box, each naming someone. */
    static byte[] withEveryPlaceTextCanBe() throws IOException {
        byte[] docx;
        try (XWPFDocument d = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            d.createHeader(HeaderFooterType.DEFAULT).createParagraph().createRun().setText("社外秘 人事部");
            d.createFooter(HeaderFooterType.DEFAULT).createParagraph().createRun().setText("作成 総務部 小林 五郎");
            d.createParagraph().createRun().setText("山田 太郎 様");
            XWPFTable table = d.createTable(2, 2);
            table.getRow(0).getCell(0).setText("氏名");
            table.getRow(0).getCell(1).setText("電話");
            table.getRow(1).getCell(0).setText("佐藤 花子");
            table.getRow(1).getCell(1).setText("090-1111-2222");
            d.createParagraph().createRun().setText("以上");
            d.createFootnote().createParagraph().createRun().setText("注記 田中 次郎 確認済み");
            XWPFComment comment = d.createComments().createComment(BigInteger.ONE);
            comment.setAuthor("高橋");
            comment.createParagraph().createRun().setText("コメント 高橋 三郎");
            d.write(out);
            docx = out.toByteArray();
        }
        String textBox = "<w:p><w:r><w:pict><v:shape xmlns:v=\"urn:schemas-microsoft-com:vml\"><v:textbox><w:txbxContent>"
                + "<w:p><w:r><w:t>テキストボックス 渡辺 四郎</w:t></w:r></w:p></w:txbxContent></v:textbox></v:shape></w:pict></w:r></w:p>";
        return TestFiles.rewritePart(docx, "word/document.xml", xml -> xml.replace("<w:body>", "<w:body>" + textBox));
    }

    /** A Word file with a workbook embedded in it (an OLE package, as Word's Insert › Object makes), the workbook naming someone. */
    static byte[] withEmbeddedWorkbook() throws Exception {
        byte[] xlsx;
        try (org.apache.poi.xssf.usermodel.XSSFWorkbook wb = new org.apache.poi.xssf.usermodel.XSSFWorkbook();
             ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            org.apache.poi.ss.usermodel.Sheet sheet = wb.createSheet("名簿");
            sheet.createRow(0).createCell(0).setCellValue("氏名");
            sheet.getRow(0).createCell(1).setCellValue("携帯");
            sheet.createRow(1).createCell(0).setCellValue("佐藤 花子");
            sheet.getRow(1).createCell(1).setCellValue("090-1111-2222");
            wb.write(out);
            xlsx = out.toByteArray();
        }
        try (XWPFDocument d = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            d.createParagraph().createRun().setText("添付の名簿をご確認ください。");
            org.apache.poi.openxml4j.opc.PackagePart part = d.getPackage().createPart(
                    org.apache.poi.openxml4j.opc.PackagingURIHelper.createPartName("/word/embeddings/Microsoft_Excel_Worksheet1.xlsx"),
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
            try (java.io.OutputStream os = part.getOutputStream()) {
                os.write(xlsx);
            }
            d.getPackagePart().addRelationship(part.getPartName(), org.apache.poi.openxml4j.opc.TargetMode.INTERNAL,
                    "http://schemas.openxmlformats.org/officeDocument/2006/relationships/package");
            d.write(out);
            return out.toByteArray();
        }
    }
}
