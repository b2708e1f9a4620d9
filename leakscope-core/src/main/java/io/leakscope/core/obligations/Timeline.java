package io.leakscope.core.obligations;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * The case timeline: the day of awareness, what the company has done (reports filed, notices sent),
 * and every obligation that applies with its due date — done (and on which day), overdue, or due
 * in N days from today.
 */
public final class Timeline {
    private Timeline() {
    }

    /** Something the company did, possibly fulfilling an obligation. */
    public record Event(LocalDate at, String obligationId, String description) {
    }

    /** One line of the timeline. {@code day} counts the day of awareness as day 1. */
    public record Entry(LocalDate date, long day, String what, String status) {
    }

    public static List<Entry> of(CaseFacts facts, List<Obligation> obligations, List<Event> events, LocalDate today) {
        LocalDate aware = facts.awareDateJst();
        List<Entry> out = new ArrayList<>();
        out.add(new Entry(aware, 1, "became aware (" + facts.cause() + ")", "done"));
        for (Event e : events) {
            out.add(new Entry(e.at(), day(aware, e.at()), e.description() + (e.obligationId() == null ? "" : " [" + e.obligationId() + "]"), "done"));
        }
        for (Obligation o : obligations) {
            if (o.required() == Obligation.Required.FALSE) {
                continue;
            }
            Optional<Event> done = events.stream().filter(e -> o.id().equals(e.obligationId())).findFirst();
            LocalDate due = o.due() == null ? null : LocalDate.parse(o.due().substring(0, 10));
            String status;
            if (done.isPresent()) {
                status = "done on " + done.get().at() + (due != null && done.get().at().isAfter(due) ? " (late)" : "");
            } else if (due == null) {
                status = "no fixed date: promptly";
            } else if (today.isAfter(due)) {
                status = "OVERDUE by " + ChronoUnit.DAYS.between(due, today) + " days";
            } else {
                status = "due in " + ChronoUnit.DAYS.between(today, due) + " days";
            }
            String what = "due: " + o.id() + " → " + o.recipient() + (o.required() == Obligation.Required.NEEDS_REVIEW ? " (needs review)" : "");
            out.add(new Entry(due == null ? aware : due, due == null ? 1 : day(aware, due), what, status));
        }
        out.sort(Comparator.comparing(Entry::date).thenComparing(Entry::what));
        return out;
    }

    private static long day(LocalDate aware, LocalDate d) {
        return ChronoUnit.DAYS.between(aware, d) + 1;
    }
}
