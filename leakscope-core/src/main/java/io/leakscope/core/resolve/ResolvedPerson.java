package io.leakscope.core.resolve;

import io.leakscope.core.model.Element;
import java.util.List;
import java.util.Set;
import java.util.SortedSet;

/**
 * A unique affected person: the records merged into them, the master record they are linked to,
 * their category and the data elements of theirs found in the leak.
 *
 * @param personId       stable within the case
 * @param masterSource   linked master's name, or {@code null}
 * @param masterKey      linked master record's key, or {@code null}
 * @param categoryReason which master or rule gave the category
 * @param mergeReasons   the keys on which records were merged (e.g. {@code email}, {@code name+phone})
 * @param reviewFlags    why a reviewer should look at the person before sign-off (counted all the same)
 */
public record ResolvedPerson(String personId, String category, String displayName, SortedSet<Element> elements,
                             SortedSet<String> documents, String masterSource, String masterKey,
                             List<Long> recordIds, String categoryReason, Set<String> mergeReasons, Set<ReviewFlag> reviewFlags) {

    public ResolvedPerson {
        reviewFlags = reviewFlags.isEmpty() ? Set.of() : Set.copyOf(reviewFlags);
    }

    /** A person nothing flags for review. */
    public ResolvedPerson(String personId, String category, String displayName, SortedSet<Element> elements,
                          SortedSet<String> documents, String masterSource, String masterKey,
                          List<Long> recordIds, String categoryReason, Set<String> mergeReasons) {
        this(personId, category, displayName, elements, documents, masterSource, masterKey, recordIds, categoryReason, mergeReasons, Set.of());
    }

    public ResolvedPerson withFlag(ReviewFlag flag) {
        Set<ReviewFlag> flags = new java.util.HashSet<>(reviewFlags);
        flags.add(flag);
        return new ResolvedPerson(personId, category, displayName, elements, documents, masterSource, masterKey, recordIds,
                categoryReason, mergeReasons, flags);
    }
}
