package io.leakscope.core.obligations.jp;

import io.leakscope.core.model.Element;
import io.leakscope.core.obligations.CaseFacts;
import io.leakscope.core.obligations.Obligation;
import java.util.ArrayList;
import java.util.List;

/**
 * The four reportable situations of APPI (施行規則7条, wording in force from 2024-04-01); any one
 * suffices, and high-grade encryption with a safe key excludes them all:
 * <ul>
 *   <li>A1 要配慮: special-care data of at least one person;</li>
 *   <li>A2 財産的被害: a payment card number (a login with its password, or a bank account alone,
 *       needs review: whether the service can pay or remit is not in the files);</li>
 *   <li>A3 不正の目的: a malicious cause (ransomware, unauthorized access, malware, insider, theft,
 *       web skimming); possibility suffices;</li>
 *   <li>A4: more than 1,000 persons.</li>
 * </ul>
 */
record AppiSituations(List<String> triggers, boolean needsReview) {
    static final int A4_THRESHOLD = 1000;

    static AppiSituations of(CaseFacts f) {
        List<String> t = new ArrayList<>();
        if (f.encryptedOk()) {
            return new AppiSituations(t, false);
        }
        if (f.personsWith(Element.SENSITIVE_INFO) > 0) {
            t.add("A1");
        }
        if (f.personsWith(Element.CREDIT_CARD) > 0) {
            t.add("A2");
        }
        if (f.malicious()) {
            t.add("A3");
        }
        if (f.persons().size() > A4_THRESHOLD) {
            t.add("A4");
        }
        boolean review = !t.contains("A2") && (f.personsWith(Element.BANK_ACCOUNT) > 0
                || f.persons().stream().anyMatch(p -> p.elements().contains(Element.CREDENTIAL) && p.elements().contains(Element.SYSTEM_ACCOUNT)));
        return new AppiSituations(t, review);
    }

    /**
     * An entrusted business that notifies the entrusting business is exempt from the PPC report and
     * the notices; whether all the leaked data was entrusted data is for review, so those become
     * {@code needs_review}.
     */
    static Obligation.Required exemptIfEntrusted(CaseFacts f, Obligation.Required r) {
        return f.entrusted() && r != Obligation.Required.FALSE ? Obligation.Required.NEEDS_REVIEW : r;
    }

    Obligation.Required required() {
        return !triggers.isEmpty() ? Obligation.Required.TRUE
                : needsReview ? Obligation.Required.NEEDS_REVIEW
                : Obligation.Required.FALSE;
    }
}
