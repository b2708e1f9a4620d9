package io.leakscope.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import io.leakscope.core.model.Element;
import io.leakscope.core.resolve.ResolvedPerson;
import io.leakscope.store.CaseStore;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The persons a scan finds in Apache Tika's own test documents (unpacked by leakscope-ingest's
 * build), held to a reviewed list, {@code tika-test-persons.tsv}: every person found is listed with
 * a verdict — a person, or not one and why — and every listed one is found. A new false person, or
 * a person lost, fails the test; the false ones still listed are the known differences.
 */
class TikaTestDocumentsPersonsTest {
    private static final Path DOCS = Path.of("../leakscope-ingest/target/tika-test-documents");

    @TempDir
    Path tmp;

    @Test
    void thePersonsFoundAreTheReviewedOnes() throws Exception {
        assertThat(DOCS).as("leakscope-ingest's build unpacks Tika's test documents; build it first").isDirectory();
        Path config = Files.writeString(tmp.resolve("case.yaml"), """
                case:
                  name: tika-test-documents
                  aware_at: 2026-12-01T09:00:00+09:00
                  cause: other
                  organization: Example Co., Ltd.
                  own_email_domains: [example.co.jp]
                masters: []
                rules: []
                """);
        Path caseDir = tmp.resolve("case");
        CaseService.scan(DOCS, caseDir, config, ScanProgress.SILENT, ScanOptions.isolated(2));
        Map<String, Integer> found = new TreeMap<>();
        try (CaseStore store = CaseStore.open(caseDir, Optional.empty())) {
            for (ResolvedPerson p : store.persons()) {
                found.merge(key(p), 1, Integer::sum);
            }
        }
        Map<String, Integer> reviewed = new TreeMap<>();
        for (String[] row : reviewed()) {
            reviewed.put(row[0] + "\t" + row[1] + "\t" + row[2], Integer.parseInt(row[3]));
        }
        Files.write(Path.of("target/tika-test-persons.tsv"), found.entrySet().stream().map(e -> e.getKey() + "\t" + e.getValue()).toList(),
                StandardCharsets.UTF_8);
        assertThat(found).as("persons found (document, name, elements → count) against the reviewed list; all found: target/tika-test-persons.tsv")
                .isEqualTo(reviewed);
    }

    private static String key(ResolvedPerson p) {
        String root = DOCS.toAbsolutePath().normalize() + "/";
        String document = p.documents().stream().map(d -> d.startsWith(root) ? d.substring(root.length()) : d).sorted().findFirst().orElse("");
        String elements = p.elements().stream().map(Element::id).sorted().collect(Collectors.joining(","));
        return p.category() + " " + document + "\t" + p.displayName() + "\t" + elements;
    }

    /** Rows: category and first document, name, elements, count, verdict. */
    private static List<String[]> reviewed() throws IOException {
        List<String[]> rows = new ArrayList<>();
        try (InputStream in = TikaTestDocumentsPersonsTest.class.getResourceAsStream("/tika-test-persons.tsv")) {
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    rows.add(line.split("\t", -1));
                }
            }
        }
        return rows;
    }
}
