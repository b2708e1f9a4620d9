package io.leakscope.ingest.xlsx;

import java.io.IOException;
import java.io.InputStream;
import java.util.Locale;
import java.util.Set;
import org.apache.commons.io.input.CloseShieldInputStream;
import org.apache.poi.openxml4j.exceptions.OpenXML4JException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.util.LocaleUtil;
import org.apache.poi.xssf.extractor.XSSFEventBasedExcelExtractor;
import org.apache.tika.exception.RuntimeSAXException;
import org.apache.tika.exception.TikaException;
import org.apache.tika.io.TikaInputStream;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.mime.MediaType;
import org.apache.tika.parser.AbstractParser;
import org.apache.tika.parser.ParseContext;
import org.apache.tika.parser.microsoft.OfficeParserConfig;
import org.apache.xmlbeans.XmlException;
import org.xml.sax.ContentHandler;
import org.xml.sax.SAXException;

/**
 * Reads Excel 2007+ workbooks (.xlsx, .xlsm) into the same XHTML as Tika's OOXML parser, in about
 * 70 % of its time on the bench corpus's workbooks (see {@link PlainSharedStrings} for why).
 *
 * <p>It opens only well-formed packages: a truncated or damaged one throws, and the caller should
 * then read the file with Tika's own parser, which repairs what it can and names the fault. Cells
 * are read without phonetic runs; the context must say so ({@link OfficeParserConfig} with
 * {@code concatenatePhoneticRuns} off, which Tika's parser honours too), else the file is refused.
 */
public final class XlsxParser extends AbstractParser {
    public static final Set<MediaType> TYPES = Set.of(
            MediaType.application("vnd.openxmlformats-officedocument.spreadsheetml.sheet"),
            MediaType.application("vnd.ms-excel.sheet.macroenabled.12"));

    @Override
    public Set<MediaType> getSupportedTypes(ParseContext context) {
        return TYPES;
    }

    @Override
    public void parse(InputStream stream, ContentHandler handler, Metadata metadata, ParseContext context)
            throws IOException, SAXException, TikaException {
        OfficeParserConfig config = context.get(OfficeParserConfig.class);
        if (config == null || config.isConcatenatePhoneticRuns()) {
            throw new TikaException("this parser leaves phonetic runs out: set OfficeParserConfig.setConcatenatePhoneticRuns(false)");
        }
        Locale locale = context.get(Locale.class, LocaleUtil.getUserLocale());
        OPCPackage pkg = open(stream);
        try {
            XSSFEventBasedExcelExtractor poi = new XSSFEventBasedExcelExtractor(pkg);
            PlainSharedStrings strings = PlainSharedStrings.of(pkg, context);
            PlainStringsSheetExtractor extractor = new PlainStringsSheetExtractor(context, poi, locale, strings);
            extractor.getMetadataExtractor().extract(metadata); // the title goes into the XHTML's head
            extractor.getXHTML(handler, metadata, context);
        } catch (OpenXML4JException | XmlException e) {
            throw new TikaException("cannot open the workbook", e);
        } catch (RuntimeSAXException e) {
            throw (SAXException) e.getCause();
        } finally {
            pkg.revert(); // closes without writing anything back
        }
    }

    /** From the file when the stream has one (zip random access), else from memory, as Tika does. */
    private static OPCPackage open(InputStream stream) throws IOException, TikaException {
        TikaInputStream tis = TikaInputStream.cast(stream);
        try {
            if (tis != null && tis.hasFile()) {
                return OPCPackage.open(tis.getFile(), PackageAccess.READ);
            }
            return OPCPackage.open(CloseShieldInputStream.wrap(stream));
        } catch (OpenXML4JException | RuntimeException e) {
            throw new TikaException("cannot open the workbook", e);
        }
    }
}
