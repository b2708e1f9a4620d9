package io.leakscope.core.text;

import java.text.Normalizer;
import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Keys that let the same name written differently compare equal: NFKC, variant kanji folded to
 * their common form (髙→高 …), spaces (half- and full-width) removed, latin names case- and
 * order-insensitive (YAMADA Taro = Taro Yamada).
 */
public final class Names {
    private static final Pattern PERIOD_OR_COMMA = Pattern.compile("[.,]");
    private static final Pattern WHITESPACE = Pattern.compile("\\s+");
    /** Variant (異体字) forms seen in personal names, folded to the form in everyday use. */
    private static final Map<Character, Character> ITAIJI = Map.ofEntries(
            Map.entry('髙', '高'), Map.entry('﨑', '崎'), Map.entry('嵜', '崎'), Map.entry('齋', '斎'),
            Map.entry('齊', '斎'), Map.entry('斉', '斎'), Map.entry('邉', '辺'), Map.entry('邊', '辺'),
            Map.entry('澤', '沢'), Map.entry('濱', '浜'), Map.entry('廣', '広'), Map.entry('國', '国'),
            Map.entry('櫻', '桜'), Map.entry('瀨', '瀬'), Map.entry('德', '徳'), Map.entry('惠', '恵'),
            Map.entry('眞', '真'), Map.entry('槇', '槙'), Map.entry('冨', '富'), Map.entry('籠', '篭'));
    /** {@link #ITAIJI} as a table: a key is built for every token of every text when the case has master names. */
    private static final char[] FOLDED = new char[Character.MAX_VALUE + 1];

    static {
        for (int c = 0; c <= Character.MAX_VALUE; c++) {
            FOLDED[c] = (char) c;
        }
        ITAIJI.forEach((variant, common) -> FOLDED[variant] = common);
    }

    private Names() {
    }

    public static String nfkc(String s) {
        return Radicals.fold(Normalizer.normalize(s, Normalizer.Form.NFKC));
    }

    /** The matching key of a person's name in any script. */
    public static String key(String name) {
        String n = nfkc(name).strip();
        if (isLatin(n)) {
            String[] parts = WHITESPACE.split(PERIOD_OR_COMMA.matcher(n.toLowerCase(Locale.ROOT)).replaceAll(" ").trim());
            Arrays.sort(parts);
            return String.join(" ", parts);
        }
        StringBuilder sb = new StringBuilder(n.length());
        for (int i = 0; i < n.length(); i++) {
            char c = n.charAt(i);
            if (Character.isWhitespace(c) || c == '・') {
                continue;
            }
            sb.append(FOLDED[c]);
        }
        return Kana.toKatakana(sb.toString());
    }

    /**
     * Whether the key of any name that begins with a word of this key, followed by {@code next}, starts
     * with the word's key. True when the word holds a letter beyond Latin (kanji, kana, Hangul…), since
     * such a name is keyed character by character and not by its sorted Latin words, and when NFKC cannot
     * compose {@code next} with the word's last character (a voicing mark or a Hangul vowel could).
     */
    public static boolean keyStartsWithWord(String wordKey, char next) {
        if (!startsAfresh(next)) {
            return false;
        }
        for (int i = 0; i < wordKey.length(); i++) {
            char c = wordKey.charAt(i);
            if (c > 0x024F && Character.isLetter(c)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether NFKC never composes this character with the one before it: ASCII, CJK symbols, kana but its
     * voicing marks, kanji. A text of such characters normalises character by character.
     */
    public static boolean startsAfresh(char c) {
        return c < 0x80 || c >= 0x3000 && c <= 0x3096 || c >= 0x30A0 && c <= 0x30FF
                || c >= 0x3400 && c <= 0x4DBF || c >= 0x4E00 && c <= 0x9FFF;
    }

    /**
     * Whether this character ends a word of a Latin name's key: the whitespace and punctuation the key
     * splits at. (Other spaces, NFKC-folded to one of these, are left out: a word ending in one is
     * simply not known to end there.)
     */
    public static boolean separatesLatinWords(char c) {
        return c == ' ' || c == '.' || c == ',' || c >= '\t' && c <= '\r';
    }

    /** The last letter of the scripts a Latin name is written in (to Latin Extended-B). */
    public static final char LAST_LATIN = 0x024F;

    public static boolean isLatin(String s) {
        boolean letter = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isLetter(c)) {
                if (c > LAST_LATIN) {
                    return false;
                }
                letter = true;
            }
        }
        return letter;
    }

    /** A display form: NFKC, inner whitespace collapsed to one space. */
    public static String display(String name) {
        return WHITESPACE.matcher(nfkc(name).strip()).replaceAll(" ");
    }
}
