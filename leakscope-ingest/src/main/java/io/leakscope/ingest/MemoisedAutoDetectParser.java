package io.leakscope.ingest;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.tika.config.TikaConfig;
import org.apache.tika.mime.MediaType;
import org.apache.tika.parser.AutoDetectParser;
import org.apache.tika.parser.CompositeParser;
import org.apache.tika.parser.ParseContext;
import org.apache.tika.parser.Parser;
import org.apache.tika.parser.ocr.TesseractOCRConfig;

/**
 * Tika's AutoDetectParser, with the parser of each type worked out once instead of at every file
 * and embedded document. Tika's composite parsers rebuild their map of types to parsers on every
 * call, asking each of their parsers for its types (a tenth of a reader worker's time on a leak of
 * office files). Of Tika's parsers only Tesseract's types depend on the parse context (none while
 * OCR is skipped), so one map is kept per OCR setting. Its values are the parsers that read the
 * type, not the default parser that holds them, so that one's own lookup is not repeated either.
 */
final class MemoisedAutoDetectParser extends AutoDetectParser {
    private enum OcrSetting { UNSET, SKIPPED, ON }

    private final Parser all;
    private final Map<OcrSetting, Map<MediaType, Parser>> byOcr = new ConcurrentHashMap<>();

    MemoisedAutoDetectParser(TikaConfig config) {
        super(config);
        this.all = config.getParser();
    }

    @Override
    public Map<MediaType, Parser> getParsers(ParseContext context) {
        return byOcr.computeIfAbsent(ocrOf(context), setting -> Map.copyOf(
                all instanceof CompositeParser composite ? composite.getParsers(context) : super.getParsers(context)));
    }

    private static OcrSetting ocrOf(ParseContext context) {
        TesseractOCRConfig tesseract = context.get(TesseractOCRConfig.class);
        return tesseract == null ? OcrSetting.UNSET : tesseract.isSkipOcr() ? OcrSetting.SKIPPED : OcrSetting.ON;
    }
}
