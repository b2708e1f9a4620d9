package io.leakscope.cli;

import io.leakscope.core.text.TerminalText;
import io.leakscope.store.CaseKey;
import io.leakscope.store.CaseStore;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** Operations on the case store itself. */
@Command(name = "case", description = "Operations on the case store itself.",
        subcommands = {CaseCommand.Rekey.class, CaseCommand.Verify.class, CaseCommand.AuditLog.class})
final class CaseCommand {

    @Command(name = "verify", description = "Checks that the case's audit log is as it was written: no entry altered, inserted or removed"
            + " (each entry is chained to the one before it with the case's audit key). Exit code 1 when it is not.")
    static final class Verify implements Callable<Integer> {
        @Option(names = "--case", required = true, description = "the case directory")
        Path caseDir;

        @Override
        public Integer call() {
            try (CaseStore store = ExistingCase.open(caseDir)) {
                Optional<String> broken = store.auditBreak();
                int entries = store.auditLog().size();
                System.out.println(broken.map(why -> "audit log ALTERED: " + why)
                        .orElse("audit log intact: " + entries + " entries, each chained to the one before it"));
                return broken.isPresent() ? 1 : 0;
            }
        }
    }

    @Command(name = "audit", description = "Shows the case's audit log: who ran which command on it, when, and how it ended.")
    static final class AuditLog implements Callable<Integer> {
        @Option(names = "--case", required = true, description = "the case directory")
        Path caseDir;

        @Override
        public Integer call() {
            try (CaseStore store = ExistingCase.open(caseDir)) {
                for (CaseStore.AuditEntry e : store.auditLog()) {
                    System.out.printf("%s  %-10s %-16s exit %-4s %s%n", e.startedAt(), TerminalText.escape(e.user()), e.command(),
                            e.exitCode() == null ? "—" : e.exitCode(), TerminalText.escape(e.arguments()));
                }
                store.auditBreak().ifPresent(why -> System.out.println("audit log ALTERED: " + why));
                return 0;
            }
        }
    }

    @Command(name = "rekey", description = {
            "Changes the key the case's leaked values are encrypted with, encrypts a case kept in clear, "
                    + "or (--decrypt) stores them in clear. The current key comes from LEAKSCOPE_KEY / LEAKSCOPE_KEY_FILE "
                    + "(unset for a case in clear), the new one from LEAKSCOPE_NEW_KEY / LEAKSCOPE_NEW_KEY_FILE.",
            "The database file is rewritten so that no old value remains in it; copies and backups made before are not."})
    static final class Rekey implements Callable<Integer> {
        @Option(names = "--case", required = true, description = "the case directory")
        Path caseDir;

        @Option(names = "--decrypt", description = "store the values in clear (no new key)")
        boolean decrypt;

        @Override
        public Integer call() {
            Optional<CaseKey> next = CaseKey.newFromEnvironment();
            if (next.isPresent() == decrypt) {
                System.err.println(decrypt ? "leakscope: --decrypt takes no new key: unset LEAKSCOPE_NEW_KEY / LEAKSCOPE_NEW_KEY_FILE"
                        : "leakscope: set the new key in LEAKSCOPE_NEW_KEY or LEAKSCOPE_NEW_KEY_FILE, or give --decrypt");
                return 2;
            }
            CaseStore.rekey(caseDir, CaseKey.fromEnvironment(), next);
            System.err.println(decrypt ? "the case's values are now stored in clear" : "the case's values are now encrypted with the new key");
            return 0;
        }
    }
}
