package io.leakscope.bench;

import static org.assertj.core.api.Assertions.assertThat;

import io.leakscope.core.detect.KnownNames;
import io.leakscope.core.detect.Recognizer;
import io.leakscope.core.detect.RecognizerRegistry;
import io.leakscope.core.text.NormalizedText;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The pass recognizer by recognizer: every recognizer and the normalisation timed, with what each found. */
class RecognizerTimesTest {
    @Test
    void everyStepIsTimedWithItsCandidatesSlowestFirst() {
        RecognizerRegistry registry = RecognizerRegistry.standard(KnownNames.NONE);
        List<String> texts = List.of("担当：山田 太郎\nyamada@example.co.jp 090-1234-5678", "見積書 No. 12 合計 3,000円");
        List<RecognizerTimes.Time> steps = RecognizerTimes.measure(registry, texts);

        assertThat(steps).extracting(RecognizerTimes.Time::step)
                .containsExactlyInAnyOrderElementsOf(concat(RecognizerTimes.NORMALISATION, registry.recognizers()));
        assertThat(steps).extracting(RecognizerTimes.Time::nanos).isSortedAccordingTo((a, b) -> Long.compare(b, a));
        for (Recognizer r : registry.recognizers()) {
            long expected = texts.stream().mapToLong(t -> r.analyze(NormalizedText.of(t)).size()).sum();
            assertThat(steps).filteredOn(t -> t.step().equals(r.id())).singleElement()
                    .satisfies(t -> assertThat(t.candidates()).as(r.id()).isEqualTo(expected));
        }
        assertThat(steps).filteredOn(t -> t.step().equals("common.email")).singleElement()
                .satisfies(t -> assertThat(t.candidates()).isEqualTo(1));
    }

    private static List<String> concat(String first, List<Recognizer> recognizers) {
        List<String> all = new java.util.ArrayList<>(List.of(first));
        recognizers.forEach(r -> all.add(r.id()));
        return all;
    }
}
