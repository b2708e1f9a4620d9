package io.leakscope.core.obligations.jp;

import io.leakscope.core.obligations.JapaneseCalendar;
import java.time.LocalDate;

/**
 * Japanese report deadlines counted as the PPC counts them: the day of awareness is day 1, so an
 * N-day limit ends on {@code aware + (N − 1)}; a limit ending on a closed day moves to the next
 * open day. The civil-code reading (initial day excluded) ends a day later; the earlier date is the
 * deadline and the note says so.
 */
final class JapaneseDeadlines {
    private JapaneseDeadlines() {
    }

    record Deadline(LocalDate due, String note) {
    }

    static Deadline days(LocalDate aware, int n, String why) {
        LocalDate last = aware.plusDays(n - 1L);
        LocalDate due = JapaneseCalendar.nextOpenDay(last);
        LocalDate civil = JapaneseCalendar.nextOpenDay(aware.plusDays(n));
        String moved = due.equals(last) ? "" : "; day " + n + " (" + last + ") is a closed day, moved to the next open day";
        return new Deadline(due, n + " days (" + why + "); day of awareness = day 1" + moved + "; civil-code reading: " + civil);
    }
}
