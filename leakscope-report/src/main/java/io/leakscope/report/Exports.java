package io.leakscope.report;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.leakscope.core.docclass.ConfidentialFlag;
import io.leakscope.core.model.Element;
import io.leakscope.core.model.InventoryEntry;
import io.leakscope.core.obligations.CaseFacts;
import io.leakscope.core.obligations.Obligation;
import io.leakscope.core.resolve.ResolvedPerson;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * The fixed export formats: persons (contract {@code persons-export.md}) and inventory
 * ({@code inventory-export.md}), JSON Lines in UTF-8 with {@code \n} line ends and no BOM; and the
 * obligations ({@code obligations-export.md}), one JSON document.
 */
public final class Exports {
    private static final ObjectMapper JSON = new ObjectMapper().disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);

    private Exports() {
    }

    public static void persons(List<ResolvedPerson> persons, Path out) throws IOException {
        writeLines(persons, out, p -> {
            ObjectNode n = JSON.createObjectNode();
            n.put("person_id", p.personId());
            n.put("category", p.category());
            n.put("display_name", p.displayName());
            ArrayNode elements = n.putArray("elements");
            p.elements().stream().map(Element::id).sorted().forEach(elements::add);
            ArrayNode documents = n.putArray("documents");
            p.documents().forEach(documents::add);
            if (p.masterSource() == null) {
                n.putNull("master_ref");
            } else {
                n.putObject("master_ref").put("source", p.masterSource()).put("key", p.masterKey());
            }
            ArrayNode review = n.putArray("review_flags"); // beyond the contract: why a reviewer should look before sign-off
            p.reviewFlags().stream().map(f -> f.id()).sorted().forEach(review::add);
            return n;
        });
    }

    /** The obligations export (contract {@code obligations-export.md}): one JSON document. */
    public static void obligations(CaseFacts facts, List<Obligation> obligations, java.time.OffsetDateTime generatedAt, Path out)
            throws IOException {
        ObjectNode root = JSON.createObjectNode();
        root.put("case", facts.caseName());
        root.put("aware_at", java.time.format.DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(facts.awareAt()));
        root.put("generated_at", java.time.format.DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(generatedAt.withNano(0)));
        ArrayNode list = root.putArray("obligations");
        for (Obligation o : obligations) {
            ObjectNode n = list.addObject();
            n.put("id", o.id());
            n.put("jurisdiction", o.jurisdiction());
            n.put("law", o.law());
            n.put("recipient", o.recipient());
            n.put("action", o.action());
            switch (o.required()) {
                case TRUE -> n.put("required", true);
                case FALSE -> n.put("required", false);
                default -> n.put("required", "needs_review");
            }
            n.put("due", o.due());
            n.put("due_note", o.dueNote());
            ArrayNode triggers = n.putArray("triggers");
            o.triggers().forEach(triggers::add);
            n.put("persons", o.persons());
            n.put("confidence", o.confidence());
        }
        Files.createDirectories(out.toAbsolutePath().getParent());
        try (Writer w = Files.newBufferedWriter(out, StandardCharsets.UTF_8)) {
            JSON.writerWithDefaultPrettyPrinter().writeValue(w, root);
            w.write("\n");
        }
    }

    public static void inventory(List<InventoryEntry> entries, Path out) throws IOException {
        inventory(entries, Map.of(), out);
    }

    /** @param unattributed by path, the values tied to no person counted by element ({@code CaseStore.unattributedCounts}) */
    public static void inventory(List<InventoryEntry> entries, Map<String, Map<Element, Integer>> unattributed, Path out) throws IOException {
        writeLines(entries, out, e -> {
            ObjectNode n = JSON.createObjectNode();
            n.put("path", e.path());
            n.put("parent", e.parent());
            n.put("size", e.size());
            n.put("sha256", e.sha256());
            n.put("media_type", e.mediaType());
            n.put("status", e.status());
            n.put("reason", e.reason());
            n.put("findings", e.findings());
            n.put("class", e.classification() == null ? null : e.classification().documentClass().id());
            ObjectNode byElement = n.putObject("unattributed");
            unattributed.getOrDefault(e.path(), Map.of()).forEach((element, count) -> byElement.put(element.id(), count));
            ArrayNode flags = n.putArray("flags");
            if (e.classification() != null) {
                for (ConfidentialFlag f : e.classification().flags()) {
                    flags.addObject().put("kind", f.kind().id()).put("evidence", f.evidence()).put("line", f.line());
                }
            }
            return n;
        });
    }

    /** One JSON object per line, UTF-8, "\n" line ends, no BOM. */
    private static <T> void writeLines(List<T> items, Path out, Function<T, ObjectNode> toJson) throws IOException {
        try (Writer w = Files.newBufferedWriter(out, StandardCharsets.UTF_8)) {
            for (T item : items) {
                w.write(JSON.writeValueAsString(toJson.apply(item)));
                w.write('\n');
            }
        }
    }
}
