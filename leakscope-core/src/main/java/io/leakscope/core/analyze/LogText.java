package io.leakscope.core.analyze;

import java.util.regex.Pattern;

/**
 * Whether a text is a machine log — a mail server's, a proxy's, an application's — where each line
 * is one event with its own time stamp: syslog ({@code Sep 15 10:15:01 mx01 postfix/…}), ISO 8601
 * ({@code 2024-09-15T01:03:12.345Z,…} as in Exchange message tracking), {@code 2024/09/15 10:15:01},
 * and the access-log form ({@code [15/Sep/2024:10:15:01 +0900]}). Lines opening with {@code #} (W3C
 * extended log directives such as {@code #Fields:}) are left out. A text is a log when at least four
 * in five of its first {@value #SAMPLE} other non-blank lines carry a time stamp near their start.
 */
final class LogText {
    static final int SAMPLE = 200;
    private static final int MIN_LINES = 5;
    private static final int STAMP_WITHIN = 48;
    private static final Pattern STAMP = Pattern.compile(
            "\\d{4}-\\d{2}-\\d{2}[T ]\\d{2}:\\d{2}|\\d{4}/\\d{2}/\\d{2} \\d{2}:\\d{2}|[A-Z][a-z]{2} [ \\d]\\d \\d{2}:\\d{2}:\\d{2}"
                    + "|\\d{2}/[A-Z][a-z]{2}/\\d{4}:\\d{2}:\\d{2}");

    private LogText() {
    }

    static boolean isLog(String text) {
        int lines = 0;
        int stamped = 0;
        int start = 0;
        while (start < text.length() && lines < SAMPLE) {
            int end = text.indexOf('\n', start);
            end = end < 0 ? text.length() : end;
            int first = start;
            while (first < end && Character.isWhitespace(text.charAt(first))) {
                first++;
            }
            if (first < end && text.charAt(first) != '#') {
                lines++;
                if (STAMP.matcher(text).region(first, Math.min(end, first + STAMP_WITHIN)).find()) {
                    stamped++;
                }
            }
            start = end + 1;
        }
        return lines >= MIN_LINES && stamped * 5 >= lines * 4;
    }
}
