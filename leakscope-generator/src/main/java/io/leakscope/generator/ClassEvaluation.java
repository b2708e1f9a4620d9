package io.leakscope.generator;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.leakscope.core.docclass.ConfidentialFlag;
import io.leakscope.core.docclass.DocumentClassification;
import io.leakscope.core.docclass.FlagKind;
import io.leakscope.core.model.InventoryEntry;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Compares the classes and flags a scan gave the documents of a {@link DocumentClassCorpus} with its
 * ground truth ({@code classes.json}): precision, recall and F1 per class and their macro average,
 * and precision/recall per flag kind. A labelled document missing from the case counts as a miss.
 *
 * @param classCounts per class: true positives, false positives, false negatives
 * @param flagCounts  per flag kind: true positives, false positives, false negatives
 */
public record ClassEvaluation(Map<String, int[]> classCounts, Map<String, int[]> flagCounts, List<String> confusions) {

    /** @param set {@code tuned} or {@code held_out} ({@link DocumentClassCorpus}) */
    public record Truth(String path, String documentClass, Set<String> flags, String set) {
    }

    public static List<Truth> readTruth(Path file) throws IOException {
        List<Truth> out = new ArrayList<>();
        for (JsonNode n : new ObjectMapper().readTree(file.toFile())) {
            Set<String> flags = new TreeSet<>();
            n.get("flags").forEach(f -> flags.add(f.asText()));
            out.add(new Truth(n.get("path").asText(), n.get("class").asText(), flags, n.path("set").asText("tuned")));
        }
        return out;
    }

    public static ClassEvaluation of(List<Truth> truth, List<InventoryEntry> inventory) {
        Map<String, DocumentClassification> found = new HashMap<>();
        inventory.stream().filter(e -> e.classification() != null).forEach(e -> found.put(e.path(), e.classification()));
        Map<String, int[]> classes = new TreeMap<>();
        Map<String, int[]> flags = new TreeMap<>();
        for (FlagKind k : FlagKind.values()) {
            flags.put(k.id(), new int[3]);
        }
        List<String> confusions = new ArrayList<>();
        for (Truth t : truth) {
            DocumentClassification c = found.get(t.path());
            String got = c == null ? "(missing)" : c.documentClass().id();
            if (got.equals(t.documentClass())) {
                count(classes, got, 0);
            } else {
                count(classes, t.documentClass(), 2);
                count(classes, got, 1);
                confusions.add(t.path() + ": " + t.documentClass() + " → " + got + (c == null ? "" : " (" + c.explanation() + ")"));
            }
            Set<String> gotFlags = new TreeSet<>();
            if (c != null) {
                c.flags().stream().map(ConfidentialFlag::kind).map(FlagKind::id).forEach(gotFlags::add);
            }
            for (String k : flags.keySet()) {
                boolean expected = t.flags().contains(k);
                boolean flagged = gotFlags.contains(k);
                if (expected || flagged) {
                    count(flags, k, expected && flagged ? 0 : flagged ? 1 : 2);
                }
                if (expected != flagged) {
                    confusions.add(t.path() + ": flag " + k + (flagged ? " not expected" : " missed"));
                }
            }
        }
        return new ClassEvaluation(classes, flags, confusions);
    }

    /** The documents of one set only. */
    public static List<Truth> ofSet(List<Truth> truth, String set) {
        return truth.stream().filter(t -> t.set().equals(set)).toList();
    }

    /** The table over all labelled documents, then the macro-F1 of the tuned and of the held-out kinds apart. */
    public static String report(List<Truth> truth, List<InventoryEntry> inventory) {
        StringBuilder sb = new StringBuilder(of(truth, inventory).table());
        for (String set : List.of("tuned", "held_out")) {
            List<Truth> part = ofSet(truth, set);
            if (!part.isEmpty()) {
                sb.append(String.format(Locale.ROOT, "%s kinds only (%d documents): macro-F1 %.4f%n", set.replace('_', '-'), part.size(),
                        of(part, inventory).macroF1()));
            }
        }
        return sb.toString();
    }

    private static void count(Map<String, int[]> m, String key, int slot) {
        m.computeIfAbsent(key, k -> new int[3])[slot]++;
    }

    /** The mean F1 over the classes of the ground truth. */
    public double macroF1() {
        return classCounts.values().stream().filter(c -> c[0] + c[2] > 0).mapToDouble(ClassEvaluation::f1).average().orElse(0);
    }

    public double f1(String documentClass) {
        return f1(classCounts.getOrDefault(documentClass, new int[3]));
    }

    public double precision(String flag) {
        return precision(flagCounts.get(flag));
    }

    public double recall(String flag) {
        return recall(flagCounts.get(flag));
    }

    private static double precision(int[] c) {
        return c[0] + c[1] == 0 ? 1 : c[0] / (double) (c[0] + c[1]);
    }

    private static double recall(int[] c) {
        return c[0] + c[2] == 0 ? 1 : c[0] / (double) (c[0] + c[2]);
    }

    private static double f1(int[] c) {
        double p = precision(c);
        double r = recall(c);
        return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }

    public String table() {
        StringBuilder sb = new StringBuilder(String.format("%-18s %5s %5s %5s %9s %7s %7s%n", "class", "tp", "fp", "fn", "precision", "recall", "f1"));
        classCounts.forEach((k, c) -> sb.append(row(k, c)));
        sb.append(String.format("macro-F1 over the labelled classes: %.4f%n%n", macroF1()));
        sb.append(String.format("%-18s %5s %5s %5s %9s %7s %7s%n", "flag", "tp", "fp", "fn", "precision", "recall", "f1"));
        flagCounts.forEach((k, c) -> sb.append(row(k, c)));
        confusions.forEach(c -> sb.append("confused: ").append(c).append('\n'));
        return sb.toString();
    }

    private static String row(String key, int[] c) {
        return String.format("%-18s %5d %5d %5d %9.4f %7.4f %7.4f%n", key, c[0], c[1], c[2], precision(c), recall(c), f1(c));
    }
}
