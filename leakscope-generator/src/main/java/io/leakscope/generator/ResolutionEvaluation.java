package io.leakscope.generator;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.leakscope.core.model.Finding;
import io.leakscope.core.model.FindingType;
import io.leakscope.core.resolve.LeakRecord;
import io.leakscope.core.resolve.MergeLink;
import io.leakscope.core.resolve.ResolvedPerson;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * Over-merging and over-splitting, measured record by record. Every record of the scan is given
 * the true person who owns it: the one whose written values (names, e-mails, ids, phones …) in that
 * document it shares most of. A found person holds the owners of their records, the true persons
 * whose master rows their merges joined, and every true person whose strong identifier (e-mail,
 * employee id, account, identity number) one of their records carries, written in that document
 * for that person alone (a reply quoting two people glued into one record). A found person who holds
 * k true persons hides k − 1 victims (over-merge); a true person whose records ended up in k found
 * persons gets k − 1 extra letters (over-split). Both are counted as a share of the true persons.
 * Records no true person owns, or two own equally, are left out.
 */
public record ResolutionEvaluation(int truePersons, int overMerged, int overSplit, List<String> merged, List<String> split) {
    private static final Set<FindingType> IDENTIFYING = Set.of(FindingType.PERSON_NAME, FindingType.EMAIL, FindingType.EMPLOYEE_ID,
            FindingType.SYSTEM_ACCOUNT, FindingType.PHONE, FindingType.MY_NUMBER, FindingType.PASSPORT_NUMBER, FindingType.US_SSN,
            FindingType.UK_NINO, FindingType.CN_RESIDENT_ID, FindingType.SG_NRIC, FindingType.US_ITIN, FindingType.NAME_KANA);

    /** Identifiers one person alone has: a record carrying another person's is glued. */
    private static final Set<FindingType> STRONG = Set.of(FindingType.EMAIL, FindingType.EMPLOYEE_ID, FindingType.SYSTEM_ACCOUNT,
            FindingType.MY_NUMBER, FindingType.PASSPORT_NUMBER, FindingType.US_SSN, FindingType.UK_NINO, FindingType.CN_RESIDENT_ID,
            FindingType.SG_NRIC, FindingType.US_ITIN);

    private record Owned(String truthId, String key) {
    }

    /** Without the merge links: master rows joined into one person are not seen. */
    public static ResolutionEvaluation of(Path truthFile, List<ResolvedPerson> persons, List<LeakRecord> records) throws IOException {
        return of(truthFile, persons, records, p -> List.of());
    }

    /**
     * @param links a found person's merges ({@code CaseStore.links}), whose master sides name the
     *              master rows the person joined
     */
    public static ResolutionEvaluation of(Path truthFile, List<ResolvedPerson> persons, List<LeakRecord> records,
                                          Function<String, List<MergeLink>> links) throws IOException {
        Map<String, List<Owned>> byDocumentAndType = new HashMap<>();
        Map<String, String> truthOfMaster = new HashMap<>();
        int truePersons = 0;
        for (JsonNode person : new ObjectMapper().readTree(truthFile.toFile())) {
            truePersons++;
            String id = person.get("truth_id").asText();
            JsonNode ref = person.path("master_ref");
            if (ref.isObject()) {
                truthOfMaster.put(masterSide(ref.get("source").asText(), ref.get("key").asText()), id);
            }
            for (JsonNode f : person.path("findings")) {
                FindingType type = FindingType.valueOf(f.get("type").asText().toUpperCase(java.util.Locale.ROOT));
                if (IDENTIFYING.contains(type)) {
                    byDocumentAndType.computeIfAbsent(f.get("document").asText() + "|" + type, k -> new ArrayList<>())
                            .add(new Owned(id, FindingEvaluation.key(type, f.get("value").asText())));
                }
            }
        }
        Map<Long, String> ownerOfRecord = new HashMap<>();
        Map<Long, Set<String>> gluedOfRecord = new HashMap<>();
        for (LeakRecord r : records) {
            owner(r, byDocumentAndType).ifPresent(o -> ownerOfRecord.put(r.id(), o));
            Set<String> glued = strongOwners(r, byDocumentAndType);
            if (!glued.isEmpty()) {
                gluedOfRecord.put(r.id(), glued);
            }
        }
        Map<String, Set<String>> foundPersonsOfTruth = new HashMap<>();
        int overMerged = 0;
        List<String> merged = new ArrayList<>();
        for (ResolvedPerson p : persons) {
            Set<String> owners = new HashSet<>();
            for (Long id : p.recordIds()) {
                String o = ownerOfRecord.get(id);
                if (o != null) {
                    owners.add(o);
                    foundPersonsOfTruth.computeIfAbsent(o, k -> new HashSet<>()).add(p.personId());
                }
                owners.addAll(gluedOfRecord.getOrDefault(id, Set.of()));
            }
            if (p.masterSource() != null && truthOfMaster.containsKey(masterSide(p.masterSource(), p.masterKey()))) {
                owners.add(truthOfMaster.get(masterSide(p.masterSource(), p.masterKey())));
            }
            for (MergeLink l : links.apply(p.personId())) {
                for (String side : new String[] {l.fromMaster(), l.toMaster()}) {
                    if (side != null && truthOfMaster.containsKey(side)) {
                        owners.add(truthOfMaster.get(side));
                    }
                }
            }
            if (owners.size() > 1) {
                overMerged += owners.size() - 1;
                merged.add(p.personId() + " holds " + new java.util.TreeSet<>(owners));
            }
        }
        int overSplit = 0;
        List<String> split = new ArrayList<>();
        for (Map.Entry<String, Set<String>> e : foundPersonsOfTruth.entrySet()) {
            if (e.getValue().size() > 1) {
                overSplit += e.getValue().size() - 1;
                split.add(e.getKey() + " split into " + new java.util.TreeSet<>(e.getValue()));
            }
        }
        merged.sort(null);
        split.sort(null);
        return new ResolutionEvaluation(truePersons, overMerged, overSplit, merged, split);
    }

    /** As a merge link names a master row: {@code master SOURCE KEY}. */
    private static String masterSide(String source, String key) {
        return "master " + source + " " + key;
    }

    /** The true persons whose strong identifier, written for them alone in the record's document, the record carries. */
    private static Set<String> strongOwners(LeakRecord r, Map<String, List<Owned>> index) {
        Set<String> out = new HashSet<>();
        for (Finding f : r.record().findings()) {
            Set<String> holders = STRONG.contains(f.type()) ? holders(r, f, index) : Set.of();
            if (holders.size() == 1) {
                out.addAll(holders);
            }
        }
        return out;
    }

    private static java.util.Optional<String> owner(LeakRecord r, Map<String, List<Owned>> index) {
        Map<String, Integer> votes = new HashMap<>();
        for (Finding f : r.record().findings()) {
            if (IDENTIFYING.contains(f.type())) {
                holders(r, f, index).forEach(v -> votes.merge(v, 1, Integer::sum));
            }
        }
        int best = votes.values().stream().max(Integer::compare).orElse(0);
        List<String> top = votes.entrySet().stream().filter(e -> e.getValue() == best).map(Map.Entry::getKey).toList();
        return best > 0 && top.size() == 1 ? java.util.Optional.of(top.get(0)) : java.util.Optional.empty();
    }

    /** The true persons for whom the generator wrote this finding's value, of its type, in the record's document. */
    private static Set<String> holders(LeakRecord r, Finding f, Map<String, List<Owned>> index) {
        String key = FindingEvaluation.key(f.type(), f.value());
        Set<String> out = new HashSet<>();
        for (Owned o : index.getOrDefault(r.record().documentPath() + "|" + f.type(), List.of())) {
            if (o.key().equals(key)) {
                out.add(o.truthId());
            }
        }
        return out;
    }

    public double overMergeRate() {
        return truePersons == 0 ? 0 : (double) overMerged / truePersons;
    }

    public double overSplitRate() {
        return truePersons == 0 ? 0 : (double) overSplit / truePersons;
    }

    public String table() {
        StringBuilder sb = new StringBuilder(String.format("over-merge %d of %d true persons (%.2f%%), over-split %d (%.2f%%)%n",
                overMerged, truePersons, 100 * overMergeRate(), overSplit, 100 * overSplitRate()));
        merged.stream().limit(10).forEach(m -> sb.append("merged:   ").append(m).append('\n'));
        split.stream().limit(10).forEach(m -> sb.append("split:    ").append(m).append('\n'));
        return sb.toString();
    }
}
