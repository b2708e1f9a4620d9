package io.leakscope.cli;

import io.leakscope.generator.GroundTruth;
import io.leakscope.generator.LeakGenerator;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "generate", description = "Writes a synthetic leak with masters, case.yaml and truth.json (for tests and benchmarks).")
final class GenerateCommand implements Callable<Integer> {
    @Parameters(index = "0", description = "the output folder")
    Path out;

    @Option(names = "--seed", description = "the same seed gives the same leak")
    long seed = 1L;

    @Option(names = "--scale", description = "multiplies the demo's numbers of persons (60 employees, 24 partners …)")
    int scale = 1;

    @Override
    public Integer call() throws Exception {
        GroundTruth truth = new LeakGenerator(seed, LeakGenerator.Sizes.scaled(scale)).generate(out);
        System.err.println(truth.persons().size() + " exposed persons written to " + out);
        return 0;
    }
}
