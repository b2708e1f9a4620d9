package io.leakscope.core.resolve;

import io.leakscope.core.classify.CategoryClassifier;
import io.leakscope.core.classify.Classification;
import io.leakscope.core.model.Element;
import io.leakscope.core.model.PersonRecord;
import io.leakscope.core.text.Names;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Consumer;

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
 *       counted as a person; a group with an identifier of its own so named is a person, flagged
 *       {@link ReviewFlag#NAME_OF_SEVERAL_MASTERS}. A bare name matching no master joins the only
 *       other person of that name, else stands alone.</li>
 * </ol>
 * A relative's record (a dependant or emergency contact beside an employee) takes part in steps 1
 * and 2 only: a relative is not linked to a master, or to another person, by name alone. A person
 * made only of relative records gets the relative category.
 *
 * <p>Reviewer decisions ({@link ReviewDecision}) come last and win: split records merge with no
 * other record, merged records are one person whatever their identifiers say, and a recategorised
 * person keeps the reviewer's category. A decision naming a record no longer in the case is
 * reported as unmatched, not applied.
 * Groups whose employee ids disagree, or that are linked to two different master rows (of one master
 * or of two: HR and group accounts), are never merged, whichever key joins them: two different 佐藤 健
 * stay two, and a key shared by two master rows is kept as a {@link MasterConflict} for review.
 * A person known only from machine-log lines, with no name and no master row, is flagged
 * {@link ReviewFlag#SYSTEM_LOGS_ONLY}. An address written under two names that cannot be one
 * person's (a list's, a team's: {@link SharedAddresses}) identifies no one.
 *
 * <p>Records are read once, as a stream; of each only its keys and what its person needs
 * ({@link Mention}) are kept, so a million records resolve in a bounded heap (docs/PERFORMANCE.md).
 */
public final class PersonResolver {
    private final List<MasterRecord> masters;
    private final CategoryClassifier classifier;

    public PersonResolver(List<MasterRecord> masters, CategoryClassifier classifier) {
        this.masters = List.copyOf(masters);
        this.classifier = classifier;
    }

    /**
     * The persons, the ids of records left ambiguous, the reviewer decisions that named no record of
     * the case, and per person id the merges that formed the person.
     */
    public record Result(List<ResolvedPerson> persons, List<Long> ambiguous, List<ReviewDecision> unmatched,
                         Map<String, List<MergeLink>> links, Map<String, List<MasterConflict>> conflicts) {
    }

    /** Where records come from: called once, it hands over every record (a store streams them). */
    @FunctionalInterface
    public interface RecordSource {
        void forEach(Consumer<LeakRecord> sink);
    }

    public Result resolve(List<LeakRecord> records) {
        return resolve(records::forEach, List.of());
    }

    public Result resolve(List<LeakRecord> records, List<ReviewDecision> decisions) {
        return resolve(records::forEach, decisions);
    }

    public Result resolve(RecordSource source, List<ReviewDecision> decisions) {
        StringPool pool = new StringPool();
        List<Identity> identities = new ArrayList<>();
        masters.forEach(master -> identities.add(Identity.of(master, pool)));
        List<Mention> mentions = new ArrayList<>();
        source.forEach(r -> {
            identities.add(Identity.of(r.record(), pool));
            mentions.add(Mention.of(r, pool));
        });
        int m = masters.size();
        Identity[] ids = identities.toArray(Identity[]::new);
        identities.clear();
        Set<String> shared = SharedAddresses.of(ids);
        if (!shared.isEmpty()) {
            for (int i = 0; i < ids.length; i++) {
                ids[i] = SharedAddresses.without(ids[i], shared);
            }
        }
        Groups groups = new Groups(ids, masters);
        Map<ReviewDecision.RecordRef, Integer> nodeOf = new HashMap<>();
        if (!decisions.isEmpty()) {
            for (int i = 0; i < mentions.size(); i++) {
                nodeOf.put(new ReviewDecision.RecordRef(mentions.get(i).documentPath(), mentions.get(i).locator()), m + i);
            }
        }
        List<ReviewDecision> unmatched = new ArrayList<>();
        Reviewed reviewed = new Reviewed(decisions, nodeOf, unmatched);
        reviewed.setApart(groups);
        mergeOnStrongIds(groups, ids);
        mergeOnNameAndAttribute(groups, ids.length);
        boolean[] relative = new boolean[ids.length];
        for (int i = 0; i < mentions.size(); i++) {
            relative[m + i] = mentions.get(i).kind() == PersonRecord.Kind.RELATIVE;
        }
        UnlinkedNames unlinked = linkBareNames(groups, ids, m, relative);
        reviewed.merge(groups);
        List<Long> left = new ArrayList<>();
        Map<Integer, String> personOfRoot = new HashMap<>();
        Map<Integer, String> reviewedCategories = reviewed.categories(groups);
        List<ResolvedPerson> persons = assemble(groups, mentions, unlinked.ambiguous(), reviewedCategories, left, personOfRoot);
        left.sort(null);
        Map<String, List<MasterConflict>> conflicts = conflicts(groups, personOfRoot);
        persons = persons.stream().map(p -> conflicts.containsKey(p.personId()) ? p.withFlag(ReviewFlag.MASTER_CONFLICT) : p).toList();
        Set<String> namedAsSeveral = namedAsSeveralMasters(groups, unlinked, reviewedCategories, personOfRoot);
        persons = persons.stream().map(p -> namedAsSeveral.contains(p.personId()) ? p.withFlag(ReviewFlag.NAME_OF_SEVERAL_MASTERS) : p).toList();
        return new Result(persons, List.copyOf(left), List.copyOf(unmatched), links(groups, mentions, personOfRoot), conflicts);
    }

    /**
     * Per person, the merges refused because they would have joined another master row: the other
     * side (a person, or a master row that formed none) and the shared key.
     */
    private Map<String, List<MasterConflict>> conflicts(Groups g, Map<Integer, String> personOfRoot) {
        Map<String, List<MasterConflict>> out = new HashMap<>();
        for (int i = 0; i < g.refusals(); i++) {
            int a = g.refusedFrom(i);
            int b = g.refusedTo(i);
            String personA = personOfRoot.get(g.root(a));
            String personB = personOfRoot.get(g.root(b));
            String reason = g.refusedReason(i);
            if (personA != null) {
                addConflict(out, personA, new MasterConflict(side(personB, b), reason));
            }
            if (personB != null) {
                addConflict(out, personB, new MasterConflict(side(personA, a), reason));
            }
        }
        return out;
    }

    private String side(String person, int node) {
        return person != null ? "person " + person : node < masters.size() ? MergeLink.master(masters.get(node)) : "record";
    }

    private static void addConflict(Map<String, List<MasterConflict>> out, String person, MasterConflict c) {
        List<MasterConflict> list = out.computeIfAbsent(person, k -> new ArrayList<>(1));
        if (!list.contains(c) && !c.other().equals("person " + person)) {
            list.add(c);
        }
        if (list.isEmpty()) {
            out.remove(person);
        }
    }

    private Map<String, List<MergeLink>> links(Groups g, List<Mention> mentions, Map<Integer, String> personOfRoot) {
        int m = masters.size();
        Map<Integer, String> masterNames = new HashMap<>();
        Map<String, List<MergeLink>> out = new HashMap<>();
        for (int i = 0; i < g.links(); i++) {
            String person = personOfRoot.get(g.root(g.linkFrom(i)));
            if (person != null) {
                int a = g.linkFrom(i);
                int b = g.linkTo(i);
                out.computeIfAbsent(person, k -> new ArrayList<>(2)).add(new MergeLink(
                        a < m ? -1 : mentions.get(a - m).id(), a < m ? masterNames.computeIfAbsent(a, x -> MergeLink.master(masters.get(x))) : null,
                        b < m ? -1 : mentions.get(b - m).id(), b < m ? masterNames.computeIfAbsent(b, x -> MergeLink.master(masters.get(x))) : null,
                        g.linkReason(i)));
            }
        }
        return out;
    }

    private static void mergeOnStrongIds(Groups g, Identity[] ids) {
        Map<String, Integer> seen = new HashMap<>();
        for (int i = 0; i < ids.length; i++) {
            for (String key : ids[i].strong()) {
                Integer first = seen.putIfAbsent(key, i);
                if (first != null) {
                    g.merge(first, i, Identity.kindOf(key), false);
                }
            }
        }
    }

    /**
     * Name + attribute, over whole groups: a group's names with any of its attributes, so that a
     * signature (name, e-mail) merged on the e-mail with a list row (e-mail, phone) still meets a
     * record of the same name and phone. A key held by several groups that cannot merge (two
     * employees named 佐藤 健 in 営業部) is ambiguous: it merges no group without identifiers.
     * Keys are 64-bit hashes of name and attribute, so no key string is built.
     */
    private static void mergeOnNameAndAttribute(Groups g, int n) {
        Map<Long, Object> holders = new HashMap<>(); // key -> Integer root, or List<Integer> roots
        Map<Long, String> kindOfKey = new HashMap<>();
        for (int node = 0; node < n; node++) {
            if (g.root(node) != node) {
                continue;
            }
            for (String name : g.names(node)) {
                for (String attribute : g.attributes(node)) {
                    long key = hash64(name, attribute);
                    Object h = holders.get(key);
                    if (h == null) {
                        holders.put(key, node);
                    } else {
                        if (h instanceof Integer first) {
                            List<Integer> list = new ArrayList<>(2);
                            list.add(first);
                            holders.put(key, list);
                            kindOfKey.put(key, Identity.kindOf(attribute));
                            h = list;
                        }
                        @SuppressWarnings("unchecked")
                        List<Integer> list = (List<Integer>) h;
                        list.add(node);
                    }
                }
            }
        }
        holders.forEach((key, h) -> {
            if (h instanceof List<?> list) {
                @SuppressWarnings("unchecked")
                List<Integer> nodes = (List<Integer>) list;
                mergeHolders(g, nodes, "name+" + kindOfKey.get(key));
            }
        });
    }

    /** FNV-1a over the two strings with a separator: collisions are negligible at 64 bits. */
    static long hash64(String a, String b) {
        long h = 0xcbf29ce484222325L;
        for (int i = 0; i < a.length(); i++) {
            h = (h ^ a.charAt(i)) * 0x100000001b3L;
        }
        h = (h ^ 0xFFFF) * 0x100000001b3L;
        for (int i = 0; i < b.length(); i++) {
            h = (h ^ b.charAt(i)) * 0x100000001b3L;
        }
        return h;
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

    /**
     * Leak nodes whose name is that of several master rows: without an identifier of their own they
     * are left out for review ({@code ambiguous}); with one they are a person, flagged.
     */
    private record UnlinkedNames(Set<Integer> ambiguous, Set<Integer> ofSeveralMasters) {
    }

    /**
     * The persons, not linked to a master row, that hold a node named as several master rows; not
     * those a reviewer has given a category, who have decided.
     */
    private static Set<String> namedAsSeveralMasters(Groups g, UnlinkedNames unlinked, Map<Integer, String> reviewedCategories,
                                                     Map<Integer, String> personOfRoot) {
        Set<String> out = new HashSet<>();
        for (int node : unlinked.ofSeveralMasters()) {
            int root = g.root(node);
            String person = personOfRoot.get(root);
            if (person != null && !g.hasMaster(node) && !reviewedCategories.containsKey(root)) {
                out.add(person);
            }
        }
        return out;
    }

    /** Step 3 and 4. */
    private static UnlinkedNames linkBareNames(Groups g, Identity[] ids, int masterCount, boolean[] relative) {
        Map<String, Set<Integer>> masterGroupsByName = new HashMap<>();
        for (int i = 0; i < masterCount; i++) {
            int root = g.root(i);
            for (String k : ids[i].names()) {
                masterGroupsByName.computeIfAbsent(k, x -> new HashSet<>(2)).add(root);
            }
            for (String k : ids[i].kanaNames()) {
                masterGroupsByName.computeIfAbsent("kana:" + k, x -> new HashSet<>(2)).add(root);
            }
        }
        Set<Integer> ambiguous = new HashSet<>();
        Set<Integer> ofSeveral = new HashSet<>();
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
            } else if (roots.size() > 1) {
                ofSeveral.add(i);
            } else if (roots.isEmpty() && g.isBare(i)) {
                bare.add(i);
            }
        }
        joinBareNamesToUniquePerson(g, ids, masterCount, bare);
        return new UnlinkedNames(ambiguous, ofSeveral);
    }

    /** A bare name no master has joins the only other person of that name. */
    private static void joinBareNamesToUniquePerson(Groups g, Identity[] ids, int masterCount, List<Integer> bare) {
        if (bare.isEmpty()) {
            return;
        }
        Set<Integer> bareSet = new HashSet<>(bare);
        Set<String> wanted = new HashSet<>();
        bare.forEach(i -> wanted.addAll(Arrays.asList(ids[i].names())));
        Map<String, Set<Integer>> byName = new HashMap<>();
        for (int i = masterCount; i < ids.length; i++) {
            if (!bareSet.contains(g.root(i))) {
                for (String k : ids[i].names()) {
                    if (wanted.contains(k)) {
                        byName.computeIfAbsent(k, x -> new HashSet<>()).add(g.root(i));
                    }
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

    /** Persons from the groups, walking the nodes in root order so no per-group lists are held. */
    private List<ResolvedPerson> assemble(Groups g, List<Mention> mentions, Set<Integer> ambiguous, Map<Integer, String> reviewedCategory,
                                          List<Long> left, Map<Integer, String> personOfRoot) {
        int m = masters.size();
        int n = m + mentions.size();
        long[] byRoot = new long[n];
        for (int i = 0; i < n; i++) {
            byRoot[i] = ((long) g.root(i) << 32) | i;
        }
        Arrays.sort(byRoot);
        List<ResolvedPerson> persons = new ArrayList<>();
        Set<String> usedIds = new HashSet<>();
        int start = 0;
        while (start < n) {
            int root = (int) (byRoot[start] >>> 32);
            int end = start;
            MasterRecord master = null;
            List<Mention> leak = new ArrayList<>();
            while (end < n && (int) (byRoot[end] >>> 32) == root) {
                int node = (int) byRoot[end];
                if (node < m) {
                    MasterRecord mr = masters.get(node);
                    master = master == null || mr.order() < master.order() ? mr : master;
                } else {
                    leak.add(mentions.get(node - m));
                }
                end++;
            }
            boolean loneAmbiguous = end - start == 1 && ambiguous.contains((int) byRoot[start]);
            if (loneAmbiguous) {
                left.add(leak.get(0).id());
            } else if (!leak.isEmpty()) {
                ResolvedPerson person = person(master, leak, g.reasons(root), usedIds, reviewedCategory.get(root));
                personOfRoot.put(root, person.personId());
                persons.add(person);
            }
            start = end;
        }
        persons.sort(Comparator.comparing(ResolvedPerson::personId));
        return persons;
    }

    private ResolvedPerson person(MasterRecord master, List<Mention> leak, Set<String> reasons, Set<String> usedIds,
                                  String reviewedCategory) {
        TreeSet<Element> elements = new TreeSet<>();
        TreeSet<String> documents = new TreeSet<>();
        Set<String> emails = new TreeSet<>();
        Set<String> contexts = new TreeSet<>();
        for (Mention r : leak) {
            elements.addAll(r.elements());
            documents.add(r.documentPath());
            emails.addAll(Arrays.asList(r.emails()));
            contexts.add(r.context());
        }
        boolean relativeOnly = leak.stream().allMatch(r -> r.kind() == PersonRecord.Kind.RELATIVE);
        Classification c = reviewedCategory != null ? new Classification(reviewedCategory, "reviewer")
                : master != null ? new Classification(master.category(), "master " + master.source())
                : relativeOnly ? classifier.classifyRelative()
                : classifier.classify(documents, elements, emails, contexts);
        String display = displayName(master, leak);
        String anchor = master != null ? "m:" + master.ref()
                : leak.stream().map(r -> r.documentPath() + "#" + r.locator()).min(String::compareTo).orElseThrow();
        boolean logsOnly = master == null && leak.stream().allMatch(r -> r.kind() == PersonRecord.Kind.LOG_LINE && r.names().length == 0);
        boolean headerOnly = master == null && reviewedCategory == null && leak.stream().allMatch(r -> r.kind() == PersonRecord.Kind.MAIL_HEADER);
        return new ResolvedPerson(personId(anchor, usedIds), c.category(), display,
                Collections.unmodifiableSortedSet(elements), Collections.unmodifiableSortedSet(documents),
                master == null ? null : master.source(), master == null ? null : master.key(),
                leak.stream().map(Mention::id).sorted().toList(), c.reason(), Set.copyOf(reasons),
                logsOnly ? Set.of(ReviewFlag.SYSTEM_LOGS_ONLY) : headerOnly ? Set.of(ReviewFlag.HEADER_ONLY) : Set.of());
    }

    /** The master's name, else the most frequent name found (a spaced kanji form preferred on ties). */
    private static String displayName(MasterRecord master, List<Mention> leak) {
        if (master != null && master.values().get(Element.NAME) != null) {
            return Names.display(master.values().get(Element.NAME));
        }
        Map<String, Integer> counts = new HashMap<>();
        leak.forEach(r -> Arrays.stream(r.names()).forEach(v -> counts.merge(v, 1, Integer::sum)));
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
