package io.leakscope.core.resolve;

import io.leakscope.core.classify.CategoryClassifier;
import io.leakscope.core.classify.Classification;
import io.leakscope.core.model.Element;
import io.leakscope.core.model.FindingType;
import io.leakscope.core.model.PersonRecord;
import io.leakscope.core.text.Names;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Merges person records into unique persons and links them to master data.
 * <ol>
 *   <li>Strong identifiers merge: the same e-mail, employee id, system account, or identity or
 *       taxpayer number (My Number, passport, SSN …).</li>
 *   <li>A name plus one more attribute merges: name+phone, name+address, name+department,
 *       name+company, name+e-mail, name+date of birth.</li>
 *   <li>A group still linked to no master takes the master record that is the <em>only</em> one
 *       with its name (in kanji, latin or kana), unless their strong ids disagree.</li>
 *   <li>A bare name matching several master records is ambiguous: it is reported for review, not
 *       counted as a person. A bare name matching no master joins the only other person of that name,
 *       else stands alone.</li>
 * </ol>
 * A relative's record (a dependant or emergency contact beside an employee) takes part in steps 1
 * and 2 only: a relative is not linked to a master, or to another person, by name alone. A person
 * made only of relative records gets the relative category.
 *
 * <p>Reviewer decisions ({@link ReviewDecision}) come last and win: split records merge with no
 * other record, merged records are one person whatever their identifiers say, and a recategorised
 * person keeps the reviewer's category. A decision naming a record no longer in the case is
 * reported as unmatched, not applied.
 * Groups whose employee ids, or whose records of one master, disagree are never merged: two
 * different 佐藤 健 stay two.
 */
public final class PersonResolver {
    private final List<MasterRecord> masters;
    private final CategoryClassifier classifier;

    public PersonResolver(List<MasterRecord> masters, CategoryClassifier classifier) {
        this.masters = List.copyOf(masters);
        this.classifier = classifier;
    }

    /** The persons, the records left ambiguous, and the reviewer decisions that named no record of the case. */
    public record Result(List<ResolvedPerson> persons, List<LeakRecord> ambiguous, List<ReviewDecision> unmatched) {
    }

    public Result resolve(List<LeakRecord> records) {
        return resolve(records, List.of());
    }

    public Result resolve(List<LeakRecord> records, List<ReviewDecision> decisions) {
        int m = masters.size();
        int n = m + records.size();
        Identity[] ids = new Identity[n];
        for (int i = 0; i < m; i++) {
            ids[i] = Identity.of(masters.get(i));
        }
        for (int i = 0; i < records.size(); i++) {
            ids[m + i] = Identity.of(records.get(i).record());
        }
        Groups groups = new Groups(ids, masters);
        Map<ReviewDecision.RecordRef, Integer> nodeOf = new HashMap<>();
        for (int i = 0; i < records.size(); i++) {
            PersonRecord r = records.get(i).record();
            nodeOf.put(new ReviewDecision.RecordRef(r.documentPath(), r.locator()), m + i);
        }
        List<ReviewDecision> unmatched = new ArrayList<>();
        Reviewed reviewed = new Reviewed(decisions, nodeOf, unmatched);
        reviewed.setApart(groups);
        mergeOnStrongIds(groups, ids);
        mergeOnNameAndAttribute(groups, ids);
        boolean[] relative = new boolean[n];
        for (int i = 0; i < records.size(); i++) {
            relative[m + i] = records.get(i).record().kind() == PersonRecord.Kind.RELATIVE;
        }
        Set<Integer> ambiguous = linkBareNames(groups, ids, m, relative);
        reviewed.merge(groups);
        Result result = assemble(groups, records, ambiguous, reviewed.categories(groups));
        return new Result(result.persons(), result.ambiguous(), List.copyOf(unmatched));
    }

    private static void mergeOnStrongIds(Groups g, Identity[] ids) {
        Map<String, Integer> seen = new HashMap<>();
        for (int i = 0; i < ids.length; i++) {
            for (Map.Entry<String, Set<String>> e : ids[i].strong().entrySet()) {
                for (String v : e.getValue()) {
                    Integer first = seen.putIfAbsent(e.getKey() + "|" + v, i);
                    if (first != null) {
                        g.merge(first, i, e.getKey(), false);
                    }
                }
            }
        }
    }

    /**
     * Name + attribute, over whole groups: a group's names with any of its attributes, so that a
     * signature (name, e-mail) merged on the e-mail with a list row (e-mail, phone) still meets a
     * record of the same name and phone. A key held by several groups that cannot merge (two
     * employees named 佐藤 健 in 営業部) is ambiguous: it merges no group without identifiers.
     */
    private static void mergeOnNameAndAttribute(Groups g, Identity[] ids) {
        Map<String, List<Integer>> holders = new HashMap<>();
        Set<Integer> roots = new java.util.LinkedHashSet<>();
        for (int i = 0; i < ids.length; i++) {
            roots.add(g.root(i));
        }
        for (int root : roots) {
            for (String name : g.names(root)) {
                for (Map.Entry<String, Set<String>> e : g.attributes(root).entrySet()) {
                    for (String v : e.getValue()) {
                        holders.computeIfAbsent(name + "|" + e.getKey() + "|" + v, k -> new ArrayList<>()).add(root);
                    }
                }
            }
        }
        holders.forEach((key, nodes) -> {
            if (nodes.size() > 1) {
                mergeHolders(g, nodes, "name+" + key.substring(key.indexOf('|') + 1, key.indexOf('|', key.indexOf('|') + 1)));
            }
        });
    }

    private static void mergeHolders(Groups g, List<Integer> nodes, String reason) {
        List<Integer> anchored = nodes.stream().filter(n -> g.hasStrong(n) || g.hasMaster(n)).toList();
        List<Integer> floating = nodes.stream().filter(n -> !g.hasStrong(n) && !g.hasMaster(n)).toList();
        for (int i = 1; i < anchored.size(); i++) {
            g.merge(anchored.get(0), anchored.get(i), reason, false);
        }
        if (anchored.stream().map(g::root).distinct().count() > 1) {
            return; // the key names two different people: it cannot place the records without identifiers
        }
        int target = anchored.isEmpty() ? floating.get(0) : anchored.get(0);
        floating.forEach(f -> g.merge(target, f, reason, false));
    }

    /** Step 3 and 4; returns the leak nodes left ambiguous. */
    private static Set<Integer> linkBareNames(Groups g, Identity[] ids, int masterCount, boolean[] relative) {
        Map<String, Set<Integer>> masterGroupsByName = new HashMap<>();
        for (int i = 0; i < masterCount; i++) {
            int root = g.root(i);
            for (String k : ids[i].names()) {
                masterGroupsByName.computeIfAbsent(k, x -> new HashSet<>()).add(root);
            }
            for (String k : ids[i].kanaNames()) {
                masterGroupsByName.computeIfAbsent("kana:" + k, x -> new HashSet<>()).add(root);
            }
        }
        Set<Integer> ambiguous = new HashSet<>();
        List<Integer> bare = new ArrayList<>();
        for (int node = masterCount; node < ids.length; node++) {
            final int i = node;
            if (g.hasMaster(i) || relative[i]) {
                continue;
            }
            Set<Integer> candidates = new HashSet<>();
            for (String k : g.names(i)) {
                candidates.addAll(masterGroupsByName.getOrDefault(k, Set.of()));
            }
            for (String k : g.kanaNames(i)) {
                candidates.addAll(masterGroupsByName.getOrDefault("kana:" + k, Set.of()));
            }
            candidates.removeIf(c -> g.conflicts(c, i, true));
            Set<Integer> roots = new HashSet<>();
            candidates.forEach(c -> roots.add(g.root(c)));
            if (roots.size() == 1) {
                g.merge(roots.iterator().next(), i, "name→unique master", true);
            } else if (roots.size() > 1 && !g.hasStrong(i)) {
                ambiguous.add(i);
            } else if (roots.isEmpty() && g.isBare(i)) {
                bare.add(i);
            }
        }
        joinBareNamesToUniquePerson(g, ids, masterCount, bare);
        return ambiguous;
    }

    private static void joinBareNamesToUniquePerson(Groups g, Identity[] ids, int masterCount, List<Integer> bare) {
        Set<Integer> bareSet = new HashSet<>(bare);
        Map<String, Set<Integer>> byName = new HashMap<>();
        for (int i = masterCount; i < ids.length; i++) {
            if (!bareSet.contains(g.root(i))) {
                for (String k : ids[i].names()) {
                    byName.computeIfAbsent(k, x -> new HashSet<>()).add(g.root(i));
                }
            }
        }
        for (int i : bare) {
            Set<Integer> roots = new HashSet<>();
            for (String k : ids[i].names()) {
                byName.getOrDefault(k, Set.of()).forEach(r -> roots.add(g.root(r)));
            }
            if (roots.size() == 1) {
                g.merge(roots.iterator().next(), i, "name→unique person", true);
            }
        }
    }

    private Result assemble(Groups g, List<LeakRecord> records, Set<Integer> ambiguous, Map<Integer, String> reviewedCategory) {
        int m = masters.size();
        Map<Integer, List<Integer>> members = new LinkedHashMap<>();
        for (int i = 0; i < m + records.size(); i++) {
            members.computeIfAbsent(g.root(i), x -> new ArrayList<>()).add(i);
        }
        List<ResolvedPerson> persons = new ArrayList<>();
        List<LeakRecord> left = new ArrayList<>();
        Set<String> usedIds = new HashSet<>();
        for (Map.Entry<Integer, List<Integer>> e : members.entrySet()) {
            List<Integer> nodes = e.getValue();
            List<LeakRecord> leak = nodes.stream().filter(i -> i >= m).map(i -> records.get(i - m)).toList();
            if (leak.isEmpty()) {
                continue;
            }
            if (nodes.size() == 1 && ambiguous.contains(nodes.get(0))) {
                left.add(leak.get(0));
                continue;
            }
            MasterRecord master = nodes.stream().filter(i -> i < m).map(masters::get)
                    .min(Comparator.comparingInt(MasterRecord::order)).orElse(null);
            persons.add(person(master, leak, g.reasons(e.getKey()), usedIds, reviewedCategory.get(e.getKey())));
        }
        persons.sort(Comparator.comparing(ResolvedPerson::personId));
        return new Result(persons, left, List.of());
    }

    private ResolvedPerson person(MasterRecord master, List<LeakRecord> leak, Set<String> reasons, Set<String> usedIds,
                                  String reviewedCategory) {
        TreeSet<Element> elements = new TreeSet<>();
        TreeSet<String> documents = new TreeSet<>();
        for (LeakRecord r : leak) {
            elements.addAll(r.record().elements());
            documents.add(r.record().documentPath());
        }
        List<PersonRecord> recs = leak.stream().map(LeakRecord::record).toList();
        boolean relativeOnly = recs.stream().allMatch(r -> r.kind() == PersonRecord.Kind.RELATIVE);
        Classification c = reviewedCategory != null ? new Classification(reviewedCategory, "reviewer")
                : master != null ? new Classification(master.category(), "master " + master.source())
                : relativeOnly ? classifier.classifyRelative()
                : classifier.classify(documents, elements, emails(recs), contexts(recs));
        String display = displayName(master, recs);
        String anchor = master != null ? "m:" + master.ref()
                : leak.stream().map(r -> r.record().documentPath() + "#" + r.record().locator()).min(String::compareTo).orElseThrow();
        return new ResolvedPerson(personId(anchor, usedIds), c.category(), display,
                Collections.unmodifiableSortedSet(elements), Collections.unmodifiableSortedSet(documents),
                master == null ? null : master.source(), master == null ? null : master.key(),
                leak.stream().map(LeakRecord::id).sorted().toList(), c.reason(), Set.copyOf(reasons));
    }

    private static Set<String> contexts(List<PersonRecord> recs) {
        Set<String> out = new TreeSet<>();
        recs.forEach(r -> out.add(r.context()));
        return out;
    }

    private static Set<String> emails(List<PersonRecord> recs) {
        Set<String> out = new TreeSet<>();
        recs.forEach(r -> out.addAll(r.values(FindingType.EMAIL)));
        return out;
    }

    /** The master's name, else the most frequent name found (a spaced kanji form preferred on ties). */
    private static String displayName(MasterRecord master, List<PersonRecord> recs) {
        if (master != null && master.values().get(Element.NAME) != null) {
            return Names.display(master.values().get(Element.NAME));
        }
        Map<String, Integer> counts = new HashMap<>();
        recs.forEach(r -> r.values(FindingType.PERSON_NAME).forEach(v -> counts.merge(v, 1, Integer::sum)));
        return counts.entrySet().stream()
                .max(Comparator.<Map.Entry<String, Integer>>comparingInt(Map.Entry::getValue)
                        .thenComparing(x -> x.getKey().contains(" ") ? 1 : 0)
                        .thenComparing(Map.Entry::getKey, Comparator.reverseOrder()))
                .map(Map.Entry::getKey).orElse("");
    }

    /** A stable id derived from the person's anchor (master ref or first record), unique in the case. */
    static String personId(String anchor, Set<String> used) {
        try {
            byte[] h = MessageDigest.getInstance("SHA-256").digest(anchor.getBytes(StandardCharsets.UTF_8));
            String hex = HexFormat.of().formatHex(h);
            int len = 12;
            String id = "p-" + hex.substring(0, len);
            while (!used.add(id)) {
                len++;
                id = "p-" + hex.substring(0, len);
            }
            return id;
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
