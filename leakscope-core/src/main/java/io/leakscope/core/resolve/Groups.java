package io.leakscope.core.resolve;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The groups being formed during resolution: a union-find over master rows (nodes 0..m-1) and leak
 * records (m..), with per group the union of their keys, so that a merge can be refused when the
 * groups' identifiers disagree. A node that has merged with nothing has no state of its own (its
 * {@link Identity} answers), so a million single records cost no more than their identities.
 */
final class Groups {
    private final UnionFind uf;
    private final Identity[] ids;
    private final List<MasterRecord> masters;
    private final GroupState[] state;
    private final int[] splitTag; // by root: 0, or the reviewer split that set the group apart
    private int[] linkA = new int[1024];
    private int[] linkB = new int[1024];
    private final List<String> linkReason = new ArrayList<>();
    /** Merges refused because both sides were linked to master rows, as {a, b} with their keys. */
    private final List<int[]> refused = new ArrayList<>();
    private final List<String> refusedReason = new ArrayList<>();

    /** The keys of a group of two or more nodes. */
    private static final class GroupState {
        final List<String> strong = new ArrayList<>(4);
        final List<String> names = new ArrayList<>(2);
        final List<String> kanaNames = new ArrayList<>(1);
        final List<String> attributes = new ArrayList<>(4);
        final List<String> masterRefs = new ArrayList<>(1); // source|key
        final Set<String> reasons = new HashSet<>(4);

        void addAll(List<String> to, List<String> from) {
            for (String s : from) {
                if (!to.contains(s)) {
                    to.add(s);
                }
            }
        }

        void absorb(GroupState o) {
            addAll(strong, o.strong);
            addAll(names, o.names);
            addAll(kanaNames, o.kanaNames);
            addAll(attributes, o.attributes);
            addAll(masterRefs, o.masterRefs);
            reasons.addAll(o.reasons);
        }
    }

    Groups(Identity[] ids, List<MasterRecord> masters) {
        this.ids = ids;
        this.masters = masters;
        this.uf = new UnionFind(ids.length);
        this.state = new GroupState[ids.length];
        this.splitTag = new int[ids.length];
    }

    int root(int node) {
        return uf.find(node);
    }

    /** Sets a node apart: it merges only with nodes of the same reviewer split. */
    void setApart(int node, int tag) {
        splitTag[uf.find(node)] = tag;
    }

    /** Merges unless the groups disagree; strict also refuses disagreeing e-mails and accounts. */
    boolean merge(int a, int b, String reason, boolean strict) {
        int ra = uf.find(a);
        int rb = uf.find(b);
        if (ra == rb) {
            return true;
        }
        if (conflicts(ra, rb, strict) || splitTag[ra] != splitTag[rb]) {
            if (differentMasterRows(ra, rb)) {
                refused.add(new int[] {a, b});
                refusedReason.add(reason);
            }
            return false;
        }
        join(ra, rb, reason);
        link(a, b, reason);
        return true;
    }

    /** Remembers which two nodes a merge joined, and why: the explanation of a person. */
    private void link(int a, int b, String reason) {
        int n = linkReason.size();
        if (n == linkA.length) {
            linkA = Arrays.copyOf(linkA, n * 2);
            linkB = Arrays.copyOf(linkB, n * 2);
        }
        linkA[n] = a;
        linkB[n] = b;
        linkReason.add(reason);
    }

    int links() {
        return linkReason.size();
    }

    int linkFrom(int i) {
        return linkA[i];
    }

    int linkTo(int i) {
        return linkB[i];
    }

    String linkReason(int i) {
        return linkReason.get(i);
    }

    /** Merges whatever the groups say: a reviewer's decision. */
    void force(int a, int b, String reason) {
        int ra = uf.find(a);
        int rb = uf.find(b);
        if (ra != rb) {
            join(ra, rb, reason);
            link(a, b, reason);
        }
    }

    private void join(int ra, int rb, String reason) {
        GroupState sa = materialize(ra);
        GroupState sb = materialize(rb);
        int tag = splitTag[ra];
        state[ra] = null;
        state[rb] = null;
        int root = uf.union(ra, rb);
        sa.absorb(sb);
        sa.reasons.add(reason);
        state[root] = sa;
        splitTag[root] = tag;
    }

    private GroupState materialize(int root) {
        GroupState s = state[root];
        if (s != null) {
            return s;
        }
        s = new GroupState();
        s.addAll(s.strong, Arrays.asList(ids[root].strong()));
        s.addAll(s.names, Arrays.asList(ids[root].names()));
        s.addAll(s.kanaNames, Arrays.asList(ids[root].kanaNames()));
        s.addAll(s.attributes, Arrays.asList(ids[root].attributes()));
        s.masterRefs.addAll(ownMasterRefs(root));
        return s;
    }

    private List<String> ownMasterRefs(int node) {
        return node < masters.size() ? List.of(masters.get(node).source() + "|" + masters.get(node).key()) : List.of();
    }

    boolean conflicts(int a, int b, boolean strict) {
        int ra = uf.find(a);
        int rb = uf.find(b);
        if (ra == rb) {
            return false;
        }
        List<String> strongA = strong(ra);
        List<String> strongB = strong(rb);
        if (disjoint(strongA, strongB, Identity.EMPLOYEE_ID)) {
            return true;
        }
        if (differentMasterRows(ra, rb)) {
            return true; // two master rows are two people, whatever key joins them: a reviewer decides
        }
        return strict && (disjoint(strongA, strongB, Identity.EMAIL) || disjoint(strongA, strongB, Identity.ACCOUNT));
    }

    /** Both groups are linked to master rows, and not to the same one. */
    private boolean differentMasterRows(int ra, int rb) {
        List<String> a = masterRefs(ra);
        List<String> b = masterRefs(rb);
        return !a.isEmpty() && !b.isEmpty() && a.stream().noneMatch(b::contains);
    }

    int refusals() {
        return refused.size();
    }

    int refusedFrom(int i) {
        return refused.get(i)[0];
    }

    int refusedTo(int i) {
        return refused.get(i)[1];
    }

    String refusedReason(int i) {
        return refusedReason.get(i);
    }

    /** Both have keys of the kind and share none. */
    private static boolean disjoint(List<String> a, List<String> b, String kind) {
        String prefix = kind + "|";
        boolean anyA = false;
        boolean anyB = false;
        for (String x : a) {
            if (x.startsWith(prefix)) {
                anyA = true;
                if (b.contains(x)) {
                    return false;
                }
            }
        }
        for (String y : b) {
            if (y.startsWith(prefix)) {
                anyB = true;
                break;
            }
        }
        return anyA && anyB;
    }

    private List<String> strong(int root) {
        return state[root] != null ? state[root].strong : Arrays.asList(ids[root].strong());
    }

    private List<String> masterRefs(int root) {
        return state[root] != null ? state[root].masterRefs : ownMasterRefs(root);
    }

    boolean hasMaster(int node) {
        return !masterRefs(uf.find(node)).isEmpty();
    }

    boolean hasStrong(int node) {
        return !strong(uf.find(node)).isEmpty();
    }

    /** A group known only by its name(s). */
    boolean isBare(int node) {
        int r = uf.find(node);
        return strong(r).isEmpty() && attributes(r).isEmpty() && masterRefs(r).isEmpty();
    }

    List<String> names(int node) {
        int r = uf.find(node);
        return state[r] != null ? state[r].names : Arrays.asList(ids[r].names());
    }

    List<String> kanaNames(int node) {
        int r = uf.find(node);
        return state[r] != null ? state[r].kanaNames : Arrays.asList(ids[r].kanaNames());
    }

    /** The group's attributes as {@code kind|value} keys. */
    List<String> attributes(int node) {
        int r = uf.find(node);
        return state[r] != null ? state[r].attributes : Arrays.asList(ids[r].attributes());
    }

    Set<String> reasons(int node) {
        int r = uf.find(node);
        return state[r] != null ? state[r].reasons : Set.of();
    }
}
