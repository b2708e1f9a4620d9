package io.leakscope.core.resolve;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Applies reviewer decisions to the groups being resolved, by the records they name. */
final class Reviewed {
    private final List<ReviewDecision> decisions;
    private final Map<ReviewDecision.RecordRef, Integer> nodeOf;
    private final List<ReviewDecision> unmatched;

    Reviewed(List<ReviewDecision> decisions, Map<ReviewDecision.RecordRef, Integer> nodeOf, List<ReviewDecision> unmatched) {
        this.decisions = List.copyOf(decisions);
        this.nodeOf = nodeOf;
        this.unmatched = unmatched;
    }

    /** Before any automatic merge: split records are set apart, one tag per split decision. */
    void setApart(Groups g) {
        int tag = 0;
        for (ReviewDecision d : decisions) {
            if (d instanceof ReviewDecision.Split s) {
                tag++;
                boolean any = false;
                for (ReviewDecision.RecordRef ref : s.records()) {
                    Integer node = nodeOf.get(ref);
                    if (node != null) {
                        g.setApart(node, tag);
                        any = true;
                    }
                }
                if (!any) {
                    unmatched.add(d);
                }
            }
        }
    }

    /** After the automatic merges: each split's records become one person; reviewer merges are forced. */
    void merge(Groups g) {
        for (ReviewDecision d : decisions) {
            if (d instanceof ReviewDecision.Split s) {
                List<Integer> nodes = s.records().stream().map(nodeOf::get).filter(n -> n != null).toList();
                for (int i = 1; i < nodes.size(); i++) {
                    g.force(nodes.get(0), nodes.get(i), "reviewer split");
                }
            } else if (d instanceof ReviewDecision.Merge m) {
                Integer a = nodeOf.get(m.a());
                Integer b = nodeOf.get(m.b());
                if (a == null || b == null) {
                    unmatched.add(d);
                } else {
                    g.force(a, b, "reviewer merge");
                }
            }
        }
    }

    /** Group root -> the category a reviewer gave the person holding one of its records (the last decision wins). */
    Map<Integer, String> categories(Groups g) {
        Map<Integer, String> out = new HashMap<>();
        for (ReviewDecision d : decisions) {
            if (d instanceof ReviewDecision.Recategorise r) {
                Integer node = nodeOf.get(r.record());
                if (node == null) {
                    unmatched.add(d);
                } else {
                    out.put(g.root(node), r.category());
                }
            }
        }
        return out;
    }
}
