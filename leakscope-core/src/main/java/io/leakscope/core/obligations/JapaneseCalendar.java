package io.leakscope.core.obligations;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.Set;

/**
 * Open and closed days for Japanese deadlines: Saturdays, Sundays, national holidays (with
 * substitute holidays, from the Cabinet Office list: {@code scripts/update-holidays.sh}) and the
 * year-end closure 12/29–1/3 are closed.
 */
public final class JapaneseCalendar {
    private static final Set<LocalDate> HOLIDAYS = load();

    private JapaneseCalendar() {
    }

    public static boolean isClosed(LocalDate d) {
        boolean weekend = d.getDayOfWeek() == DayOfWeek.SATURDAY || d.getDayOfWeek() == DayOfWeek.SUNDAY;
        boolean yearEnd = d.getMonthValue() == 12 && d.getDayOfMonth() >= 29 || d.getMonthValue() == 1 && d.getDayOfMonth() <= 3;
        return weekend || yearEnd || HOLIDAYS.contains(d);
    }

    /** The day itself if open, else the next open day. */
    public static LocalDate nextOpenDay(LocalDate d) {
        LocalDate x = d;
        while (isClosed(x)) {
            x = x.plusDays(1);
        }
        return x;
    }

    private static Set<LocalDate> load() {
        Set<LocalDate> out = new HashSet<>();
        try (InputStream in = JapaneseCalendar.class.getResourceAsStream("jp-holidays.tsv");
             BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            while ((line = r.readLine()) != null) {
                if (!line.startsWith("#") && !line.isBlank()) {
                    out.add(LocalDate.parse(line.substring(0, 10)));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Set.copyOf(out);
    }
}
