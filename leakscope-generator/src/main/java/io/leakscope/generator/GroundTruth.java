package io.leakscope.generator;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/**
 * The exposed persons of a generated leak, written as {@code truth.json} beside it: each with
 * category, elements, documents, master record and every value written for them ({@code findings}).
 */
public record GroundTruth(List<TruthPerson> persons) {
    private static final ObjectMapper JSON = new ObjectMapper();

    public GroundTruth {
        persons = persons.stream().filter(TruthPerson::exposed).toList();
    }

    public void write(Path file) throws IOException {
        ArrayNode arr = JSON.createArrayNode();
        for (TruthPerson p : persons) {
            ObjectNode n = arr.addObject();
            n.put("truth_id", p.id());
            n.put("category", p.category());
            n.put("name", p.name());
            p.elementIds().forEach(n.putArray("elements")::add);
            p.documents().forEach(n.withArray("documents")::add);
            ArrayNode findings = n.putArray("findings");
            for (TruthFinding f : p.findings()) {
                ObjectNode fn = findings.addObject().put("document", f.document()).put("type", f.type().id()).put("value", f.value());
                if (f.optional()) {
                    fn.put("optional", true);
                }
            }
            if (p.masterSource() == null) {
                n.putNull("master_ref");
            } else {
                n.putObject("master_ref").put("source", p.masterSource()).put("key", p.masterKey());
            }
        }
        JSON.writerWithDefaultPrettyPrinter().writeValue(file.toFile(), arr);
    }

    /** The values written tied to no person, as {@code [{"document", "type", "value"}]}: what a scan should keep as documents' own. */
    public static void writeUnattributed(List<TruthFinding> findings, Path file) throws IOException {
        ArrayNode arr = JSON.createArrayNode();
        findings.forEach(f -> arr.addObject().put("document", f.document()).put("type", f.type().id()).put("value", f.value()));
        JSON.writerWithDefaultPrettyPrinter().writeValue(file.toFile(), arr);
    }
}
