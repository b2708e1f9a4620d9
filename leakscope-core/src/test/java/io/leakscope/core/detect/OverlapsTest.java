package io.leakscope.core.detect;

import static org.assertj.core.api.Assertions.assertThat;

import io.leakscope.core.model.Element;
import io.leakscope.core.model.Finding;
import io.leakscope.core.model.FindingType;
import io.leakscope.core.model.Span;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class OverlapsTest {
    /** The definition: best first, each finding against every one kept so far (quadratic). */
    private static List<Finding> byComparingAll(List<Finding> findings) {
        List<Finding> sorted = new ArrayList<>(findings);
        sorted.sort(Comparator.comparingDouble(Finding::score).reversed().thenComparing(f -> -(f.span().end() - f.span().start())));
        List<Finding> kept = new ArrayList<>();
        for (Finding f : sorted) {
            List<Finding> clashes = kept.stream().filter(k -> k.element() == f.element() && overlap(k.span(), f.span())).toList();
            if (clashes.isEmpty()) {
                kept.add(f);
            } else if (f.element() == Element.NAME && clashes.stream().allMatch(k -> contains(f.span(), k.span()))) {
                kept.removeAll(clashes);
                kept.add(f);
            }
        }
        kept.sort(Comparator.comparingInt(f -> f.span().start()));
        return kept;
    }

    private static boolean overlap(Span a, Span b) {
        return a.start() < b.end() && b.start() < a.end();
    }

    private static boolean contains(Span outer, Span inner) {
        return outer.start() <= inner.start() && outer.end() >= inner.end() && (outer.end() - outer.start()) > (inner.end() - inner.start());
    }

    @Test
    void keepsWhatComparingEveryPairKeepsOnRandomFindings() {
        FindingType[] types = {FindingType.PERSON_NAME, FindingType.PERSON_NAME, FindingType.EMAIL, FindingType.PHONE, FindingType.DEPARTMENT,
            FindingType.JOB_TITLE};
        Random random = new Random(3);
        int kept = 0;
        for (int n = 0; n < 20_000; n++) {
            List<Finding> findings = new ArrayList<>();
            for (int i = random.nextInt(25); i > 0; i--) {
                int start = random.nextInt(60);
                int end = start + random.nextInt(12); // empty spans too
                double score = 0.5 + random.nextInt(6) / 10.0;
                findings.add(new Finding(types[random.nextInt(types.length)], "v" + i, new Span(start, end), "chars", score, "r" + i));
            }
            List<Finding> expected = byComparingAll(findings);
            kept += expected.size();
            assertThat(RecognizerRegistry.resolveOverlaps(findings)).as("%s", findings).containsExactlyElementsOf(expected);
        }
        assertThat(kept).isGreaterThan(50_000);
    }

    @Test
    void aHundredThousandOverlappingPairsKeepTheBetterOfEach() {
        List<Finding> findings = new ArrayList<>();
        for (int i = 0; i < 100_000; i++) {
            findings.add(new Finding(FindingType.EMAIL, "a" + i + "@x.jp", new Span(i * 40, i * 40 + 20), "chars", 0.9, "common.email"));
            findings.add(new Finding(FindingType.EMAIL, "b" + i + "@x.jp", new Span(i * 40 + 5, i * 40 + 25), "chars", 0.8, "common.email"));
        }
        assertThat(RecognizerRegistry.resolveOverlaps(findings)).hasSize(100_000).allMatch(f -> f.score() == 0.9);
    }
}
