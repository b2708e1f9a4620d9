package io.leakscope.core.text;

/**
 * A string from a leaked file (a file name, a value, a line of evidence) made safe to show in a
 * terminal or a plain-text report: control characters (escape sequences that recolour the screen,
 * set the window title or ring the bell; line breaks that forge a line of output), bidirectional
 * overrides and isolates (請求書‮fdp.exe shows as 請求書exe.pdf) and zero-width characters are
 * shown as visible escapes ({@code \e}, {@code \n}, {@code \u202E}) instead of acting.
 */
public final class TerminalText {
    private TerminalText() {
    }

    public static String escape(String s) {
        if (s == null) {
            return null;
        }
        int i = 0;
        while (i < s.length() && !acts(s.charAt(i)) && s.charAt(i) != '\\') {
            i++;
        }
        if (i == s.length()) {
            return s;
        }
        StringBuilder out = new StringBuilder(s.length() + 16).append(s, 0, i);
        for (; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\\') {
                out.append("\\\\");
            } else if (!acts(c)) {
                out.append(c);
            } else {
                out.append(switch (c) {
                    case '\n' -> "\\n";
                    case '\r' -> "\\r";
                    case '\t' -> "\\t";
                    case '\u001B' -> "\\e";
                    default -> String.format("\\u%04X", (int) c);
                });
            }
        }
        return out.toString();
    }

    /** Whether the character does something on a screen rather than showing itself. */
    static boolean acts(char c) {
        return c < 0x20 || c == 0x7F || (c >= 0x80 && c < 0xA0) // C0 and C1 controls, DEL
                || c == '\u061C' || c == '\u200E' || c == '\u200F' // bidi marks
                || (c >= '\u202A' && c <= '\u202E') || (c >= '\u2066' && c <= '\u2069') // bidi embeddings, overrides, isolates
                || (c >= '\u200B' && c <= '\u200D') || c == '\u2060' || c == '\uFEFF' // zero-width space, joiners, word joiner, BOM
                || c == '\u2028' || c == '\u2029'; // line and paragraph separators
    }
}
