package io.leakscope.cli;

import io.leakscope.core.model.Masking;
import io.leakscope.core.resolve.LeakRecord;
import io.leakscope.core.resolve.MatchKey;
import io.leakscope.core.resolve.PersonResolver;
import io.leakscope.core.resolve.ResolvedPerson;
import io.leakscope.core.resolve.ReviewDecision;
import io.leakscope.core.resolve.ReviewFlag;
import io.leakscope.core.text.TerminalText;
import io.leakscope.pipeline.CaseService;
import io.leakscope.report.PersonExplanation;
import io.leakscope.store.CaseStore;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

@Command(name = "person", description = "Looks at the resolved persons of a case: list them, or show why one is who they are.",
        subcommands = {PersonCommand.Show.class, PersonCommand.ListPersons.class, PersonCommand.Merge.class, PersonCommand.Split.class,
                PersonCommand.Category.class, PersonCommand.Decisions.class, PersonCommand.Undo.class, PersonCommand.Find.class})
final class PersonCommand {
    @Option(names = "--case", required = true, scope = picocli.CommandLine.ScopeType.INHERIT, description = "the case directory")
    Path caseDir;

    @Option(names = "--config", scope = picocli.CommandLine.ScopeType.INHERIT,
            description = "case.yaml for re-resolving after a decision (default: the one the latest scan used)")
    Path config;

    @Option(names = "--note", scope = picocli.CommandLine.ScopeType.INHERIT, description = "the reviewer's reason, kept with the decision")
    String note = "";

    /** The records of a person, as the decisions name them. */
    List<LeakRecord> recordsOf(CaseStore store, String personId) {
        ResolvedPerson p = store.person(personId)
                .orElseThrow(() -> new IllegalArgumentException("no person " + personId + " in " + caseDir));
        return store.records(p.recordIds());
    }

    static ReviewDecision.RecordRef ref(LeakRecord r) {
        return new ReviewDecision.RecordRef(r.record().documentPath(), r.record().locator());
    }

    /** Keeps the decision, resolves the case again and says what changed. */
    int decide(java.util.function.Function<CaseStore, ReviewDecision> decision) throws Exception {
        long id;
        int before;
        try (CaseStore store = open()) {
            before = store.persons().size();
            id = store.addDecision(decision.apply(store));
        }
        PersonResolver.Result result = CaseService.resolveAgain(caseDir, config);
        System.out.printf("decision #%d kept; persons %d -> %d%n", id, before, result.persons().size());
        result.unmatched().forEach(d -> System.out.println("not applied (its records are no longer in the case): " + d.action() + " " + d.records()));
        return 0;
    }

    /** A person as the listings show them: id, category, masked name, documents. */
    static String line(ResolvedPerson p) {
        return String.format("%s  %-26s %-14s %3d doc(s)", p.personId(), p.category(), TerminalText.escape(Masking.name(p.displayName())),
                p.documents().size());
    }

    CaseStore open() {
        return ExistingCase.open(caseDir);
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
                System.out.print(PersonExplanation.text(p, store.records(p.recordIds()), store.links(p.personId()), store.conflicts(p.personId()),
                        store.ocrDocuments(), reveal));
            }
            return 0;
        }
    }

    @Command(name = "merge", description = "The two persons are one: merges them on every re-run, whatever their identifiers say.")
    static final class Merge implements Callable<Integer> {
        @ParentCommand
        PersonCommand parent;

        @Parameters(index = "0", description = "a person id")
        String first;

        @Parameters(index = "1", description = "the other person id")
        String second;

        @Override
        public Integer call() throws Exception {
            return parent.decide(store -> new ReviewDecision.Merge(ref(parent.recordsOf(store, first).get(0)),
                    ref(parent.recordsOf(store, second).get(0)), parent.note));
        }
    }

    @Command(name = "split", description = "The person's records in these documents belong to someone else: they become a person of their own.")
    static final class Split implements Callable<Integer> {
        @ParentCommand
        PersonCommand parent;

        @Parameters(index = "0", description = "a person id")
        String personId;

        @Option(names = "--document", required = true, description = "a document of the person (repeatable); its records of this person move out")
        List<String> documents;

        @Override
        public Integer call() throws Exception {
            return parent.decide(store -> {
                List<ReviewDecision.RecordRef> refs = parent.recordsOf(store, personId).stream()
                        .filter(r -> documents.contains(r.record().documentPath())).map(PersonCommand::ref).toList();
                if (refs.isEmpty()) {
                    throw new IllegalArgumentException("person " + personId + " has no record in " + documents);
                }
                return new ReviewDecision.Split(refs, parent.note);
            });
        }
    }

    @Command(name = "category", description = "Gives the person this category on every re-run.")
    static final class Category implements Callable<Integer> {
        @ParentCommand
        PersonCommand parent;

        @Parameters(index = "0", description = "a person id")
        String personId;

        @Parameters(index = "1", description = "the category id, e.g. employee_family")
        String category;

        @Override
        public Integer call() throws Exception {
            return parent.decide(store -> new ReviewDecision.Recategorise(ref(parent.recordsOf(store, personId).get(0)), category, parent.note));
        }
    }

    @Command(name = "decisions", description = "The reviewer decisions kept in the case, oldest first.")
    static final class Decisions implements Callable<Integer> {
        @ParentCommand
        PersonCommand parent;

        @Override
        public Integer call() {
            try (CaseStore store = parent.open()) {
                for (CaseStore.StoredDecision d : store.decisions()) {
                    String extra = d.decision() instanceof ReviewDecision.Recategorise r ? " -> " + r.category() : "";
                    System.out.printf("#%d %s %s%s %s%s%n", d.id(), d.createdAt(), d.decision().action(), extra, d.decision().records(),
                            d.decision().note().isEmpty() ? "" : "  \"" + d.decision().note() + "\"");
                }
            }
            return 0;
        }
    }

    @Command(name = "undo", description = "Withdraws a reviewer decision and resolves the case again.")
    static final class Undo implements Callable<Integer> {
        @ParentCommand
        PersonCommand parent;

        @Parameters(index = "0", description = "the decision number, as 'person decisions' lists it")
        long id;

        @Override
        public Integer call() throws Exception {
            try (CaseStore store = parent.open()) {
                if (!store.removeDecision(id)) {
                    System.err.println("leakscope: no decision #" + id);
                    return 2;
                }
            }
            PersonResolver.Result result = CaseService.resolveAgain(parent.caseDir, parent.config);
            System.out.printf("decision #%d withdrawn; persons %d%n", id, result.persons().size());
            return 0;
        }
    }

    @Command(name = "list", description = "One line per person: id, category, masked name, documents, master.")
    static final class ListPersons implements Callable<Integer> {
        @ParentCommand
        PersonCommand parent;

        @Option(names = "--category", description = "only this category")
        String category;

        @Option(names = "--flag", description = "only persons flagged for review: system_logs_only (known only from addresses in machine "
                + "logs), master_conflict (sharing a key with another master row), header_only (known only from mail headers) or "
                + "name_of_several_masters (an identifier of their own, and the name of several master rows)")
        String flag;

        @Override
        public Integer call() {
            ReviewFlag wanted;
            try {
                wanted = flag == null ? null : ReviewFlag.fromId(flag);
            } catch (IllegalArgumentException e) {
                System.err.println("leakscope: unknown flag '" + TerminalText.escape(flag) + "'; use system_logs_only, master_conflict, header_only or name_of_several_masters");
                return 2;
            }
            try (CaseStore store = parent.open()) {
                for (ResolvedPerson p : store.persons()) {
                    if ((category == null || category.equals(p.category())) && (wanted == null || p.reviewFlags().contains(wanted))) {
                        System.out.println(line(p) + "  " + (p.masterSource() == null ? "" : TerminalText.escape(p.masterSource() + " " + p.masterKey())));
                    }
                }
            }
            return 0;
        }
    }

    @Command(name = "find", description = {"The persons whose data includes this value: answers \"was my data in the leak?\" "
            + "for an address, a phone number, a name or an identification number.",
            "Looked up by keyed hash: works on an encrypted case without decrypting it."})
    static final class Find implements Callable<Integer> {
        @ParentCommand
        PersonCommand parent;

        @picocli.CommandLine.ArgGroup(exclusive = true, multiplicity = "1")
        Query query;

        static final class Query {
            @Option(names = "--email", description = "an e-mail address") String email;
            @Option(names = "--phone", description = "a phone number, in any usual writing") String phone;
            @Option(names = "--name", description = "a name, in the writing of the documents (kanji, kana or latin)") String name;
            @Option(names = "--id", description = "an employee, My Number, passport, licence, taxpayer, card or account number") String id;
        }

        @Override
        public Integer call() {
            java.util.Optional<String> key = query.email != null ? MatchKey.query(MatchKey.Kind.EMAIL, query.email)
                    : query.phone != null ? MatchKey.query(MatchKey.Kind.PHONE, query.phone)
                    : query.name != null ? MatchKey.query(MatchKey.Kind.NAME, query.name)
                    : MatchKey.query(MatchKey.Kind.ID, query.id);
            if (key.isEmpty()) {
                System.err.println("leakscope: that is not a phone number");
                return 2;
            }
            try (CaseStore store = parent.open()) {
                List<ResolvedPerson> found = store.personsWith(key.get());
                found.forEach(p -> System.out.println(line(p)));
                System.out.println(found.isEmpty() ? "not found in the leak's personal data" : found.size() + " person(s)");
            }
            return 0;
        }
    }
}
