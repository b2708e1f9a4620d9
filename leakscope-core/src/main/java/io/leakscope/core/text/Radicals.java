package io.leakscope.core.text;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;

/**
 * CJK radical characters (U+2E80–U+2FDF, U+31C0…) and the ideographs they stand for, from Unicode's
 * EquivalentUnifiedIdeograph.txt ({@code scripts/update-radicals.sh}). Text extracted from PDFs
 * set in some Japanese fonts carries them in place of ideographs: 長沢 comes out as ⻑沢. NFKC folds
 * the Kangxi radicals (⼀ → 一) but not the CJK Radicals Supplement (⻑), so both are folded here.
 */
public final class Radicals {
    private static final Map<Integer, Integer> UNIFIED = load();

    private Radicals() {
    }

    /** The ideograph a radical stands for, or the code point itself. */
    public static int unified(int codePoint) {
        if (codePoint < 0x2E80 || codePoint > 0x31EF) {
            return codePoint;
        }
        return UNIFIED.getOrDefault(codePoint, codePoint);
    }

    /** The string with every radical replaced by its ideograph. */
    public static String fold(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c >= 0x2E80 && c <= 0x31EF) {
                StringBuilder sb = new StringBuilder(s.length());
                s.codePoints().forEach(cp -> sb.appendCodePoint(unified(cp)));
                return sb.toString();
            }
        }
        return s;
    }

    private static Map<Integer, Integer> load() {
        Map<Integer, Integer> map = new HashMap<>();
        try (InputStream in = Radicals.class.getResourceAsStream("equivalent-unified-ideographs.tsv");
             BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            while ((line = r.readLine()) != null) {
                if (!line.startsWith("#") && !line.isBlank()) {
                    String[] f = line.split("\t");
                    map.put(Integer.parseInt(f[0], 16), Integer.parseInt(f[1], 16));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Map.copyOf(map);
    }
}
