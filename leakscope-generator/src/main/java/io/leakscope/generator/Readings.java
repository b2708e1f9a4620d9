package io.leakscope.generator;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import org.apache.lucene.analysis.ja.JapaneseTokenizer;
import org.apache.lucene.analysis.ja.tokenattributes.ReadingAttribute;

/** Katakana readings of Japanese words from Kuromoji's dictionary (Datafaker has none). */
final class Readings {
    private Readings() {
    }

    /** The reading, or null when the dictionary does not know every part of the word. */
    static String katakana(String word) {
        StringBuilder sb = new StringBuilder();
        try (JapaneseTokenizer t = new JapaneseTokenizer(null, true, JapaneseTokenizer.Mode.NORMAL)) {
            ReadingAttribute reading = t.addAttribute(ReadingAttribute.class);
            t.setReader(new StringReader(word));
            t.reset();
            while (t.incrementToken()) {
                if (reading.getReading() == null) {
                    return null;
                }
                sb.append(reading.getReading());
            }
            t.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return sb.length() == 0 ? null : sb.toString();
    }
}
