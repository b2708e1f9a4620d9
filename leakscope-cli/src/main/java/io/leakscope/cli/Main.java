package io.leakscope.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code leakscope} command. */
@Command(name = "leakscope", mixinStandardHelpOptions = true, version = "leakscope 0.1.0",
        description = "Finds whose personal data a leaked file share holds, and which data of each person.",
        subcommands = {ScanCommand.class, ReportCommand.class, ExportCommand.class, DocumentsCommand.class, DemoCommand.class, EvalCommand.class, GenerateCommand.class, PersonCommand.class, BenchCommand.class, NoticesCommand.class, TimelineCommand.class, CaseCommand.class,
                CommandLine.HelpCommand.class})
public final class Main {
    public static void main(String[] args) {
        System.exit(run(args));
    }

    public static int run(String... args) {
        CommandLine cl = new CommandLine(new Main()).setExecutionExceptionHandler((ex, cmd, parsed) -> {
            cmd.getErr().println("leakscope: " + ex.getMessage());
            return 1;
        });
        cl.setExecutionStrategy(parsed -> Audit.around(parsed, java.util.List.of(args), () -> new CommandLine.RunLast().execute(parsed)));
        return cl.execute(args);
    }
}
