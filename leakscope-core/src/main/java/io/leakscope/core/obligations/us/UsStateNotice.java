package io.leakscope.core.obligations.us;

import io.leakscope.core.model.Element;
import io.leakscope.core.obligations.CaseFacts;
import io.leakscope.core.obligations.ForeignResidents;
import io.leakscope.core.obligations.ResidentsRule;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/**
 * US state breach laws, in general: a resident's name with an SSN or taxpayer id, a driver's
 * licence, passport or other id (U1), a card or account number (U2), a login with its password
 * (U3) or medical data (U4) obliges notice in "the most expedient time"; several states fix 30–60
 * days (California and New York 30 days) and add the Attorney General or credit agencies above a
 * resident count. The state of residence decides, and it is rarely in the files.
 */
public final class UsStateNotice extends ResidentsRule {

    public UsStateNotice() {
        super("us.state_breach_laws.notify_individuals", "US", "state breach notification laws", "affected residents (and state AGs where set)",
                "notify_individuals", Set.of("US"), LocalDate.of(2018, 1, 1));
    }

    @Override
    protected List<String> triggers(CaseFacts f, ForeignResidents r) {
        return coveredData(f);
    }

    /** U1–U4: the kinds of data of a US resident that state breach laws cover (California and New York use the same). */
    static List<String> coveredData(CaseFacts f) {
        List<String> t = new java.util.ArrayList<>();
        add(t, f, "U1", Element.TAXPAYER_ID, Element.ID_DOCUMENT);
        add(t, f, "U2", Element.CREDIT_CARD, Element.BANK_ACCOUNT);
        if (f.persons().stream().anyMatch(p -> "US".equals(p.residence()) && p.elements().contains(Element.CREDENTIAL)
                && p.elements().contains(Element.SYSTEM_ACCOUNT))) {
            t.add("U3");
        }
        add(t, f, "U4", Element.SENSITIVE_INFO);
        return t;
    }

    private static void add(List<String> t, CaseFacts f, String id, Element... any) {
        if (f.persons().stream().anyMatch(p -> "US".equals(p.residence()) && Set.of(any).stream().anyMatch(p.elements()::contains))) {
            t.add(id);
        }
    }

    @Override
    protected String due(CaseFacts f) {
        return f.awareDateJst().plusDays(30).toString();
    }

    @Override
    protected String rule() {
        return "most expedient time; 30 days in California (from 2026-01-01) and New York, 30–60 days elsewhere where fixed; "
                + "the earliest common limit is shown; the state of residence decides";
    }
}
