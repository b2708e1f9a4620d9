package io.leakscope.cli;

import io.leakscope.store.CaseKey;
import io.leakscope.store.CaseStore;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** Operations on the case store itself. */
@Command(name = "case", description = "Operations on the case store itself.", subcommands = CaseCommand.Rekey.class)
final class CaseCommand {

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
