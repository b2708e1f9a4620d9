package io.leakscope.bench;

import io.leakscope.core.detect.Recognizer;
import io.leakscope.core.detect.RecognizerRegistry;
import io.leakscope.core.detect.jp.JapaneseNameRecognizer;
import io.leakscope.core.text.NormalizedText;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;

/**
 * Where the recognizer pass spends its time: each text normalised once, then every recognizer alone
 * on it, timed, one thread. The views of a text that recognizers share (its digit runs, its lower
 * case) are built by the first recognizer that asks, and counted in its time.
 */
public final class RecognizerTimes {
    /** One step's time over all the texts and, for a recognizer, its candidates (before context and the threshold). */
    public record Time(String step, long nanos, long candidates) {
    }

    /** The name of the step that normalises the texts. */
    public static final String NORMALISATION = "normalisation";

    private RecognizerTimes() {
    }

    /** The steps, the slowest first. */
    public static List<Time> measure(RecognizerRegistry registry, Collection<String> texts) {
        List<Recognizer> recognizers = registry.recognizers();
        long[] nanos = new long[recognizers.size()];
        long[] candidates = new long[recognizers.size()];
        long normalising = 0;
        JapaneseNameRecognizer.forgetSegments(); // the texts are new to it, as they are to a scan
        for (String s : texts) {
            long start = System.nanoTime();
            NormalizedText text = NormalizedText.of(s);
            normalising += System.nanoTime() - start;
            for (int i = 0; i < recognizers.size(); i++) {
                start = System.nanoTime();
                candidates[i] += recognizers.get(i).analyze(text).size();
                nanos[i] += System.nanoTime() - start;
            }
        }
        List<Time> times = new ArrayList<>();
        times.add(new Time(NORMALISATION, normalising, 0));
        for (int i = 0; i < recognizers.size(); i++) {
            times.add(new Time(recognizers.get(i).id(), nanos[i], candidates[i]));
        }
        times.sort(Comparator.comparingLong(Time::nanos).reversed());
        return times;
    }
}
