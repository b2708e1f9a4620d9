package io.leakscope.ingest.xlsx;

import java.io.IOException;
import java.io.InputStream;
import java.util.Locale;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler;
import org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler.SheetContentsHandler;
import org.apache.poi.xssf.extractor.XSSFEventBasedExcelExtractor;
import org.apache.poi.xssf.model.Comments;
import org.apache.poi.xssf.model.StylesTable;
import org.apache.tika.exception.TikaException;
import org.apache.tika.parser.ParseContext;
import org.apache.tika.parser.microsoft.ooxml.XSSFExcelExtractorDecorator;
import org.apache.tika.utils.XMLReaderUtils;
import org.xml.sax.SAXException;

/**
 * Tika's XLSX extraction — sheet names, cells formatted as Excel shows them, comments, headers and
 * footers, text boxes, hyperlinks, embedded documents — with one change: string cells take their
 * text from {@link PlainSharedStrings} instead of the table Tika passes in.
 */
final class PlainStringsSheetExtractor extends XSSFExcelExtractorDecorator {
    private final PlainSharedStrings strings;

    PlainStringsSheetExtractor(ParseContext context, XSSFEventBasedExcelExtractor extractor, Locale locale, PlainSharedStrings strings) {
        super(context, extractor, locale);
        this.strings = strings;
    }

    @Override
    public void processSheet(SheetContentsHandler sheet, Comments comments, StylesTable styles,
            ReadOnlySharedStringsTable unused, InputStream sheetXml) throws IOException, SAXException {
        XSSFSheetXMLHandler handler = new XSSFSheetXMLHandler(styles, comments, strings, sheet, formatter, false);
        try {
            XMLReaderUtils.parseSAX(sheetXml, handler, parseContext);
        } catch (TikaException e) {
            throw new IOException("cannot read a sheet", e);
        }
    }
}
