package io.leakscope.report;

import io.leakscope.core.model.Element;
import io.leakscope.core.model.Masking;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The notice to one affected person (APPI 規則10条: summary, the items leaked, cause, secondary damage
 * and what to do, contact), in Japanese or English, listing exactly that person's leaked elements.
 * The name is masked unless the drafts are made for sending ({@code reveal}); the contact line is
 * left marked for the company to fill.
 */
public final class NoticeLetters {
    /** Left for the company to complete before sending. */
    public static final String TO_FILL = "【要記入 / to be filled in】";

    private NoticeLetters() {
    }

    /** One person to notify. {@code email} may be null (postal notice). */
    public record Recipient(String personId, String name, String email, String language, String category, Set<Element> elements) {
    }

    public record Letter(String subject, String body) {
    }

    public static Letter of(Recipient r, String organization, String cause, boolean reveal) {
        String name = reveal ? r.name() : Masking.name(r.name());
        return "ja".equals(r.language()) ? japanese(r, name, organization, cause) : english(r, name, organization, cause);
    }

    private static Letter japanese(Recipient r, String name, String org, String cause) {
        StringBuilder b = new StringBuilder();
        b.append(name.isBlank() ? "関係者各位" : name + " 様").append("\n\n");
        b.append(org).append("は、").append(NoticeLettersText.causeJa(cause)).append("により、当社が保有する個人情報が外部に流出したことを確認いたしました。")
                .append("多大なるご迷惑とご心配をおかけしますことを、深くお詫び申し上げます。\n\n");
        b.append("■ 流出が確認されたお客様の情報\n");
        r.elements().forEach(e -> b.append("・").append(ElementLabels.ja(e)).append('\n'));
        b.append("\n■ 二次被害のおそれとお願い\n");
        adviceJa(r.elements()).forEach(a -> b.append("・").append(a).append('\n'));
        b.append("\n■ お問い合わせ窓口\n").append(TO_FILL).append("\n\n").append(org).append('\n');
        return new Letter("【重要】個人情報流出に関するお詫びとお知らせ", b.toString());
    }

    private static Letter english(Recipient r, String name, String org, String cause) {
        StringBuilder b = new StringBuilder();
        b.append(name.isBlank() ? "Dear Sir or Madam," : "Dear " + name + ",").append("\n\n");
        b.append(org).append(" has confirmed that personal data it holds was taken from its systems in ").append(NoticeLettersText.causeEn(cause))
                .append(". We sincerely apologise for the concern this causes.\n\n");
        b.append("What of yours was affected:\n");
        r.elements().forEach(e -> b.append("- ").append(ElementLabels.en(e)).append('\n'));
        b.append("\nWhat may follow, and what you can do:\n");
        adviceEn(r.elements()).forEach(a -> b.append("- ").append(a).append('\n'));
        b.append("\nContact:\n").append(TO_FILL).append("\n\n").append(org).append('\n');
        return new Letter("Important: notice of a personal data breach", b.toString());
    }

    /** What a person can do, by what of theirs leaked; the last applies when nothing else does. */
    private enum Advice {
        CONTACT(Set.of(Element.EMAIL, Element.PHONE, Element.POSTAL_ADDRESS), "当社を装った不審なメール・電話・郵便物にご注意ください。",
                "Be wary of e-mails, calls or letters that claim to come from us."),
        PASSWORD(Set.of(Element.CREDENTIAL, Element.SYSTEM_ACCOUNT), "同じパスワードを他のサービスでお使いの場合は、変更をお願いいたします。",
                "If you use the same password elsewhere, please change it."),
        MONEY(Set.of(Element.CREDIT_CARD, Element.BANK_ACCOUNT), "身に覚えのない請求や引き落としがないか、ご利用明細をご確認ください。",
                "Check your statements for charges or debits you do not recognise."),
        IDENTITY(Set.of(Element.MY_NUMBER, Element.ID_DOCUMENT, Element.TAXPAYER_ID), "番号のみで手続きができることはありませんが、なりすましにご注意ください。",
                "Watch for attempts to impersonate you with your identity numbers."),
        NONE_KNOWN(Set.of(), "現時点で二次被害は確認されておりませんが、不審な連絡にご注意ください。",
                "No misuse is known so far; please stay alert to unexpected contacts.");

        final Set<Element> when;
        final String ja;
        final String en;

        Advice(Set<Element> when, String ja, String en) {
            this.when = when;
            this.ja = ja;
            this.en = en;
        }

        static List<Advice> of(Set<Element> leaked) {
            List<Advice> out = java.util.Arrays.stream(values()).filter(a -> a.when.stream().anyMatch(leaked::contains)).toList();
            return out.isEmpty() ? List.of(NONE_KNOWN) : out;
        }
    }

    private static List<String> adviceJa(Set<Element> e) {
        return Advice.of(e).stream().map(a -> a.ja).toList();
    }

    private static List<String> adviceEn(Set<Element> e) {
        return Advice.of(e).stream().map(a -> a.en).toList();
    }

    /** The elements as one cell of the mail-merge file. */
    static String elementList(Recipient r) {
        return r.elements().stream().map(e -> "ja".equals(r.language()) ? ElementLabels.ja(e) : ElementLabels.en(e)).collect(Collectors.joining("、"));
    }
}
