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

    private static List<String> adviceJa(Set<Element> e) {
        List<String> out = new java.util.ArrayList<>();
        if (e.contains(Element.EMAIL) || e.contains(Element.PHONE) || e.contains(Element.POSTAL_ADDRESS)) {
            out.add("当社を装った不審なメール・電話・郵便物にご注意ください。");
        }
        if (e.contains(Element.CREDENTIAL) || e.contains(Element.SYSTEM_ACCOUNT)) {
            out.add("同じパスワードを他のサービスでお使いの場合は、変更をお願いいたします。");
        }
        if (e.contains(Element.CREDIT_CARD) || e.contains(Element.BANK_ACCOUNT)) {
            out.add("身に覚えのない請求や引き落としがないか、ご利用明細をご確認ください。");
        }
        if (e.contains(Element.MY_NUMBER) || e.contains(Element.ID_DOCUMENT) || e.contains(Element.TAXPAYER_ID)) {
            out.add("番号のみで手続きができることはありませんが、なりすましにご注意ください。");
        }
        if (out.isEmpty()) {
            out.add("現時点で二次被害は確認されておりませんが、不審な連絡にご注意ください。");
        }
        return out;
    }

    private static List<String> adviceEn(Set<Element> e) {
        List<String> out = new java.util.ArrayList<>();
        if (e.contains(Element.EMAIL) || e.contains(Element.PHONE) || e.contains(Element.POSTAL_ADDRESS)) {
            out.add("Be wary of e-mails, calls or letters that claim to come from us.");
        }
        if (e.contains(Element.CREDENTIAL) || e.contains(Element.SYSTEM_ACCOUNT)) {
            out.add("If you use the same password elsewhere, please change it.");
        }
        if (e.contains(Element.CREDIT_CARD) || e.contains(Element.BANK_ACCOUNT)) {
            out.add("Check your statements for charges or debits you do not recognise.");
        }
        if (e.contains(Element.MY_NUMBER) || e.contains(Element.ID_DOCUMENT) || e.contains(Element.TAXPAYER_ID)) {
            out.add("Watch for attempts to impersonate you with your identity numbers.");
        }
        if (out.isEmpty()) {
            out.add("No misuse is known so far; please stay alert to unexpected contacts.");
        }
        return out;
    }

    /** The elements as one cell of the mail-merge file. */
    static String elementList(Recipient r) {
        return r.elements().stream().map(e -> "ja".equals(r.language()) ? ElementLabels.ja(e) : ElementLabels.en(e)).collect(Collectors.joining("、"));
    }
}
