package io.leakscope.core.detect.jp;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Parses dates as written in Japanese documents: Western (1985/01/23, 1985-1-23, 1985年1月23日,
 * 1985.1.23) and Japanese era (昭和60年1月23日, 平成元年…, S60.1.23, H2/3/4, R1.5.1). The era
 * starts follow the Imperial era law: 明治 1868, 大正 1912, 昭和 1926, 平成 1989, 令和 2019.
 */
public final class JapaneseDates {
    public static final String WESTERN = "(?<y>(?:19|20)\\d{2})\\s*[/.\\-年]\\s*(?<m>\\d{1,2})\\s*[/.\\-月]\\s*(?<d>\\d{1,2})日?";
    public static final String ERA_KANJI = "(?<era>明治|大正|昭和|平成|令和)\\s*(?<ey>元|\\d{1,2})\\s*年\\s*(?<em>\\d{1,2})\\s*月\\s*(?<ed>\\d{1,2})\\s*日";
    public static final String ERA_LETTER = "(?<![A-Za-z])(?<le>[MTSHRmtshr])\\s?(?<ly>\\d{1,2})[./](?<lm>\\d{1,2})[./](?<ld>\\d{1,2})(?!\\d)";
    public static final Pattern ANY = Pattern.compile(WESTERN + "|" + ERA_KANJI + "|" + ERA_LETTER);

    private JapaneseDates() {
    }

    /** The date of a match of {@link #ANY}, if it is a real calendar date. */
    public static Optional<LocalDate> parse(Matcher m) {
        try {
            if (m.group("y") != null) {
                return Optional.of(LocalDate.of(num(m.group("y")), num(m.group("m")), num(m.group("d"))));
            }
            if (m.group("era") != null) {
                int y = "元".equals(m.group("ey")) ? 1 : num(m.group("ey"));
                return Optional.of(LocalDate.of(eraStart(m.group("era")) + y - 1, num(m.group("em")), num(m.group("ed"))));
            }
            int y = num(m.group("ly"));
            return Optional.of(LocalDate.of(eraStart(m.group("le")) + y - 1, num(m.group("lm")), num(m.group("ld"))));
        } catch (DateTimeException | IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    public static Optional<LocalDate> parse(String text) {
        Matcher m = ANY.matcher(text.strip());
        return m.find() ? parse(m) : Optional.empty();
    }

    private static int eraStart(String era) {
        return switch (era) {
            case "明治", "M", "m" -> 1868;
            case "大正", "T", "t" -> 1912;
            case "昭和", "S", "s" -> 1926;
            case "平成", "H", "h" -> 1989;
            case "令和", "R", "r" -> 2019;
            default -> throw new IllegalArgumentException("unknown era");
        };
    }

    private static int num(String s) {
        return Integer.parseInt(s);
    }
}
