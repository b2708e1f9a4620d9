package io.leakscope.generator;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.leakscope.core.model.Element;
import io.leakscope.core.model.FindingType;
import io.leakscope.core.resolve.LeakRecord;
import io.leakscope.core.text.Names;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Detection measured per fine type: every value a scan reported, against every value the generator
 * wrote ({@code findings} of {@code truth.json}), document by document.
 *
 * <p>A reported value is a true positive when it matches a written value of the same type in the
 * same document, spurious when it matches none; a written value no report matches is missed. Each
 * written value is matched once, so a roster's twelve "営業部" cells need twelve reports. A repeat
 * of a matched value (a company named in a mail's body and its signature) is neither. Optional
 * written values (a family name alone) are never missed and never spurious. Values compare by
 * type: identifiers without separators and case, phones by digits (+81 as 0), names by their name
 * key, addresses by containment (the shorter at least 70% of the longer), career lines and
 * special-care text by containment.
 * Nothing of a value is printed: misses and spurious reports name the document, type and location.
 */
public record FindingEvaluation(Map<FindingType, int[]> counts, List<String> missed, List<String> spurious) {
    private static final Set<Element> IDENTIFIERS = EnumSet.of(Element.ID_DOCUMENT, Element.TAXPAYER_ID, Element.MY_NUMBER,
            Element.CREDIT_CARD, Element.EMPLOYEE_ID);

    /** A reported finding: where, what type, its value and location. */
    public record Found(String document, FindingType type, String value, String location) {
    }

    /**
     * Every value written: the persons' ({@code truth.json}) and, when the leak has them, those
     * tied to no person ({@code unattributed.json} beside it), which a scan keeps as documents' own.
     */
    public static List<TruthFinding> readTruth(Path file) throws IOException {
        List<TruthFinding> out = new ArrayList<>();
        for (JsonNode person : new ObjectMapper().readTree(file.toFile())) {
            for (JsonNode f : person.path("findings")) {
                out.add(truthFinding(f));
            }
        }
        Path unattributed = file.resolveSibling(PaymentGatewayLog.FILE);
        if (java.nio.file.Files.exists(unattributed)) {
            for (JsonNode f : new ObjectMapper().readTree(unattributed.toFile())) {
                out.add(truthFinding(f));
            }
        }
        return out;
    }

    private static TruthFinding truthFinding(JsonNode f) {
        return new TruthFinding(f.get("document").asText(), FindingType.valueOf(f.get("type").asText().toUpperCase(Locale.ROOT)),
                f.get("value").asText(), f.path("optional").asBoolean(false));
    }

    /** The findings of a case's records, as reported. */
    public static List<Found> reported(List<LeakRecord> records) {
        return reported(records, Map.of());
    }

    /** The findings of a case's records and, by document, its values tied to no person ({@code CaseStore.unattributedFindings}). */
    public static List<Found> reported(List<LeakRecord> records, Map<String, List<io.leakscope.core.model.Finding>> unattributed) {
        List<Found> out = new ArrayList<>();
        for (LeakRecord r : records) {
            r.record().findings().forEach(f -> out.add(new Found(r.record().documentPath(), f.type(), f.value(), f.location())));
        }
        unattributed.forEach((document, fs) -> fs.forEach(f -> out.add(new Found(document, f.type(), f.value(), f.location()))));
        return out;
    }

    public static FindingEvaluation of(List<TruthFinding> truth, List<Found> found) {
        Map<String, List<TruthFinding>> truthBySlot = new HashMap<>();
        truth.forEach(t -> truthBySlot.computeIfAbsent(t.document() + "|" + t.type(), k -> new ArrayList<>()).add(t));
        Map<String, List<Found>> foundBySlot = new HashMap<>();
        found.forEach(f -> foundBySlot.computeIfAbsent(f.document() + "|" + f.type(), k -> new ArrayList<>()).add(f));
        Map<FindingType, int[]> counts = new EnumMap<>(FindingType.class); // tp, fp, fn
        List<String> missed = new ArrayList<>();
        List<String> spurious = new ArrayList<>();
        for (String slot : union(truthBySlot, foundBySlot)) {
            List<TruthFinding> written = truthBySlot.getOrDefault(slot, List.of());
            List<Found> reported = foundBySlot.getOrDefault(slot, List.of());
            FindingType type = !written.isEmpty() ? written.get(0).type() : reported.get(0).type();
            int[] c = counts.computeIfAbsent(type, k -> new int[3]);
            compareSlot(type, written, reported, c, missed, spurious);
        }
        return new FindingEvaluation(counts, missed, spurious);
    }

    private static List<String> union(Map<String, ?> a, Map<String, ?> b) {
        List<String> keys = new ArrayList<>(a.keySet());
        b.keySet().stream().filter(k -> !a.containsKey(k)).forEach(keys::add);
        keys.sort(null);
        return keys;
    }

    private static void compareSlot(FindingType type, List<TruthFinding> written, List<Found> reported, int[] c,
                                    List<String> missed, List<String> spurious) {
        List<String> writtenKeys = written.stream().map(t -> key(type, t.value())).toList();
        boolean[] writtenUsed = new boolean[written.size()];
        boolean[] reportedUsed = new boolean[reported.size()];
        for (boolean optionalPass : new boolean[] {false, true}) {
            for (int w = 0; w < written.size(); w++) {
                if (written.get(w).optional() != optionalPass) {
                    continue;
                }
                for (int r = 0; r < reported.size(); r++) {
                    if (!reportedUsed[r] && matches(type, key(type, reported.get(r).value()), writtenKeys.get(w))) {
                        reportedUsed[r] = true;
                        writtenUsed[w] = true;
                        if (!optionalPass) {
                            c[0]++;
                        }
                        break;
                    }
                }
            }
        }
        for (int w = 0; w < written.size(); w++) {
            if (!writtenUsed[w] && !written.get(w).optional()) {
                c[2]++;
                missed.add(written.get(w).document() + " " + type.id());
            }
        }
        for (int r = 0; r < reported.size(); r++) {
            String k = key(type, reported.get(r).value());
            if (!reportedUsed[r] && writtenKeys.stream().noneMatch(wk -> matches(type, k, wk))) {
                c[1]++;
                spurious.add(reported.get(r).document() + " " + type.id() + " at " + reported.get(r).location());
            }
        }
    }

    /** The form a value is compared in, by type. */
    static String key(FindingType type, String value) {
        String v = Names.nfkc(value).strip();
        return switch (type) {
            case PERSON_NAME, NAME_KANA -> Names.key(v);
            case PHONE -> v.startsWith("+81") ? "0" + v.replaceAll("\\D", "").substring(2) : v.replaceAll("\\D", "");
            case EMAIL, PASSWORD, API_TOKEN, PRIVATE_KEY, DATE_OF_BIRTH -> v;
            case SYSTEM_ACCOUNT -> v.substring(v.lastIndexOf('\\') + 1).toLowerCase(Locale.ROOT);
            case BANK_ACCOUNT -> v.replaceAll("\\D", "");
            case POSTAL_ADDRESS, COMPANY_ADDRESS, CAREER_HISTORY, SENSITIVE_INFO ->
                    v.replaceAll("[\\s〒]", "").replace('ー', '-').replace('−', '-');
            default -> IDENTIFIERS.contains(type.element()) || type == FindingType.IBAN || type == FindingType.SWIFT_BIC
                    ? v.replaceAll("[^0-9A-Za-z]", "").toUpperCase(Locale.ROOT)
                    : v.replaceAll("\\s", "").toLowerCase(Locale.ROOT);
        };
    }

    private static boolean matches(FindingType type, String reported, String written) {
        return switch (type) {
            case BANK_ACCOUNT -> !written.isEmpty() && reported.contains(written);
            case POSTAL_ADDRESS, COMPANY_ADDRESS -> overlapping(reported, written, 0.7);
            case CAREER_HISTORY, SENSITIVE_INFO -> overlapping(reported, written, 0.0);
            default -> reported.equals(written);
        };
    }

    /** One contains the other, and the shorter is at least {@code share} of the longer. */
    private static boolean overlapping(String a, String b, double share) {
        String longer = a.length() >= b.length() ? a : b;
        String shorter = longer == a ? b : a;
        return !shorter.isEmpty() && longer.contains(shorter) && shorter.length() >= share * longer.length();
    }

    public double precision(FindingType type) {
        int[] c = counts.getOrDefault(type, new int[3]);
        return c[0] + c[1] == 0 ? 1.0 : (double) c[0] / (c[0] + c[1]);
    }

    public double recall(FindingType type) {
        int[] c = counts.getOrDefault(type, new int[3]);
        return c[0] + c[2] == 0 ? 1.0 : (double) c[0] / (c[0] + c[2]);
    }

    /** A printable table, one row per type, and the first misses and spurious reports. */
    public String table() {
        StringBuilder sb = new StringBuilder();
        sb.append(String.format("%-24s %-16s %6s %6s %6s %9s %7s %7s%n", "type", "element", "tp", "fp", "fn", "precision", "recall", "f1"));
        counts.forEach((t, c) -> sb.append(String.format("%-24s %-16s %6d %6d %6d %9.4f %7.4f %7.4f%n", t.id(), t.element().id(),
                c[0], c[1], c[2], precision(t), recall(t), Evaluation.f1(c[0], c[1], c[2]))));
        missed.stream().limit(15).forEach(m -> sb.append("missed:   ").append(m).append('\n'));
        spurious.stream().limit(15).forEach(m -> sb.append("spurious: ").append(m).append('\n'));
        return sb.toString();
    }
}
