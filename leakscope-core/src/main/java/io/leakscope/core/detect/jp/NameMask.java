package io.leakscope.core.detect.jp;

import io.leakscope.core.detect.jp.SegmentTokenizer.Token;

/**
 * Masks what may be a person's name in a short excerpt shown to reviewers (the evidence of a
 * confidential-information flag: "山田弁護士に相談"): every word Kuromoji reads as a personal name —
 * a surname, a given name or a name it does not split (IPADIC 名詞-固有名詞-人名) — becomes one
 * {@code *} per character. It masks more than the name recognizers report, on purpose: an excerpt
 * has no context to confirm a name, and a masked word costs the reviewer nothing the document's
 * path and line do not give back.
 */
public final class NameMask {
    private static final String PERSONAL_NAME = "名詞-固有名詞-人名";

    private NameMask() {
    }

    public static String mask(String excerpt) {
        char[] out = excerpt.toCharArray();
        for (Token t : JapaneseNameRecognizer.tokenize(excerpt)) {
            if (t.is(PERSONAL_NAME)) {
                for (int i = t.start(); i < t.end(); i++) {
                    out[i] = '*';
                }
            }
        }
        return new String(out);
    }
}
