package io.leakscope.cli;

import io.leakscope.store.CaseStore;
import java.nio.file.Files;
import java.nio.file.Path;

/** Opens the store of a case that a scan has already made; commands that only read refuse to create one. */
final class ExistingCase {
    private ExistingCase() {
    }

    static CaseStore open(Path caseDir) {
        if (!Files.isRegularFile(caseDir.resolve(CaseStore.FILE_NAME))) {
            throw new IllegalArgumentException("no case store in " + caseDir + " (run scan first)");
        }
        return CaseStore.open(caseDir);
    }
}
