package io.leakscope.core.text;

import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;
import org.apache.lucene.analysis.ja.util.ToStringUtil;

/**
 * Latin forms of a name's kana reading, so that "YAMADA TARO" on a passport list or "Taro Yamada"
 * in an English mail meets 山田 太郎 through the master's フリガナ. Kuromoji's Hepburn romanization
 * (ToStringUtil) writes タロウ as "tarō": the first key spells it "tarou"; passports and business
 * cards drop long vowels ("taro", "yuki", "ono", "shinichi"), which is the second key. Keys are those of {@link Names#key} for latin
 * names: lower case, tokens sorted.
 */
public final class Romaji {
    private Romaji() {
    }

    public static Set<String> keys(String kanaReading) {
        Set<String> out = new LinkedHashSet<>();
        String katakana = Kana.toKatakana(Names.nfkc(kanaReading).strip());
        if (katakana.isEmpty() || !Kana.isKana(katakana)) {
            return out;
        }
        String[] tokens = katakana.split("[\\s・]+");
        String[] hepburn = new String[tokens.length];
        String[] passport = new String[tokens.length];
        for (int i = 0; i < tokens.length; i++) {
            String r = ToStringUtil.getRomanization(tokens[i]).toLowerCase(Locale.ROOT).replace("'", "");
            hepburn[i] = r.replace("ō", "ou").replace("ū", "uu");
            passport[i] = r.replace("ō", "o").replace("ū", "u").replace("oo", "o").replace("uu", "u");
        }
        out.add(sorted(hepburn));
        out.add(sorted(passport));
        return out;
    }

    private static String sorted(String[] tokens) {
        String[] copy = tokens.clone();
        Arrays.sort(copy);
        return String.join(" ", copy);
    }
}
