package io.leakscope.cli;

import io.leakscope.core.docclass.ConfidentialFlag;
import io.leakscope.core.docclass.DocumentClass;
import io.leakscope.core.docclass.DocumentClassification;
import io.leakscope.core.docclass.FlagKind;
import io.leakscope.core.model.InventoryEntry;
import io.leakscope.core.text.TerminalText;
import io.leakscope.store.CaseStore;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "documents", description = "Lists the case's documents with their business class, the signals that decided it, "
        + "the values in them tied to no person (counted by element), and their confidential-information flags with evidence "
        + "(docs/DOCUMENT_CLASSES.md).")
final class DocumentsCommand implements Callable<Integer> {
    @Option(names = "--case", required = true, description = "the case directory")
    Path caseDir;

    @Option(names = "--class", description = "only documents of this class: contract, invoice, sales_data, finance, hr, recruiting, "
            + "meeting, planning, legal, audit, technical, customer_service, system_data, email, other")
    String documentClass;

    @Option(names = "--flag", description = "only documents with this flag: credential, insider_candidate, trade_secret, legal_privilege")
    String flag;

    @Override
    public Integer call() {
        DocumentClass onlyClass = documentClass == null ? null : DocumentClass.fromId(documentClass);
        FlagKind onlyFlag = flag == null ? null : FlagKind.fromId(flag);
        int shown = 0;
        try (CaseStore store = ExistingCase.open(caseDir)) {
            java.util.Map<String, java.util.Map<io.leakscope.core.model.Element, Integer>> unattributed = store.unattributedCounts();
            for (InventoryEntry e : store.inventory()) {
                DocumentClassification c = e.classification();
                if (c == null || onlyClass != null && c.documentClass() != onlyClass || onlyFlag != null && !c.has(onlyFlag)) {
                    continue;
                }
                System.out.println(TerminalText.escape(e.path()) + "\t" + c.documentClass().id() + "\t" + e.status());
                System.out.println("  why: " + TerminalText.escape(c.explanation()));
                java.util.Map<io.leakscope.core.model.Element, Integer> loose = unattributed.getOrDefault(e.path(), java.util.Map.of());
                if (!loose.isEmpty()) { // leaked values no person could be tied to: counted, never shown in clear here
                    System.out.println("  tied to no person: " + loose.entrySet().stream().map(u -> u.getKey().id() + " " + u.getValue())
                            .collect(java.util.stream.Collectors.joining(", ")));
                }
                for (ConfidentialFlag f : c.flags()) {
                    System.out.println("  " + f.kind().id() + ": \"" + TerminalText.escape(f.evidence()) + "\"" + (f.line() > 0 ? " (line " + f.line() + ")" : ""));
                }
                shown++;
            }
        }
        System.err.println(shown + " documents");
        return 0;
    }
}
