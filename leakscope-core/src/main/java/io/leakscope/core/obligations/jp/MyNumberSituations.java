package io.leakscope.core.obligations.jp;

import io.leakscope.core.model.Element;
import io.leakscope.core.obligations.CaseFacts;
import io.leakscope.core.obligations.Obligation;
import java.util.ArrayList;
import java.util.List;

/**
 * The My Number Act's reportable situations (番号法29条の4, PPC rule on 特定個人情報), gated on a leaked
 * My Number: M1 held in the information-provision network (public sector: not assumed here), M2 a
 * possibly improper purpose, M3 viewable by an unspecified number of people (posted on a leak
 * site), M4 more than 100 persons. Encryption with a safe key excludes them.
 */
record MyNumberSituations(List<String> triggers, long persons) {
    static MyNumberSituations of(CaseFacts f) {
        long persons = f.personsWith(Element.MY_NUMBER);
        List<String> t = new ArrayList<>();
        if (persons == 0 || f.encryptedOk()) {
            return new MyNumberSituations(t, persons);
        }
        if (f.malicious()) {
            t.add("M2");
        }
        if (f.published()) {
            t.add("M3");
        }
        if (persons > 100) {
            t.add("M4");
        }
        return new MyNumberSituations(t, persons);
    }

    Obligation.Required required() {
        return Obligation.Required.of(!triggers.isEmpty());
    }
}
