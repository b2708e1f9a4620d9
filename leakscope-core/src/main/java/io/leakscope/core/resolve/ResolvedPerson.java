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
 */
public record ResolvedPerson(String personId, String category, String displayName, SortedSet<Element> elements,
                             SortedSet<String> documents, String masterSource, String masterKey,
                             List<Long> recordIds, String categoryReason, Set<String> mergeReasons) {
}
