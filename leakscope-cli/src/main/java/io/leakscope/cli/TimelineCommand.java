package io.leakscope.cli;

import io.leakscope.core.obligations.CaseFacts;
import io.leakscope.core.obligations.ObligationsEngine;
import io.leakscope.core.obligations.Timeline;
import io.leakscope.pipeline.CaseService;
import io.leakscope.store.CaseStore;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

@Command(name = "timeline", description = "The case timeline: awareness, what was done, and every obligation with its due date "
        + "(done, overdue, or due in N days).", subcommands = TimelineCommand.Add.class)
final class TimelineCommand implements Callable<Integer> {
    @Option(names = "--case", required = true, scope = picocli.CommandLine.ScopeType.INHERIT, description = "the case directory")
    Path caseDir;

    @Option(names = "--config", description = "case.yaml (default: the one the latest scan used)")
    Path config;

    @Option(names = "--today", description = "the date to count from (default: today)")
    LocalDate today = LocalDate.now();

    @Override
    public Integer call() {
        try (CaseStore store = CaseStore.open(caseDir)) {
            CaseFacts facts = CaseService.facts(store, CaseService.config(store, config));
            for (Timeline.Entry e : Timeline.of(facts, ObligationsEngine.standard().evaluate(facts), store.events(), today)) {
                System.out.printf("%s  day %3d  %-70s %s%n", e.date(), e.day(), e.what(), e.status());
            }
        }
        return 0;
    }

    @Command(name = "add", description = "Records something done: a report filed, notices sent, an announcement.")
    static final class Add implements Callable<Integer> {
        @ParentCommand
        TimelineCommand parent;

        @Option(names = "--at", required = true, description = "the date it was done (yyyy-mm-dd)")
        LocalDate at;

        @Option(names = "--obligation", description = "the obligation it fulfils, e.g. jp.appi.preliminary_report")
        String obligation;

        @Option(names = "--what", required = true, description = "what was done")
        String what;

        @Override
        public Integer call() {
            try (CaseStore store = CaseStore.open(parent.caseDir)) {
                long id = store.addEvent(new Timeline.Event(at, obligation, what));
                System.err.println("event #" + id + " recorded");
            }
            return 0;
        }
    }
}
