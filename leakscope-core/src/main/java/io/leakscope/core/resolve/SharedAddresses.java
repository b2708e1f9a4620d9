package io.leakscope.core.resolve;

import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * E-mail addresses that several people write under: a mailing list's address carrying each author's
 * name ({@code "Ann Lee via users" <users@…>}), a team mailbox signed by whoever answers. An address
 * that records tie to two names which cannot be one person's is shared: it identifies no one, and
 * neither merges records nor confirms a name.
 *
 * <p>Two name keys can be one person's when they are equal, when one holds the other (山田 and
 * 山田太郎; Lee and Ann Lee), or when they are written in different scripts (山田太郎 and Taro Yamada
 * cannot be compared without a reading, so they are not taken as a conflict).
 */
final class SharedAddresses {
    private SharedAddresses() {
    }

    /** The e-mail keys ({@code email|…}) of the identities that are shared. */
    static Set<String> of(Identity[] ids) {
        Map<String, String[]> namesOf = new HashMap<>(); // the names of the first identity holding the address
        Set<String> shared = new HashSet<>();
        for (Identity id : ids) {
            if (id.names().length == 0) {
                continue;
            }
            for (String key : id.strong()) {
                if (!key.startsWith(Identity.EMAIL + "|") || shared.contains(key)) {
                    continue;
                }
                String[] first = namesOf.putIfAbsent(key, id.names());
                if (first != null && !anyCouldBeOnePerson(first, id.names())) {
                    shared.add(key);
                    namesOf.remove(key);
                }
            }
        }
        return shared;
    }

    /** One identity's names are one person's (a master's kanji name and the romaji of its reading): any pair that fits will do. */
    private static boolean anyCouldBeOnePerson(String[] a, String[] b) {
        for (String x : a) {
            for (String y : b) {
                if (couldBeOnePerson(x, y)) {
                    return true;
                }
            }
        }
        return false;
    }

    static boolean couldBeOnePerson(String a, String b) {
        if (a.equals(b)) {
            return true;
        }
        boolean latinA = isLatinKey(a);
        if (latinA != isLatinKey(b)) {
            return true;
        }
        if (latinA) {
            Set<String> ta = Set.of(a.split(" "));
            Set<String> tb = Set.of(b.split(" "));
            return ta.containsAll(tb) || tb.containsAll(ta);
        }
        return a.contains(b) || b.contains(a);
    }

    private static boolean isLatinKey(String key) {
        return key.chars().allMatch(c -> c < 0x250);
    }

    /** The identity without the given keys among its identifiers and attributes. */
    static Identity without(Identity id, Set<String> keys) {
        if (Arrays.stream(id.strong()).noneMatch(keys::contains)) {
            return id;
        }
        return new Identity(Arrays.stream(id.strong()).filter(k -> !keys.contains(k)).toArray(String[]::new), id.names(), id.kanaNames(),
                Arrays.stream(id.attributes()).filter(k -> !keys.contains(k)).toArray(String[]::new));
    }
}
