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
        keepSqliteLibraryInTheCache();
        System.exit(run(args));
    }

    /**
     * SQLite's driver unpacks its native library into a temporary folder, by default the machine's
     * shared one, where a killed run leaves it: here it goes to the user's own cache folder
     * ({@code $XDG_CACHE_HOME/leakscope} or {@code ~/.cache/leakscope}, readable by the user alone).
     */
    static void keepSqliteLibraryInTheCache() {
        if (System.getProperty("org.sqlite.tmpdir") != null) {
            return;
        }
        String xdg = System.getenv("XDG_CACHE_HOME");
        java.nio.file.Path cache = (xdg != null && !xdg.isBlank() ? java.nio.file.Path.of(xdg)
                : java.nio.file.Path.of(System.getProperty("user.home"), ".cache")).resolve("leakscope").resolve("sqlite");
        try {
            System.setProperty("org.sqlite.tmpdir", io.leakscope.store.PrivateFiles.folder(cache).toString());
        } catch (RuntimeException e) {
            // no cache folder to be had: the driver's default stands
        }
    }

    public static int run(String... args) {
        CommandLine cl = new CommandLine(new Main()).setExecutionExceptionHandler((ex, cmd, parsed) -> {
            cmd.getErr().println("leakscope: " + ex.getMessage());
            return 1;
        });
        // the arguments as parsed: options given through an @argfile are logged as the options they are, not as "@file"
        cl.setExecutionStrategy(parsed -> Audit.around(parsed, parsed.expandedArgs(), () -> new CommandLine.RunLast().execute(parsed)));
        return cl.execute(args);
    }
}
