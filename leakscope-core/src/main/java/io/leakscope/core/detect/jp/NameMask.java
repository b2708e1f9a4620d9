package io.leakscope.core.detect.jp;

import io.leakscope.core.detect.Candidate;
import io.leakscope.core.detect.KnownNames;
import io.leakscope.core.detect.global.LatinNameRecognizer;
import io.leakscope.core.detect.jp.SegmentTokenizer.Tokens;
import io.leakscope.core.model.Span;
import io.leakscope.core.text.NormalizedText;
import java.util.Arrays;

/**
 * Masks what may be a person's name in a short excerpt shown to reviewers (the context of a
 * confidential-information flag: "山田弁護士に相談"): every word Kuromoji reads as a personal name —
 * a surname, a given name or a name it does not split (IPADIC 名詞-固有名詞-人名) — and every run of
 * two or three capitalised Latin words that could be a name ({@link LatinNameRecognizer}'s
 * candidates, before any context) becomes one {@code *} per character. It masks more than the name
 * recognizers report, on purpose: an excerpt has no context to confirm a name, and a masked word
 * costs the reviewer nothing the document's path and line do not give back.
 */
public final class NameMask {
    private static final String PERSONAL_NAME = "名詞-固有名詞-人名";

    private NameMask() {
    }

    private static final LatinNameRecognizer LATIN = new LatinNameRecognizer(KnownNames.NONE);

    public static String mask(String excerpt) {
        char[] out = excerpt.toCharArray();
        Tokens tokens = JapaneseNameRecognizer.tokenize(excerpt);
        for (int i = 0; i < tokens.size(); i++) {
            if (tokens.is(i, PERSONAL_NAME)) {
                Arrays.fill(out, tokens.start(i), tokens.end(i), '*');
            }
        }
        NormalizedText text = NormalizedText.of(excerpt);
        for (Candidate c : LATIN.analyze(text)) {
            Span span = text.originalSpan(c.start(), c.end());
            for (int i = span.start(); i < span.end(); i++) {
                out[i] = Character.isWhitespace(out[i]) ? out[i] : '*';
            }
        }
        return new String(out);
    }
}
