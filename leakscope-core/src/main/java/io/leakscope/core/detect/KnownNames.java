package io.leakscope.core.detect;

import io.leakscope.core.text.Names;
import java.util.Collection;
import java.util.HashSet;
import java.util.Set;

/**
 * Names known from the case's master data, as {@link Names#key} keys. Lets the name recognizers
 * accept a master employee's name where linguistic rules alone would hesitate.
 */
public final class KnownNames {
    public static final KnownNames NONE = new KnownNames(Set.of());

    private final Set<String> keys;
    private final int maxLength;
    private final Set<Character> firstChars = new HashSet<>();

    private KnownNames(Set<String> keys) {
        this.keys = Set.copyOf(keys);
        this.maxLength = keys.stream().mapToInt(String::length).max().orElse(0);
        keys.stream().filter(k -> !k.isEmpty()).forEach(k -> firstChars.add(k.charAt(0)));
    }

    /** Whether some known name's key starts with this character (of a key): a cheap test before building keys. */
    public boolean mayStartWith(char keyChar) {
        return firstChars.contains(keyChar);
    }

    public static KnownNames of(Collection<String> names) {
        Set<String> keys = new HashSet<>();
        for (String n : names) {
            if (n != null && !n.isBlank()) {
                keys.add(Names.key(n));
            }
        }
        return new KnownNames(keys);
    }

    public boolean containsKey(String key) {
        return keys.contains(key);
    }

    public boolean contains(String name) {
        return keys.contains(Names.key(name));
    }

    public int maxLength() {
        return maxLength;
    }

    public int size() {
        return keys.size();
    }
}
