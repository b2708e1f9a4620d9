package io.leakscope.core.resolve;

import io.leakscope.core.model.Element;
import java.util.Collections;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/**
 * One instance per distinct string (and element set) for the span of a resolution: a million
 * records share few keys, documents, locators and element combinations.
 */
final class StringPool {
    private final Map<String, String> pool = new HashMap<>();
    private final Map<Set<Element>, Set<Element>> elementSets = new HashMap<>();

    Set<Element> elements(Set<Element> set) {
        return elementSets.computeIfAbsent(set, Collections::unmodifiableSet);
    }

    String of(String s) {
        if (s == null) {
            return null;
        }
        String known = pool.putIfAbsent(s, s);
        return known == null ? s : known;
    }
}
