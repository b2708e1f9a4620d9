package io.leakscope.core.analyze;

import static org.assertj.core.api.Assertions.assertThat;

import io.leakscope.core.detect.KnownNames;
import io.leakscope.core.detect.RecognizerRegistry;
import io.leakscope.core.model.ExtractedDocument;
import io.leakscope.core.model.Finding;
import io.leakscope.core.model.FindingType;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Microsoft Presidio's recognizer test cases (presidio/cases.tsv, with their origin and licence),
 * read as leakscope reads a document that holds only that text: every value Presidio expects is
 * kept — in a person's record or as the document's own — and nothing else of the type, or the case
 * is listed, with the reason, in presidio/differences.tsv (docs/DETECTORS.md shows the list). A
 * listed case that now agrees fails the test too, so the list stays the true one.
 */
class PresidioCasesTest {
    private final DocumentAnalyzer analyzer = new DocumentAnalyzer(RecognizerRegistry.standard(KnownNames.of(List.of())),
            OwnOrganization.of("株式会社エグザンプル", List.of()));

    record Case(FindingType type, String origin, String text, Set<String> expected) {
        String key() {
            return type.id() + "\t" + text;
        }
    }

    @Test
    void everyCaseIsFoundAsPresidioExpectsOrItsDifferenceIsDocumented() throws IOException {
        List<Case> cases = cases();
        Map<String, String> differences = differences();
        List<String> undocumented = new ArrayList<>();
        List<String> nowAgreeing = new ArrayList<>();
        int agreeing = 0;
        for (Case c : cases) {
            Set<String> kept = kept(c);
            boolean agrees = kept.equals(c.expected());
            agreeing += agrees ? 1 : 0;
            if (!agrees && !differences.containsKey(c.key())) {
                undocumented.add(c.key().replace('\t', ' ') + ": Presidio " + c.expected() + ", leakscope " + kept);
            } else if (agrees && differences.containsKey(c.key())) {
                nowAgreeing.add(c.key().replace('\t', ' '));
            }
        }
        System.out.printf("Presidio cases: %d, as Presidio expects: %d, documented differences: %d%n", cases.size(), agreeing, differences.size());
        assertThat(undocumented).as("differing from Presidio without a reason in presidio/differences.tsv").isEmpty();
        assertThat(nowAgreeing).as("listed in presidio/differences.tsv but agreeing now: remove the line").isEmpty();
        assertThat(differences.keySet()).as("every listed case is a case").allMatch(k -> cases.stream().anyMatch(c -> c.key().equals(k)));
    }

    /** The values of the case's type leakscope keeps from a document holding the text alone, compared without separators or case. */
    private Set<String> kept(Case c) {
        String text = c.text().replace("\\n", "\n"); // a line break, written \n in the file
        AnalysisResult result = analyzer.analyze(new ExtractedDocument("presidio.txt", "text/plain", text, List.of()));
        List<Finding> all = new ArrayList<>(result.unattributed());
        result.records().forEach(r -> all.addAll(r.findings()));
        return all.stream().filter(f -> f.type() == c.type()).map(f -> comparable(f.value())).collect(Collectors.toCollection(TreeSet::new));
    }

    /** Without separators or case; a phone number as leakscope stores it, E.164, is written so in the cases. */
    private static String comparable(String value) {
        return value.contains("@") ? value.toLowerCase(Locale.ROOT) : value.replaceAll("[^0-9A-Za-z]", "").toUpperCase(Locale.ROOT);
    }

    private static List<Case> cases() throws IOException {
        List<Case> out = new ArrayList<>();
        for (String[] f : rows("/presidio/cases.tsv", 4)) {
            Set<String> expected = f[3].isEmpty() ? Set.of()
                    : Arrays.stream(f[3].split("\\|")).map(PresidioCasesTest::comparable).collect(Collectors.toCollection(TreeSet::new));
            out.add(new Case(FindingType.valueOf(f[0].toUpperCase(Locale.ROOT)), f[1], f[2], expected));
        }
        return out;
    }

    private static Map<String, String> differences() throws IOException {
        Map<String, String> out = new LinkedHashMap<>();
        for (String[] f : rows("/presidio/differences.tsv", 3)) {
            assertThat(f[2].strip()).as("a reason for " + f[1]).isNotEmpty();
            out.put(f[0] + "\t" + f[1], f[2]);
        }
        return out;
    }

    private static List<String[]> rows(String resource, int fields) throws IOException {
        List<String[]> out = new ArrayList<>();
        try (InputStream in = PresidioCasesTest.class.getResourceAsStream(resource)) {
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] f = line.split("\t", -1);
                assertThat(f).as(resource + ": " + line).hasSize(fields);
                out.add(f);
            }
        }
        return out;
    }
}
