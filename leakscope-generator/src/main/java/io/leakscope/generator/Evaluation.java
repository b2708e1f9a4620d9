package io.leakscope.generator;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.leakscope.core.model.Element;
import io.leakscope.core.resolve.ResolvedPerson;
import io.leakscope.core.text.Names;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Compares the persons a scan found with a generated leak's ground truth ({@code truth.json}).
 * A found person matches a true person with the same master record; persons in no master match
 * on the same name key and the most shared documents. Each true person matches at most once.
 *
 * <p>Per category, as a disclosure's table counts them: how many true persons the category has, how
 * many persons the scan put in it, and how many of the true ones it found there (recall). And per
 * category and element, the disclosure's cells ("家族の情報 97人"): how many persons of the category
 * have the element in the truth and in the scan.
 */
public record Evaluation(int truePersons, int foundPersons, int matched, int categoryCorrect,
                         Map<Element, int[]> elementCounts, Map<String, int[]> categoryCounts,
                         Map<String, int[]> cellCounts, List<String> missed, List<String> spurious) {

    /** One person of the ground truth. */
    public record Truth(String id, String category, String name, String masterRef, Set<Element> elements, Set<String> documents) {
    }

    public static List<Truth> readTruth(Path file) throws IOException {
        List<Truth> out = new ArrayList<>();
        for (JsonNode n : new ObjectMapper().readTree(file.toFile())) {
            Set<Element> elements = new TreeSet<>();
            n.get("elements").forEach(e -> elements.add(Element.fromId(e.asText())));
            Set<String> docs = new TreeSet<>();
            n.get("documents").forEach(d -> docs.add(d.asText()));
            JsonNode ref = n.get("master_ref");
            String master = ref == null || ref.isNull() ? null : ref.get("source").asText() + ":" + ref.get("key").asText();
            out.add(new Truth(n.get("truth_id").asText(), n.get("category").asText(), n.get("name").asText(), master, elements, docs));
        }
        return out;
    }

    public static Evaluation of(List<Truth> truth, List<ResolvedPerson> found) {
        Map<String, Truth> byMaster = new HashMap<>();
        Map<String, List<Truth>> byName = new HashMap<>();
        for (Truth t : truth) {
            if (t.masterRef() != null) {
                byMaster.put(t.masterRef(), t);
            } else {
                byName.computeIfAbsent(Names.key(t.name()), k -> new ArrayList<>()).add(t);
            }
        }
        Set<String> used = new HashSet<>();
        Map<String, Truth> matchedTruth = new HashMap<>();
        Map<Element, int[]> counts = new EnumMap<>(Element.class); // tp, fp, fn
        int matched = 0;
        int categoryCorrect = 0;
        List<String> spurious = new ArrayList<>();
        for (ResolvedPerson p : found) {
            Truth t = match(p, byMaster, byName, used);
            if (t == null) {
                spurious.add(p.personId() + " " + p.category() + " " + p.documents());
                continue;
            }
            used.add(t.id());
            matchedTruth.put(p.personId(), t);
            matched++;
            if (t.category().equals(p.category())) {
                categoryCorrect++;
            }
            for (Element e : Element.values()) {
                boolean inFound = p.elements().contains(e);
                boolean inTruth = t.elements().contains(e);
                int[] c = counts.computeIfAbsent(e, x -> new int[3]);
                if (inFound && inTruth) {
                    c[0]++;
                } else if (inFound) {
                    c[1]++;
                } else if (inTruth) {
                    c[2]++;
                }
            }
        }
        List<String> missed = truth.stream().filter(t -> !used.contains(t.id()))
                .map(t -> t.id() + " " + t.category() + " " + t.documents()).toList();
        counts.values().removeIf(c -> c[0] + c[1] + c[2] == 0);
        return new Evaluation(truth.size(), found.size(), matched, categoryCorrect, counts, categoryCounts(truth, found, matchedTruth),
                cells(truth, found), missed, spurious);
    }

    /** Per category: true persons, persons found in it, true persons of it found in it. */
    private static Map<String, int[]> categoryCounts(List<Truth> truth, List<ResolvedPerson> found, Map<String, Truth> matchedTruth) {
        Map<String, int[]> out = new TreeMap<>();
        truth.forEach(t -> out.computeIfAbsent(t.category(), k -> new int[3])[0]++);
        for (ResolvedPerson p : found) {
            out.computeIfAbsent(p.category(), k -> new int[3])[1]++;
            Truth t = matchedTruth.get(p.personId());
            if (t != null && t.category().equals(p.category())) {
                out.get(p.category())[2]++;
            }
        }
        return out;
    }

    /** Per "category element": persons of the category with the element, in the truth and in the scan. */
    private static Map<String, int[]> cells(List<Truth> truth, List<ResolvedPerson> found) {
        Map<String, int[]> out = new TreeMap<>();
        truth.forEach(t -> t.elements().forEach(e -> out.computeIfAbsent(t.category() + " " + e.id(), k -> new int[2])[0]++));
        found.forEach(p -> p.elements().forEach(e -> out.computeIfAbsent(p.category() + " " + e.id(), k -> new int[2])[1]++));
        return out;
    }

    /** The share of a category's true persons found in it. */
    public double categoryRecall(String category) {
        int[] c = categoryCounts.get(category);
        return c == null || c[0] == 0 ? 0 : (double) c[2] / c[0];
    }

    private static Truth match(ResolvedPerson p, Map<String, Truth> byMaster, Map<String, List<Truth>> byName, Set<String> used) {
        if (p.masterSource() != null) {
            Truth t = byMaster.get(p.masterSource() + ":" + p.masterKey());
            return t == null || used.contains(t.id()) ? null : t;
        }
        Truth best = null;
        double bestOverlap = 0;
        for (Truth t : byName.getOrDefault(Names.key(p.displayName()), List.of())) {
            double overlap = overlap(t.documents(), p.documents());
            if (!used.contains(t.id()) && overlap > bestOverlap) {
                best = t;
                bestOverlap = overlap;
            }
        }
        return best;
    }

    /** Shared documents over all documents of the two: the persons without a name (known from logs alone) differ by where they were seen. */
    private static double overlap(Set<String> a, Set<String> b) {
        Set<String> files = new java.util.HashSet<>();
        b.forEach(d -> files.add(fileOf(d)));
        long shared = a.stream().filter(files::contains).count();
        return shared == 0 ? 0 : (double) shared / (a.size() + files.size() - shared);
    }

    /** A part of a long text ({@code maillog!/part-0002.txt}) is a piece of its file: the truth names the file. */
    static String fileOf(String documentPath) {
        return PART.matcher(documentPath).replaceFirst("");
    }

    private static final java.util.regex.Pattern PART = java.util.regex.Pattern.compile("!/part-\\d{4}\\.(?:txt|csv|tsv)$");

    public double precision() {
        return foundPersons == 0 ? 0 : (double) matched / foundPersons;
    }

    public double recall() {
        return truePersons == 0 ? 0 : (double) matched / truePersons;
    }

    public double categoryAccuracy() {
        return matched == 0 ? 0 : (double) categoryCorrect / matched;
    }

    /** Micro-averaged F1 over all (person, element) pairs of matched persons. */
    public double elementF1() {
        int tp = 0;
        int fp = 0;
        int fn = 0;
        for (int[] c : elementCounts.values()) {
            tp += c[0];
            fp += c[1];
            fn += c[2];
        }
        return f1(tp, fp, fn);
    }

    static double f1(int tp, int fp, int fn) {
        return tp == 0 ? 0 : 2.0 * tp / (2.0 * tp + fp + fn);
    }

    /** A printable table of the figures. */
    public String table() {
        StringBuilder sb = new StringBuilder();
        sb.append(String.format("persons: truth %d, found %d, matched %d%n", truePersons, foundPersons, matched));
        sb.append(String.format("person precision %.4f  recall %.4f  category accuracy %.4f  element F1 %.4f%n",
                precision(), recall(), categoryAccuracy(), elementF1()));
        sb.append(String.format("%-16s %6s %6s %6s %9s %7s %7s%n", "element", "tp", "fp", "fn", "precision", "recall", "f1"));
        elementCounts.forEach((e, c) -> sb.append(String.format("%-16s %6d %6d %6d %9.4f %7.4f %7.4f%n", e.id(), c[0], c[1], c[2],
                c[0] + c[1] == 0 ? 0.0 : (double) c[0] / (c[0] + c[1]), c[0] + c[2] == 0 ? 0.0 : (double) c[0] / (c[0] + c[2]), f1(c[0], c[1], c[2]))));
        sb.append(String.format("%-26s %6s %6s %6s %7s %9s%n", "category", "truth", "found", "right", "recall", "precision"));
        categoryCounts.forEach((category, c) -> sb.append(String.format("%-26s %6d %6d %6d %7.4f %9.4f%n", category, c[0], c[1], c[2],
                c[0] == 0 ? 0.0 : (double) c[2] / c[0], c[1] == 0 ? 0.0 : (double) c[2] / c[1])));
        cellCounts.forEach((cell, c) -> {
            if (c[0] != c[1]) {
                sb.append(String.format("cell %-38s truth %5d found %5d%n", cell, c[0], c[1]));
            }
        });
        missed.stream().limit(10).forEach(m -> sb.append("missed:   ").append(m).append('\n'));
        spurious.stream().limit(10).forEach(m -> sb.append("spurious: ").append(m).append('\n'));
        return sb.toString();
    }
}
