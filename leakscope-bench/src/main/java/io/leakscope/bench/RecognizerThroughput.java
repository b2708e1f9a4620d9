package io.leakscope.bench;

import io.leakscope.bench.jmh.RecognizerBenchmark;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Collection;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.options.OptionsBuilder;

/** Runs {@link RecognizerBenchmark} with JMH and prints each benchmark's throughput as MB of text per second, one core. */
public final class RecognizerThroughput {
    private RecognizerThroughput() {
    }

    public static int run(PrintStream out) throws Exception {
        double mb = SampleText.of(RecognizerBenchmark.TEXT_BYTES).getBytes(StandardCharsets.UTF_8).length / 1048576.0;
        Collection<RunResult> results = new Runner(new OptionsBuilder().include(RecognizerBenchmark.class.getName()).threads(1).build()).run();
        out.println("| benchmark | recognizer | ops/s | MB/s (1 core) | ± |");
        out.println("|---|---|---:|---:|---:|");
        for (RunResult r : results) {
            String name = r.getParams().getBenchmark().replaceAll(".*\\.", "");
            boolean perRecognizer = name.equals("oneRecognizer");
            double ops = r.getPrimaryResult().getScore();
            out.printf("| %s | %s | %.1f | %.2f | %.2f |%n", name, perRecognizer ? r.getParams().getParam("recognizer") : "—", ops, ops * mb,
                    r.getPrimaryResult().getScoreError() * mb);
        }
        return 0;
    }
}
