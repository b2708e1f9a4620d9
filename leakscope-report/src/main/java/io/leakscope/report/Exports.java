package io.leakscope.report;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.leakscope.core.model.Element;
import io.leakscope.core.model.InventoryEntry;
import io.leakscope.core.resolve.ResolvedPerson;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Function;

/**
 * The fixed export formats: persons (contract {@code persons-export.md}) and inventory
 * ({@code inventory-export.md}), JSON Lines in UTF-8 with {@code \n} line ends and no BOM.
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
            return n;
        });
    }

    public static void inventory(List<InventoryEntry> entries, Path out) throws IOException {
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
