package io.leakscope.core.detect;

import io.leakscope.core.model.Finding;
import io.leakscope.core.model.Span;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The findings of one element kept so far while overlaps are resolved, by where they start. Kept
 * findings never overlap one another, so the ones a new span overlaps are the last one starting
 * before it (if it reaches into the span) and those starting inside it: a look-up in a sorted map,
 * not a pass over every finding kept.
 */
final class KeptSpans {
    /** A kept finding and when it was kept (ties of start come out in that order). */
    record Kept(Finding finding, long order) {
    }

    /** By start, then order: two empty spans may start at one place. */
    private final TreeMap<Long, Kept> byStart = new TreeMap<>();

    private static long key(int start, long order) {
        return ((long) start << 32) | (order & 0xFFFFFFFFL);
    }

    void add(Finding f, long order) {
        byStart.put(key(f.span().start(), order), new Kept(f, order));
    }

    void remove(Kept k) {
        byStart.remove(key(k.finding().span().start(), k.order()));
    }

    /** The kept findings whose spans overlap this one. */
    List<Kept> overlapping(Span span) {
        List<Kept> out = new ArrayList<>(1);
        for (Map.Entry<Long, Kept> e = byStart.lowerEntry(key(span.start(), 0)); e != null; e = byStart.lowerEntry(e.getKey())) {
            Span k = e.getValue().finding().span();
            if (k.start() == k.end()) {
                continue; // an empty span overlaps nothing before it, and hides nothing behind it
            }
            if (overlaps(k, span)) {
                out.add(e.getValue());
            }
            break; // kept spans do not overlap: the ones starting earlier end earlier still
        }
        for (Kept k : byStart.subMap(key(span.start(), 0), true, key(span.end(), 0), false).values()) {
            if (overlaps(k.finding().span(), span)) {
                out.add(k);
            }
        }
        return out;
    }

    Collection<Kept> all() {
        return byStart.values();
    }

    private static boolean overlaps(Span a, Span b) {
        return a.start() < b.end() && b.start() < a.end();
    }
}
