package io.leakscope.cli;

import io.leakscope.core.model.Masking;
import io.leakscope.core.resolve.ResolvedPerson;
import io.leakscope.report.PersonExplanation;
import io.leakscope.store.CaseStore;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Parameters;

@Command(name = "person", description = "Looks at the resolved persons of a case: list them, or show why one is who they are.",
        subcommands = {PersonCommand.Show.class, PersonCommand.ListPersons.class})
final class PersonCommand {
    @Option(names = "--case", required = true, scope = picocli.CommandLine.ScopeType.INHERIT, description = "the case directory")
    Path caseDir;

    CaseStore open() {
        if (!Files.isRegularFile(caseDir.resolve(CaseStore.FILE_NAME))) {
            throw new IllegalArgumentException("no case store in " + caseDir + " (run scan first)");
        }
        return CaseStore.open(caseDir);
    }

    @Command(name = "show", description = "The person's category and why, the keys their records merged on, and every record.")
    static final class Show implements Callable<Integer> {
        @ParentCommand
        PersonCommand parent;

        @Parameters(index = "0", description = "the person id (p-…), as in the persons export")
        String personId;

        @Option(names = "--reveal", description = "show the personal values instead of masking them")
        boolean reveal;

        @Override
        public Integer call() {
            try (CaseStore store = parent.open()) {
                ResolvedPerson p = store.person(personId).orElse(null);
                if (p == null) {
                    System.err.println("leakscope: no person " + personId + " in " + parent.caseDir);
                    return 2;
                }
                System.out.print(PersonExplanation.text(p, store.records(p.recordIds()), reveal));
            }
            return 0;
        }
    }

    @Command(name = "list", description = "One line per person: id, category, masked name, documents, master.")
    static final class ListPersons implements Callable<Integer> {
        @ParentCommand
        PersonCommand parent;

        @Option(names = "--category", description = "only this category")
        String category;

        @Override
        public Integer call() {
            try (CaseStore store = parent.open()) {
                for (ResolvedPerson p : store.persons()) {
                    if (category == null || category.equals(p.category())) {
                        System.out.printf("%s  %-26s %-14s %3d doc(s)  %s%n", p.personId(), p.category(), Masking.name(p.displayName()),
                                p.documents().size(), p.masterSource() == null ? "" : p.masterSource() + " " + p.masterKey());
                    }
                }
            }
            return 0;
        }
    }
}
