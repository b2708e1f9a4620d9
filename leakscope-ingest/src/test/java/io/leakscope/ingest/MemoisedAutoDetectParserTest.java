package io.leakscope.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.tika.config.TikaConfig;
import org.apache.tika.mime.MediaType;
import org.apache.tika.mime.MediaTypeRegistry;
import org.apache.tika.parser.AutoDetectParser;
import org.apache.tika.parser.CompositeParser;
import org.apache.tika.parser.ParseContext;
import org.apache.tika.parser.Parser;
import org.junit.jupiter.api.Test;

class MemoisedAutoDetectParserTest {
    private final TikaConfig config = TikaConfig.getDefaultConfig();
    private final MediaTypeRegistry registry = config.getMediaTypeRegistry();

    /** Every type Tika knows, with OCR unset, off and on: the same parser reads it as with Tika's own AutoDetectParser. */
    @Test
    void everyTypeIsReadByTheParserTikaWouldChoose() {
        MemoisedAutoDetectParser memoised = new MemoisedAutoDetectParser(config);
        AutoDetectParser tika = new AutoDetectParser(config);
        List<MediaType> types = new ArrayList<>(registry.getTypes());
        types.add(MediaType.parse("application/vnd.wordperfect; version=5.1"));
        int read = 0;
        for (ParseContext context : List.of(new ParseContext(), withOcr(false), withOcr(true), withOcr(false))) {
            for (MediaType type : types) {
                Parser expected = parserOf(tika, type, context);
                assertThat(parserOf(memoised, type, context)).as("%s", type).isSameAs(expected);
                read += expected == null ? 0 : 1;
            }
        }
        assertThat(read).as("types some parser reads").isGreaterThan(1_000);
    }

    private static ParseContext withOcr(boolean on) {
        ParseContext context = new ParseContext();
        Ocr.configure(context, on);
        return context;
    }

    /** The parser that reads the type, through every level of composite parsers, as CompositeParser.getParser looks it up. */
    private Parser parserOf(Parser parser, MediaType type, ParseContext context) {
        Parser p = parser;
        while (p instanceof CompositeParser composite) {
            p = lookUp(composite.getParsers(context), type);
            if (p == null) {
                return null;
            }
        }
        return p;
    }

    private Parser lookUp(Map<MediaType, Parser> parsers, MediaType type) {
        for (MediaType t = registry.normalize(type); t != null; t = registry.getSupertype(t)) {
            Parser p = parsers.get(t);
            if (p != null) {
                return p;
            }
        }
        return null;
    }
}
