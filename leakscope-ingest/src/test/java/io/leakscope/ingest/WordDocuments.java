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
}
