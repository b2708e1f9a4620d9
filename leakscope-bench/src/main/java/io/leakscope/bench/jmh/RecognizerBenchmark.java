package io.leakscope.bench.jmh;

import io.leakscope.bench.SampleText;
import io.leakscope.core.detect.Recognizer;
import io.leakscope.core.detect.RecognizerRegistry;
import io.leakscope.core.detect.jp.JapaneseNameRecognizer;
import io.leakscope.core.text.NormalizedText;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Throughput of detection on {@link SampleText} (256 KB per operation): normalisation alone, the
 * whole recognizer registry, the heaviest recognizers one by one, and a plain e-mail regex as the
 * floor of pattern scanning in the JVM. {@code bin/leakscope bench recognizers} runs it and prints MB/s.
 * The name recognizer remembers the segments of text it analysed; every operation starts with that
 * memory empty, as if the text had never been seen (the same text again would cost it little).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 2, time = 3)
@Measurement(iterations = 4, time = 3)
@Fork(value = 1, jvmArgsAppend = "-Xmx1g")
public class RecognizerBenchmark {
    public static final int TEXT_BYTES = 256 * 1024;
    private static final Pattern EMAIL = Pattern.compile("[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\\.[A-Za-z]{2,}");

    private String text;
    private RecognizerRegistry registry;

    @Setup
    public void setUp() {
        SampleText.Sample sample = SampleText.sample(TEXT_BYTES);
        text = sample.text();
        registry = RecognizerRegistry.standard(sample.masterNames()); // as a scan of the case runs them
    }

    /** One recognizer at a time, on text normalised beforehand. */
    @State(Scope.Benchmark)
    public static class One {
        @Param({"jp.person_name", "jp.phone", "jp.postal_address", "common.labelled_field", "jp.date_of_birth", "common.email"})
        public String recognizer;

        NormalizedText normalized;
        Recognizer recognizerUnderTest;

        @Setup
        public void setUp() {
            SampleText.Sample sample = SampleText.sample(TEXT_BYTES);
            normalized = NormalizedText.of(sample.text());
            recognizerUnderTest = RecognizerRegistry.standard(sample.masterNames()).recognizers().stream()
                    .filter(r -> r.id().equals(recognizer)).findFirst()
                    .orElseThrow(() -> new IllegalArgumentException("no recognizer " + recognizer));
        }
    }

    /** Per operation, not counted: the same text is new to the name recognizer each time. */
    @Setup(Level.Invocation)
    public void forgetSegments() {
        JapaneseNameRecognizer.forgetSegments();
    }

    @Benchmark
    public NormalizedText normalise() {
        return NormalizedText.of(text);
    }

    @Benchmark
    public int allRecognizers() {
        return registry.analyze(NormalizedText.of(text)).size();
    }

    @Benchmark
    public int oneRecognizer(One one) {
        return one.recognizerUnderTest.analyze(one.normalized).size();
    }

    @Benchmark
    public int emailRegexFloor() {
        Matcher m = EMAIL.matcher(text);
        int n = 0;
        while (m.find()) {
            n++;
        }
        return n;
    }
}
