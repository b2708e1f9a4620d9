package io.leakscope.core.obligations;

import java.time.LocalDate;

/**
 * One obligation of one law: its trigger as a predicate over the case, the recipient, the deadline
 * from the awareness date, and the period it is in force (reference: laws change). Rules live
 * under a folder per country, one per file; {@link ObligationsEngine#standard} assembles them.
 */
public interface ObligationRule {

    /** The first day the rule's wording applies. */
    LocalDate effectiveFrom();

    Obligation evaluate(CaseFacts facts);
}
