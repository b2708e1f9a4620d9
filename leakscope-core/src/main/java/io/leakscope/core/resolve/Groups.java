package io.leakscope.core.resolve;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * The groups being formed during resolution: a union-find over master rows (nodes 0..m-1) and leak
 * records (m..), with per group the union of their identities, so that a merge can be refused when
 * the groups' identifiers disagree.
 */
final class Groups {
    private final UnionFind uf;
    private final Map<Integer, GroupState> state = new HashMap<>();

    private static final class GroupState {
        final Map<String, Set<String>> strong = new HashMap<>();
        final Set<String> names = new HashSet<>();
        final Set<String> kanaNames = new HashSet<>();
        final Map<String, String> masterRefs = new HashMap<>(); // source -> key
        final Set<String> reasons = new HashSet<>();
        final Map<String, Set<String>> attributes = new HashMap<>();
        boolean hasAttributes;
        int splitTag; // 0, or the reviewer split that set these records apart

        void absorb(GroupState o) {
            o.strong.forEach((k, v) -> strong.computeIfAbsent(k, x -> new HashSet<>()).addAll(v));
            names.addAll(o.names);
            kanaNames.addAll(o.kanaNames);
            masterRefs.putAll(o.masterRefs);
            reasons.addAll(o.reasons);
            o.attributes.forEach((k, v) -> attributes.computeIfAbsent(k, x -> new HashSet<>()).addAll(v));
            hasAttributes |= o.hasAttributes;
        }
    }

    Groups(Identity[] ids, java.util.List<MasterRecord> masters) {
        int masterCount = masters.size();
        this.uf = new UnionFind(ids.length);
        for (int i = 0; i < ids.length; i++) {
            GroupState s = new GroupState();
            ids[i].strong().forEach((k, v) -> s.strong.put(k, new HashSet<>(v)));
            s.names.addAll(ids[i].names());
            s.kanaNames.addAll(ids[i].kanaNames());
            ids[i].attributes().forEach((k, v) -> s.attributes.put(k, new HashSet<>(v)));
            s.hasAttributes = !ids[i].attributes().isEmpty();
            if (i < masterCount) {
                s.masterRefs.put(masters.get(i).source(), masters.get(i).key());
            }
            state.put(i, s);
        }
    }

    int root(int node) {
        return uf.find(node);
    }

    /** Sets a node apart: it merges only with nodes of the same reviewer split. */
    void setApart(int node, int splitTag) {
        state.get(uf.find(node)).splitTag = splitTag;
    }

    /** Merges unless the groups disagree; strict also refuses disagreeing e-mails and accounts. */
    boolean merge(int a, int b, String reason, boolean strict) {
        int ra = uf.find(a);
        int rb = uf.find(b);
        if (ra == rb) {
            return true;
        }
        if (conflicts(ra, rb, strict) || state.get(ra).splitTag != state.get(rb).splitTag) {
            return false;
        }
        return join(ra, rb, reason);
    }

    /** Merges whatever the groups say: a reviewer's decision. */
    void force(int a, int b, String reason) {
        int ra = uf.find(a);
        int rb = uf.find(b);
        if (ra != rb) {
            join(ra, rb, reason);
        }
    }

    private boolean join(int ra, int rb, String reason) {
        GroupState sa = state.remove(ra);
        GroupState sb = state.remove(rb);
        int root = uf.union(ra, rb);
        sa.absorb(sb);
        sa.reasons.add(reason);
        state.put(root, sa);
        return true;
    }

    boolean conflicts(int a, int b, boolean strict) {
        GroupState sa = state.get(uf.find(a));
        GroupState sb = state.get(uf.find(b));
        if (sa == sb) {
            return false;
        }
        if (disjoint(sa.strong.get(Identity.EMPLOYEE_ID), sb.strong.get(Identity.EMPLOYEE_ID))) {
            return true;
        }
        for (Map.Entry<String, String> ref : sa.masterRefs.entrySet()) {
            String other = sb.masterRefs.get(ref.getKey());
            if (other != null && !other.equals(ref.getValue())) {
                return true; // two records of one master are two people
            }
        }
        return strict && (disjoint(sa.strong.get(Identity.EMAIL), sb.strong.get(Identity.EMAIL))
                || disjoint(sa.strong.get(Identity.ACCOUNT), sb.strong.get(Identity.ACCOUNT)));
    }

    private static boolean disjoint(Set<String> a, Set<String> b) {
        if (a == null || b == null || a.isEmpty() || b.isEmpty()) {
            return false;
        }
        for (String x : a) {
            if (b.contains(x)) {
                return false;
            }
        }
        return true;
    }

    boolean hasMaster(int node) {
        return !state.get(uf.find(node)).masterRefs.isEmpty();
    }

    boolean hasStrong(int node) {
        return !state.get(uf.find(node)).strong.isEmpty();
    }

    /** A group known only by its name(s). */
    boolean isBare(int node) {
        GroupState s = state.get(uf.find(node));
        return s.strong.isEmpty() && !s.hasAttributes && s.masterRefs.isEmpty();
    }

    Set<String> names(int node) {
        return state.get(uf.find(node)).names;
    }

    Map<String, Set<String>> attributes(int node) {
        return state.get(uf.find(node)).attributes;
    }

    Set<String> kanaNames(int node) {
        return state.get(uf.find(node)).kanaNames;
    }

    Set<String> reasons(int node) {
        return state.get(uf.find(node)).reasons;
    }
}
