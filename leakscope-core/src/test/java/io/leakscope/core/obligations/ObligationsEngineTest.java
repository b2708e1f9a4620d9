package io.leakscope.core.obligations;

import static org.assertj.core.api.Assertions.assertThat;

import io.leakscope.core.model.Element;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class ObligationsEngineTest {

    private static CaseFacts facts(String awareAt, String cause, int persons, Element... elementsOfFirst) {
        List<CaseFacts.PersonFacts> ps = new ArrayList<>();
        for (int i = 0; i < persons; i++) {
            ps.add(new CaseFacts.PersonFacts("domestic_employee", i == 0 ? Set.of(elementsOfFirst) : Set.of(Element.NAME)));
        }
        return new CaseFacts("case", OffsetDateTime.parse(awareAt), cause, false, false, false, ps);
    }

    private static Obligation find(List<Obligation> all, String id) {
        return all.stream().filter(o -> o.id().equals(id)).findFirst().orElseThrow();
    }

    @Test
    void casioTimelineFinalReportOnTheSixtiethDay() {
        List<Obligation> all = ObligationsEngine.standard().evaluate(facts("2024-10-05T09:00:00+09:00", "ransomware", 8478, Element.NAME));
        Obligation fin = find(all, "jp.appi.final_report");
        assertThat(fin.required()).isEqualTo(Obligation.Required.TRUE);
        assertThat(fin.triggers()).containsExactly("A3", "A4");
        assertThat(fin.due()).isEqualTo("2024-12-03");
        assertThat(fin.dueNote()).contains("60 days (wrongful purpose); day of awareness = day 1", "civil-code reading: 2024-12-04");
        assertThat(fin.persons()).isEqualTo(8478);
        Obligation pre = find(all, "jp.appi.preliminary_report");
        assertThat(pre.due()).isEqualTo("2024-10-09");
        assertThat(pre.dueNote()).contains("warn on day 3 (2024-10-07)");
        assertThat(find(all, "jp.appi.notify_individuals").due()).isNull();
        assertThat(find(all, "jp.mynumber.final_report").required()).as("no My Number leaked").isEqualTo(Obligation.Required.FALSE);
    }

    @ParameterizedTest(name = "{0} {1} persons={2} {3} -> {4} due {5}")
    @CsvSource({
        // aware (JST),            cause,       persons, element of one person, required,     final report due
        "2024-10-05T09:00:00+09:00, misdelivery, 1001, NAME,           TRUE,         2024-11-05", // day 30 = Sun 11-03 (holiday), 11-04 substitute
        "2024-10-05T09:00:00+09:00, misdelivery, 1000, NAME,           FALSE,        2024-11-05",
        "2024-10-05T09:00:00+09:00, loss,        1,    SENSITIVE_INFO, TRUE,         2024-11-05", // A1
        "2024-10-05T09:00:00+09:00, loss,        1,    CREDIT_CARD,    TRUE,         2024-11-05", // A2
        "2024-10-05T09:00:00+09:00, loss,        1,    BANK_ACCOUNT,   NEEDS_REVIEW, 2024-11-05",
        "2024-12-01T10:00:00+09:00, malware,     3,    NAME,           TRUE,         2025-01-29", // day 60 = 01-29 (Wed)
        "2024-12-20T23:30:00+00:00, misdelivery, 2000, NAME,           TRUE,         2025-01-20", // 12-21 JST; day 30 = 01-19 (Sun)
    })
    void appiFinalReport(String awareAt, String cause, int persons, Element element, Obligation.Required required, LocalDate due) {
        Obligation fin = find(ObligationsEngine.standard().evaluate(facts(awareAt, cause, persons, element)), "jp.appi.final_report");
        assertThat(fin.required()).isEqualTo(required);
        assertThat(fin.due()).isEqualTo(due.toString());
    }

    @Test
    void myNumberActNeedsAMyNumberAndASituation() {
        Obligation leaked = find(ObligationsEngine.standard().evaluate(facts("2024-10-05T09:00:00+09:00", "ransomware", 5, Element.MY_NUMBER)),
                "jp.mynumber.final_report");
        assertThat(leaked.required()).isEqualTo(Obligation.Required.TRUE);
        assertThat(leaked.triggers()).containsExactly("M2");
        assertThat(leaked.persons()).isEqualTo(1);
        assertThat(leaked.confidence()).isEqualTo("to_confirm");
        Obligation misdelivered = find(ObligationsEngine.standard().evaluate(facts("2024-10-05T09:00:00+09:00", "misdelivery", 5, Element.MY_NUMBER)),
                "jp.mynumber.final_report");
        assertThat(misdelivered.required()).as("one person, no improper purpose").isEqualTo(Obligation.Required.FALSE);
    }

    @Test
    void closedDaysAreWeekendsHolidaysAndTheYearEnd() {
        assertThat(JapaneseCalendar.isClosed(LocalDate.of(2024, 11, 4))).as("substitute holiday").isTrue();
        assertThat(JapaneseCalendar.isClosed(LocalDate.of(2024, 12, 30))).isTrue();
        assertThat(JapaneseCalendar.isClosed(LocalDate.of(2024, 12, 3))).isFalse();
        assertThat(JapaneseCalendar.nextOpenDay(LocalDate.of(2024, 12, 28))).isEqualTo(LocalDate.of(2025, 1, 6));
    }

    private static CaseFacts residents(String cause, int jp, int de, int sg, int unknown, Element sgElement) {
        List<CaseFacts.PersonFacts> ps = new ArrayList<>();
        for (int i = 0; i < jp; i++) {
            ps.add(new CaseFacts.PersonFacts("domestic_employee", Set.of(Element.NAME), "JP"));
        }
        for (int i = 0; i < de; i++) {
            ps.add(new CaseFacts.PersonFacts("partner_contact", Set.of(Element.NAME, Element.EMAIL), "DE"));
        }
        for (int i = 0; i < sg; i++) {
            ps.add(new CaseFacts.PersonFacts("group_employee", Set.of(Element.NAME, sgElement), "SG"));
        }
        for (int i = 0; i < unknown; i++) {
            ps.add(new CaseFacts.PersonFacts("unknown", Set.of(Element.NAME), null));
        }
        return new CaseFacts("case", OffsetDateTime.parse("2024-10-05T09:00:00+09:00"), cause, false, false, false, ps);
    }

    @Test
    void foreignLawsCountTheirResidentsAndLeaveTheReachToCounsel() {
        List<Obligation> all = ObligationsEngine.standard().evaluate(residents("ransomware", 10, 2, 3, 4, Element.SYSTEM_ACCOUNT));
        Obligation gdpr = find(all, "eu.gdpr.notify_authority");
        assertThat(gdpr.required()).isEqualTo(Obligation.Required.NEEDS_REVIEW);
        assertThat(gdpr.persons()).isEqualTo(2);
        assertThat(gdpr.recipient()).isEqualTo("supervisory authorities of DE");
        assertThat(gdpr.due()).as("72 clock hours").isEqualTo("2024-10-08T09:00:00+09:00");
        assertThat(find(all, "eu.gdpr.notify_individuals").triggers()).containsExactly("G1", "G2");
        assertThat(find(all, "gb.ukgdpr.notify_authority").required()).isEqualTo(Obligation.Required.FALSE);
        assertThat(find(all, "gb.ukgdpr.notify_authority").dueNote()).contains("4 persons of unknown residence");
        Obligation sg = find(all, "sg.pdpa.notify_authority");
        assertThat(sg.required()).as("3 residents, no harmful data").isEqualTo(Obligation.Required.FALSE);
        assertThat(find(ObligationsEngine.standard().evaluate(residents("ransomware", 0, 0, 3, 0, Element.TAXPAYER_ID)), "sg.pdpa.notify_authority")
                .triggers()).containsExactly("S2");
        assertThat(find(all, "jp.appi.final_report").persons()).as("APPI counts everyone").isEqualTo(19);
    }

    @Test
    void residenceFromTheBestEvidence() {
        Residence r = new Residence();
        r.add(new io.leakscope.core.model.Finding(io.leakscope.core.model.FindingType.EMAIL, "a@b.de", null, "", 0, ""));
        assertThat(r.country()).isEqualTo("DE");
        r.add(new io.leakscope.core.model.Finding(io.leakscope.core.model.FindingType.PHONE, "+6561234567", null, "", 0, ""));
        assertThat(r.country()).as("a phone outranks a ccTLD").isEqualTo("SG");
        r.master("JP");
        assertThat(r.country()).isEqualTo("JP");
        assertThat(new Residence().country()).as("unknown stays unknown").isNull();
        Residence gmail = new Residence();
        gmail.add(new io.leakscope.core.model.Finding(io.leakscope.core.model.FindingType.EMAIL, "a@gmail.com", null, "", 0, ""));
        assertThat(gmail.country()).isNull();
    }

    @ParameterizedTest(name = "{0} resident with {1}, cause {2} -> {3} {4} due {5}")
    @CsvSource({
        "KR, TAXPAYER_ID,  misdelivery, kr.pipa.notify_authority,             K2,    2024-10-08T09:00:00+09:00",
        "KR, NAME,         ransomware,  kr.pipa.notify_authority,             K3,    2024-10-08T09:00:00+09:00",
        "US, TAXPAYER_ID,  loss,        us.state_breach_laws.notify_individuals, U1, 2024-11-04",
        "CN, NAME,         loss,        cn.pipl.notify_authority,             C1,    ",
        "TH, NAME,         loss,        th.pdpa.notify_authority,             T1,    2024-10-08T09:00:00+09:00",
        "AU, CREDIT_CARD,  loss,        au.ndb.notify_authority,              AU1,   2024-11-04",
    })
    void foreignJurisdictions(String country, Element element, String cause, String id, String trigger, String due) {
        var person = new CaseFacts.PersonFacts("partner_contact", java.util.EnumSet.of(Element.NAME, element), country);
        var facts = new CaseFacts("case", OffsetDateTime.parse("2024-10-05T09:00:00+09:00"), cause, false, false, false, List.of(person));
        Obligation o = find(ObligationsEngine.standard().evaluate(facts), id);
        assertThat(o.required()).isEqualTo(Obligation.Required.NEEDS_REVIEW);
        assertThat(o.triggers()).containsExactly(trigger);
        assertThat(o.due()).isEqualTo(due);
        assertThat(o.persons()).isEqualTo(1);
    }

    @Test
    void aLawNotYetInForceIsNotEvaluated() {
        var india = new CaseFacts.PersonFacts("customer", Set.of(Element.NAME), "IN");
        var before = new CaseFacts("case", OffsetDateTime.parse("2024-10-05T09:00:00+09:00"), "ransomware", false, false, false, List.of(india));
        assertThat(ObligationsEngine.standard().evaluate(before)).noneMatch(o -> o.id().startsWith("in."));
        var after = new CaseFacts("case", OffsetDateTime.parse("2027-06-01T09:00:00+09:00"), "ransomware", false, false, false, List.of(india));
        assertThat(find(ObligationsEngine.standard().evaluate(after), "in.dpdp.notify_authority").triggers()).containsExactly("I1");
    }

    @Test
    void anEntrustedBusinessNotifiesTheEntrustingOneAndLeavesTheReportsToIt() {
        var f = facts("2024-10-05T09:00:00+09:00", "ransomware", 10, Element.NAME);
        var entrusted = new CaseFacts("case", f.awareAt(), "ransomware", false, false, true, f.persons());
        List<Obligation> all = ObligationsEngine.standard().evaluate(entrusted);
        assertThat(find(all, "jp.appi.notify_entrusting_party").required()).isEqualTo(Obligation.Required.TRUE);
        assertThat(find(all, "jp.appi.final_report").required()).isEqualTo(Obligation.Required.NEEDS_REVIEW);
        assertThat(find(ObligationsEngine.standard().evaluate(f), "jp.appi.notify_entrusting_party").required()).isEqualTo(Obligation.Required.FALSE);
        var encrypted = new CaseFacts("case", f.awareAt(), "ransomware", true, false, false, f.persons());
        assertThat(find(ObligationsEngine.standard().evaluate(encrypted), "jp.appi.final_report").required())
                .as("high-grade encryption excludes A1–A4").isEqualTo(Obligation.Required.FALSE);
    }

    @Test
    void everyJurisdictionOfTheReferenceIsEvaluated() {
        var facts = new CaseFacts("case", OffsetDateTime.parse("2026-03-02T09:00:00+09:00"), "ransomware", false, false, false,
                List.of(new CaseFacts.PersonFacts("customer", Set.of(Element.NAME), "JP")));
        assertThat(ObligationsEngine.standard().evaluate(facts)).extracting(Obligation::jurisdiction)
                .contains("JP", "EU", "GB", "SG", "US", "US-CA", "US-NY", "CN", "KR", "TH", "AU", "HK", "TW");
        var californian = new CaseFacts("case", OffsetDateTime.parse("2026-03-02T09:00:00+09:00"), "ransomware", false, false, false,
                List.of(new CaseFacts.PersonFacts("customer", java.util.EnumSet.of(Element.NAME, Element.TAXPAYER_ID), "US")));
        Obligation ca = find(ObligationsEngine.standard().evaluate(californian), "us-ca.civ1798_82.notify_individuals");
        assertThat(ca.required()).isEqualTo(Obligation.Required.NEEDS_REVIEW);
        assertThat(ca.due()).isEqualTo("2026-04-01");
        assertThat(find(ObligationsEngine.standard().evaluate(californian), "hk.pdpo.notify_authority").required())
                .isEqualTo(Obligation.Required.FALSE);
    }
}
