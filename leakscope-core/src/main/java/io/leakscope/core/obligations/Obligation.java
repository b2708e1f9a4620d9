package io.leakscope.core.obligations;

import java.util.List;

/**
 * One thing the company owes (contract {@code obligations-export.md}): to whom, what, by when, and
 * why — the rule's predicates that held.
 *
 * @param id         {@code <country>.<law>.<action>}, e.g. {@code jp.appi.final_report}
 * @param required   {@code true}, {@code false} (evaluated, not triggered) or {@code needs_review}
 * @param due        an ISO date, a date-time with zone for hour-based deadlines, or {@code null}
 * @param confidence {@code rule} (from the law's text) or {@code to_confirm} (to be confirmed by counsel)
 */
public record Obligation(String id, String jurisdiction, String law, String recipient, String action, Required required,
                         String due, String dueNote, List<String> triggers, long persons, String confidence) {

    /** Whether the obligation applies. */
    public enum Required {
        TRUE, FALSE, NEEDS_REVIEW;

        public static Required of(boolean b) {
            return b ? TRUE : FALSE;
        }
    }

    public Obligation {
        triggers = List.copyOf(triggers);
    }
}
