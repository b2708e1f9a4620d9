package io.leakscope.report;

import io.leakscope.core.impact.CategoryImpact;
import io.leakscope.core.model.Element;
import io.leakscope.core.obligations.Obligation;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The draft of the report to the Personal Information Protection Commission, items 1–9 of
 * 施行規則8条1項, in Japanese and in English: every item the case can fill is filled (persons per
 * category, the data items with counts, the cause, the secondary-damage risk from the elements,
 * the notices, the deadlines, the files unreadable); the others are marked {@link NoticeLetters#TO_FILL}.
 */
public final class PpcReportDraft {
    private PpcReportDraft() {
    }

    /** What the draft states beyond the report data: the case's facts as configured. */
    public record Facts(String organization, String awareAt, String cause) {
    }

    public static String japanese(ReportData d, Facts f) {
        StringBuilder b = new StringBuilder();
        b.append("# 個人データの漏えい等の報告（").append(kind(d)).append("）— 下書き\n\n");
        b.append("報告者: ").append(orTodo(f.organization())).append("  \n事態を知った日時: ").append(orTodo(f.awareAt())).append("\n\n");
        b.append("## 1. 概要\n").append(NoticeLettersText.causeJa(f.cause())).append("により、当社が保有する個人データ（")
                .append(d.impact().totalPersons()).append("人分）が漏えいした。調査対象ファイル ").append(d.inventory().seen())
                .append(" 件（読取済 ").append(d.inventory().done()).append("、読取不能 ").append(d.inventory().failed()).append("、対象外 ")
                .append(d.inventory().skipped()).append("）。詳細: ").append(NoticeLetters.TO_FILL).append("\n\n");
        b.append("## 2. 漏えいした個人データの項目\n");
        d.impact().elementTotals().forEach((e, n) -> b.append("- ").append(ElementLabels.ja(e)).append("（").append(n).append("人）\n"));
        b.append("\n## 3. 本人の数\n合計 ").append(d.impact().totalPersons()).append(" 人\n\n");
        for (CategoryImpact c : d.impact().rows()) {
            b.append("- ").append(c.category()).append(": ").append(c.persons()).append(" 人\n");
        }
        b.append("\n## 4. 原因\n").append(NoticeLettersText.causeJa(f.cause())).append("。侵入経路・時期: ").append(NoticeLetters.TO_FILL).append("\n\n");
        b.append("## 5. 二次被害又はそのおそれの有無及びその内容\n").append(riskJa(d)).append("\n\n");
        b.append("## 6. 本人への対応の実施状況\n").append("本人への通知文案を作成済み（leakscope notices）。送付状況: ").append(NoticeLetters.TO_FILL).append("\n\n");
        b.append("## 7. 公表の実施状況\n").append(NoticeLetters.TO_FILL).append("\n\n");
        b.append("## 8. 再発防止のための措置\n").append(NoticeLetters.TO_FILL).append("\n\n");
        b.append("## 9. その他参考となる事項\n");
        d.obligations().stream().filter(o -> o.required() != Obligation.Required.FALSE).forEach(o -> b.append("- ").append(o.id()).append(": 期限 ")
                .append(o.due() == null ? "定めなし（速やかに）" : o.due()).append("（").append(o.dueNote()).append("）\n"));
        d.unattributed().forEach(u -> b.append("- ").append(ReportWriter.unattributedSentenceJa(u)).append('\n'));
        d.absent().stream().filter(a -> a.element() == Element.CREDIT_CARD || a.element() == Element.MY_NUMBER)
                .forEach(a -> b.append("- ").append(ElementLabels.ja(a.element())).append("は、読み取った ").append(a.filesRead())
                        .append(" 件のファイルから検出されなかった（読取不能 ").append(a.filesUnreadable()).append(" 件）。\n"));
        return b.toString();
    }

    public static String english(ReportData d, Facts f) {
        StringBuilder b = new StringBuilder();
        b.append("# Report of a personal data breach to the PPC (").append(kindEn(d)).append(") — draft\n\n");
        b.append("Reporting business: ").append(orTodo(f.organization())).append("  \nBecame aware: ").append(orTodo(f.awareAt())).append("\n\n");
        b.append("## 1. Summary\nPersonal data of ").append(d.impact().totalPersons()).append(" persons leaked through ")
                .append(NoticeLettersText.causeEn(f.cause())).append(". Files examined ").append(d.inventory().seen()).append(" (read ")
                .append(d.inventory().done()).append(", unreadable ").append(d.inventory().failed()).append(", out of scope ")
                .append(d.inventory().skipped()).append("). Details: ").append(NoticeLetters.TO_FILL).append("\n\n");
        b.append("## 2. Items of personal data\n");
        d.impact().elementTotals().forEach((e, n) -> b.append("- ").append(ElementLabels.en(e)).append(" (").append(n).append(" persons)\n"));
        b.append("\n## 3. Number of persons\n").append(d.impact().totalPersons()).append(" in all\n\n");
        for (CategoryImpact c : d.impact().rows()) {
            b.append("- ").append(c.category()).append(": ").append(c.persons()).append('\n');
        }
        b.append("\n## 4. Cause\n").append(NoticeLettersText.causeEn(f.cause())).append(". Route and timing: ").append(NoticeLetters.TO_FILL).append("\n\n");
        b.append("## 5. Secondary damage or its risk\n").append(riskEn(d)).append("\n\n");
        b.append("## 6. Measures for the persons\nNotice drafts prepared (leakscope notices). Sent: ").append(NoticeLetters.TO_FILL).append("\n\n");
        b.append("## 7. Public announcement\n").append(NoticeLetters.TO_FILL).append("\n\n");
        b.append("## 8. Prevention of recurrence\n").append(NoticeLetters.TO_FILL).append("\n\n");
        b.append("## 9. Other\n");
        d.obligations().stream().filter(o -> o.required() != Obligation.Required.FALSE).forEach(o -> b.append("- ").append(o.id()).append(": due ")
                .append(o.due() == null ? "no fixed time (promptly)" : o.due()).append(" (").append(o.dueNote()).append(")\n"));
        d.unattributed().forEach(u -> b.append("- ").append(ReportWriter.unattributedSentence(u)).append('\n'));
        d.absent().stream().filter(a -> a.element() == Element.CREDIT_CARD || a.element() == Element.MY_NUMBER)
                .forEach(a -> b.append("- ").append(ReportWriter.notFoundSentence(a)).append('\n'));
        return b.toString();
    }

    private static String kind(ReportData d) {
        return d.obligations().stream().anyMatch(o -> o.id().equals("jp.appi.final_report")) ? "確報" : "速報";
    }

    private static String kindEn(ReportData d) {
        return d.obligations().stream().anyMatch(o -> o.id().equals("jp.appi.final_report")) ? "final report" : "preliminary report";
    }

    private static String orTodo(String s) {
        return s == null || s.isBlank() ? NoticeLetters.TO_FILL : s;
    }

    private static String riskJa(ReportData d) {
        List<String> r = riskElements(d);
        return r.isEmpty() ? "現時点で二次被害は確認されていない。" + NoticeLetters.TO_FILL
                : "現時点で二次被害は確認されていないが、次の情報の漏えいにより、なりすまし・フィッシング・不正利用のおそれがある: "
                + r.stream().map(e -> ElementLabels.ja(Element.fromId(e))).collect(Collectors.joining("、")) + "。";
    }

    private static String riskEn(ReportData d) {
        List<String> r = riskElements(d);
        return r.isEmpty() ? "No secondary damage known so far. " + NoticeLetters.TO_FILL
                : "No secondary damage known so far; the leak of the following may lead to impersonation, phishing or misuse: "
                + r.stream().map(e -> ElementLabels.en(Element.fromId(e))).collect(Collectors.joining(", ")) + ".";
    }

    /** The elements that leaked — a person's, or a value tied to no one — whose misuse the report must name. */
    private static List<String> riskElements(ReportData d) {
        java.util.Set<Element> leaked = new java.util.TreeSet<>(d.impact().elementTotals().keySet());
        d.unattributed().forEach(u -> leaked.add(u.element()));
        return leaked.stream().filter(e -> e == Element.EMAIL || e == Element.PHONE || e == Element.CREDENTIAL
                || e == Element.CREDIT_CARD || e == Element.BANK_ACCOUNT || e == Element.MY_NUMBER || e == Element.ID_DOCUMENT
                || e == Element.SENSITIVE_INFO).map(Element::id).toList();
    }
}
