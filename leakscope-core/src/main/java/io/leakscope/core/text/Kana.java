package io.leakscope.core.text;

/** Kana helpers: hiragana and katakana compare equal once folded to katakana. */
public final class Kana {
    private Kana() {
    }

    public static String toKatakana(String s) {
        StringBuilder sb = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            sb.append(c >= 'ぁ' && c <= 'ゖ' ? (char) (c + 0x60) : c);
        }
        return sb.toString();
    }

    /** True when every letter is kana (spaces and the long-vowel mark allowed). */
    public static boolean isKana(String s) {
        boolean any = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isWhitespace(c) || c == '・') {
                continue;
            }
            if ((c >= 'ぁ' && c <= 'ゖ') || (c >= 'ァ' && c <= 'ヺ') || c == 'ー') {
                any = true;
            } else {
                return false;
            }
        }
        return any;
    }
}
