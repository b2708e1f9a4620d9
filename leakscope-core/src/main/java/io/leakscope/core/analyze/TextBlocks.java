package io.leakscope.core.analyze;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Where running text changes from one person's data to another's: the bounds of its blocks. A block
 * ends at a blank line, and before a line that opens one of its own:
 * <ul>
 *   <li>a mail header line — From, To, Cc, Bcc, Sent, Date, Subject, and the Japanese UI's 差出人,
 *       送信者, 送信日時, 日付, 宛先, 件名 — also inside a quoted reply ({@code > From: …});</li>
 *   <li>the separator of a quoted message ({@code -----Original Message-----},
 *       {@code -----元のメッセージ-----}, {@code ---------- Forwarded message ---------}) and the line
 *       that introduces a quote ({@code On Mon, Sep 2, 2024 … wrote:},
 *       {@code 2024年9月2日(月) 10:15 山田太郎 <…>:});</li>
 *   <li>a change of quoting depth (the count of {@code >} in front of a line).</li>
 * </ul>
 * Read line by line, not with a pattern tried at every position: this runs on every document's text.
 */
final class TextBlocks {
    private static final List<String> HEADER_LABELS = List.of("From", "To", "Cc", "CC", "Bcc", "BCC", "Sent", "Date", "Subject",
            "差出人", "送信者", "送信日時", "日付", "宛先", "件名");
    private static final Pattern SEPARATOR = Pattern.compile("-{2,}\\s*(?:Original Message|元のメッセージ|Forwarded [Mm]essage|転送メッセージ)\\s*-{2,}.*");
    private static final Pattern QUOTE_INTRO = Pattern.compile("(?:On .{6,120} wrote:|.{0,80}\\d{4}年\\d{1,2}月\\d{1,2}日.{0,80}[<＜].+@.+[>＞]\\s*[:：]"
            + "|.{0,120}(?:書きました|wrote)\\s*[:：])\\s*");

    private TextBlocks() {
    }

    /** The blocks of the text as {start, end} (end past the last character's line feed, or length + 1 for the last). */
    static List<int[]> of(String text) {
        List<int[]> blocks = new ArrayList<>();
        int start = 0;
        int from = 0;
        int depth = quoteDepth(text, 0);
        for (int nl = text.indexOf('\n'); nl >= 0; nl = text.indexOf('\n', from)) {
            int blankEnd = blankLineEnd(text, nl);
            int nextDepth = quoteDepth(text, nl + 1);
            if (blankEnd >= 0 || opensBlock(text, nl + 1) || nextDepth != depth) {
                blocks.add(new int[] {start, nl + 1});
                start = nl + 1;
            }
            depth = nextDepth;
            from = blankEnd >= 0 ? blankEnd : nl + 1; // a blank line's closing line feed opens no block of its own
        }
        blocks.add(new int[] {start, text.length() + 1});
        return blocks;
    }

    /** Each line a block: a log's lines are each one event, whoever else the next line names. */
    static List<int[]> lines(String text) {
        List<int[]> blocks = new ArrayList<>();
        int start = 0;
        for (int nl = text.indexOf('\n'); nl >= 0; nl = text.indexOf('\n', start)) {
            blocks.add(new int[] {start, nl + 1});
            start = nl + 1;
        }
        blocks.add(new int[] {start, text.length() + 1});
        return blocks;
    }

    /** After the line feed at {@code nl}: the end of a blank line (past its own line feed), or -1. */
    private static int blankLineEnd(String text, int nl) {
        int i = nl + 1;
        while (i < text.length() && (text.charAt(i) == ' ' || text.charAt(i) == '\t' || text.charAt(i) == '\u3000')) {
            i++;
        }
        return i < text.length() && text.charAt(i) == '\n' ? i + 1 : -1;
    }

    /** The number of ">" quoting the line at {@code at} (spaces between them allowed). */
    static int quoteDepth(String text, int at) {
        int depth = 0;
        for (int i = at; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '>' || c == '＞') {
                depth++;
            } else if (c != ' ' && c != '\u3000') {
                break;
            }
        }
        return depth;
    }

    /** Whether the line at {@code at} is a mail header line (quoted or not), a quote's separator or its introduction. */
    static boolean opensBlock(String text, int at) {
        int i = at;
        while (i < text.length() && (text.charAt(i) == '>' || text.charAt(i) == ' ' || text.charAt(i) == '\u3000')) {
            i++;
        }
        if (isHeaderLine(text, i)) {
            return true;
        }
        if (i >= text.length()) {
            return false;
        }
        int end = text.indexOf('\n', i);
        end = end < 0 ? text.length() : end;
        int last = end - 1;
        while (last > i && (text.charAt(last) == ' ' || text.charAt(last) == '\r')) {
            last--;
        }
        boolean separator = text.charAt(i) == '-';
        boolean intro = text.charAt(last) == ':' || text.charAt(last) == '：';
        if (!separator && !intro || end - i > 240) {
            return false; // most lines: no copy, no pattern
        }
        String line = text.substring(i, last + 1);
        return separator ? SEPARATOR.matcher(line).matches() : QUOTE_INTRO.matcher(line).matches();
    }

    private static boolean isHeaderLine(String text, int at) {
        for (String label : HEADER_LABELS) {
            if (text.startsWith(label, at)) {
                int after = at + label.length();
                if (after < text.length() && (text.charAt(after) == ':' || text.charAt(after) == '：')) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Mail header lines that name one person each, as the reader renders them and as replies quote them. */
    static boolean isAddressHeader(String text, int at) {
        int i = at;
        while (i < text.length() && (text.charAt(i) == '>' || text.charAt(i) == ' ')) {
            i++;
        }
        for (String label : List.of("From", "To", "Cc", "CC", "Bcc", "BCC", "差出人", "送信者", "宛先")) {
            if (text.startsWith(label, i) && i + label.length() < text.length()
                    && (text.charAt(i + label.length()) == ':' || text.charAt(i + label.length()) == '：')) {
                return true;
            }
        }
        return false;
    }
}
