package io.leakscope.cli;

import io.leakscope.core.resolve.ReviewFlag;
import io.leakscope.core.text.Names;
import io.leakscope.pipeline.CaseConfig;
import io.leakscope.pipeline.CaseService;
import io.leakscope.report.NoticeLetters;
import io.leakscope.report.NoticeWriter;
import io.leakscope.report.RemediationWriter;
import io.leakscope.store.CaseStore;
import io.leakscope.store.PrivateFiles;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "notices", description = "Writes a notice to every affected person, listing exactly their leaked data: .eml drafts "
        + "(or .txt for postal notice) and a mail-merge CSV; and the remediation lists (accounts to reset, addresses to watch). "
        + "Masked unless --reveal.")
final class NoticesCommand implements Callable<Integer> {
    @Option(names = "--case", required = true, description = "the case directory")
    Path caseDir;

    @Option(names = "--out", description = "where to write (default: CASE/notices)")
    Path out;

    @Option(names = "--config", description = "case.yaml (default: the one the latest scan used)")
    Path config;

    @Option(names = "--reveal", description = "write real names and addresses (drafts for sending); without it they are masked")
    boolean reveal;

    @Option(names = "--pdf", description = "also a printable PDF letter per person (Japanese font embedded)")
    boolean pdf;

    @Override
    public Integer call() throws Exception {
        Path dir = out != null ? out : caseDir.resolve("notices");
        try (CaseStore store = CaseStore.open(caseDir)) {
            CaseConfig c = CaseService.config(store, config);
            List<CaseService.PersonDetail> all = CaseService.details(store, c);
            // persons known only from mail headers may be an attacker's own address: no notice until a reviewer decides
            List<CaseService.PersonDetail> details = all.stream().filter(d -> !d.person().reviewFlags().contains(ReviewFlag.HEADER_ONLY)).toList();
            if (details.size() < all.size()) {
                System.err.printf("%d persons known only from mail headers get no notice until a reviewer gives them a category"
                        + " (leakscope person list --flag header_only; leakscope person category)%n", all.size() - details.size());
            }
            List<NoticeLetters.Recipient> recipients = details.stream().map(d -> new NoticeLetters.Recipient(
                    d.person().personId(), d.person().displayName(), d.emails().isEmpty() ? null : d.emails().get(0),
                    language(d.residence(), d.person().displayName()), d.person().category(), d.person().elements())).toList();
            String organization = c.caseInfo().organization() == null ? NoticeLetters.TO_FILL : c.caseInfo().organization();
            String sender = c.caseInfo().ownEmailDomains().isEmpty() ? "privacy@example.invalid" : "privacy@" + c.caseInfo().ownEmailDomains().get(0);
            NoticeWriter.Summary s = NoticeWriter.write(recipients, organization, sender, c.caseInfo().cause(), dir, reveal, pdf);
            System.err.printf("notices for %d persons in %s: %d e-mail drafts, %d postal letters%s%n", recipients.size(), dir, s.emails(), s.postal(),
                    reveal ? "" : " (masked: --reveal writes real names and addresses)");
            RemediationWriter.Summary r = RemediationWriter.write(all.stream().map(d -> new RemediationWriter.Holder(d.person().personId(),
                    d.person().category(), d.person().elements(), d.accounts(), d.emails())).toList(), c.caseInfo().ownEmailDomains(),
                    dir.resolve("remediation"), reveal);
            System.err.printf("remediation lists: %d accounts to reset, %d addresses to watch%n", r.accounts(), r.addresses());
        }
        PrivateFiles.restrict(dir);
        return 0;
    }

    /** Japanese for people living in Japan, or of unknown residence with a Japanese-script name; English otherwise. */
    static String language(String residence, String name) {
        if ("JP".equals(residence)) {
            return "ja";
        }
        return residence == null && !name.isBlank() && !Names.isLatin(name) ? "ja" : "en";
    }
}
