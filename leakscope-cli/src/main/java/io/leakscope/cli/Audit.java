package io.leakscope.cli;

import io.leakscope.core.text.TerminalText;
import io.leakscope.store.CaseStore;
import io.leakscope.store.KeyRefusedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.IntSupplier;
import picocli.CommandLine.ParseResult;

/**
 * The audit log: every command run with {@code --case} is written to the case store with the OS
 * user, the command, its arguments (paths and options) and, when it ends, its exit code — who ran
 * what on the leaked data, and when.
 */
final class Audit {
    private Audit() {
    }

    static int around(ParseResult parsed, List<String> args, IntSupplier command) {
        Path caseDir = caseDir(parsed);
        if (caseDir == null) {
            return command.getAsInt();
        }
        CaseStore store;
        long id;
        try {
            Files.createDirectories(caseDir);
            store = CaseStore.open(caseDir);
            id = store.auditStarted(System.getProperty("user.name", "unknown"), name(parsed), String.join(" ", withoutValues(args)));
            store.auditBreak().ifPresent(why -> System.err.println("leakscope: WARNING: the case's audit log has been altered: " + why
                    + " (leakscope case verify --case " + TerminalText.escape(caseDir.toString()) + ")"));
        } catch (KeyRefusedException e) {
            try {
                CaseStore.auditRefused(caseDir, System.getProperty("user.name", "unknown"), name(parsed), String.join(" ", withoutValues(args)),
                        e.getMessage().startsWith("wrong") ? "wrong case key" : "no case key");
            } catch (RuntimeException logFailed) {
                // the command itself reports what is wrong with the case directory
            }
            return command.getAsInt();
        } catch (Exception e) {
            return command.getAsInt(); // the command itself reports what is wrong with the case directory
        }
        // One connection from start to end: the audit rows hold no leaked values, so it stays valid
        // even when the command changes the case key.
        int code = 1;
        try {
            code = command.getAsInt();
            return code;
        } finally {
            try (store) {
                store.auditFinished(id, code);
            }
        }
    }

    /** Options whose argument is someone's personal data (person find) or may name someone (a reviewer's note): logged as masked. */
    private static final java.util.Set<String> VALUE_OPTIONS = java.util.Set.of("--email", "--phone", "--name", "--id", "--note");

    static List<String> withoutValues(List<String> args) {
        List<String> out = new ArrayList<>();
        for (int i = 0; i < args.size(); i++) {
            String a = args.get(i);
            int eq = a.indexOf('=');
            if (eq > 0 && VALUE_OPTIONS.contains(a.substring(0, eq))) {
                out.add(a.substring(0, eq + 1) + "＊＊＊");
            } else {
                out.add(a);
                if (VALUE_OPTIONS.contains(a) && i + 1 < args.size()) {
                    out.add("＊＊＊");
                    i++;
                }
            }
        }
        return out;
    }

    private static Path caseDir(ParseResult parsed) {
        for (ParseResult p = parsed; p != null; p = p.subcommand()) {
            if (p.hasMatchedOption("--case")) {
                return p.matchedOptionValue("--case", (Path) null);
            }
        }
        return null;
    }

    private static String name(ParseResult parsed) {
        List<String> names = new ArrayList<>();
        for (ParseResult p = parsed.subcommand(); p != null; p = p.subcommand()) {
            names.add(p.commandSpec().name());
        }
        return String.join(" ", names);
    }
}
