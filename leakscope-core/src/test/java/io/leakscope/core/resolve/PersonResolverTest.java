package io.leakscope.core.resolve;

import static org.assertj.core.api.Assertions.assertThat;

import io.leakscope.core.classify.CategoryClassifier;
import io.leakscope.core.classify.CategoryRule;
import io.leakscope.core.classify.Glob;
import io.leakscope.core.model.Element;
import io.leakscope.core.model.Finding;
import io.leakscope.core.model.FindingType;
import io.leakscope.core.model.PersonRecord;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class PersonResolverTest {
    private final List<MasterRecord> masters = List.of(
            new MasterRecord("hr", "1001", "domestic_employee", 0, Map.of(Element.EMPLOYEE_ID, "1001", Element.NAME, "佐藤 健", Element.EMAIL, "s1001@corp.jp")),
            new MasterRecord("hr", "1002", "domestic_employee", 0, Map.of(Element.EMPLOYEE_ID, "1002", Element.NAME, "佐藤 健", Element.EMAIL, "s1002@corp.jp")),
            new MasterRecord("hr", "1003", "domestic_employee", 0, Map.of(Element.EMPLOYEE_ID, "1003", Element.NAME, "髙橋 一郎")));
    private final CategoryClassifier rules = new CategoryClassifier(
            List.of(new CategoryRule("job_applicant", List.of(new Glob("採用/**")), Set.of(), Set.of(), Set.of(), List.of()),
                    new CategoryRule("former_employee", List.of(), Set.of(), Set.of(), Set.of(), List.of("退職者"))), "unknown", "employee_family");
    private long ids;

    private LeakRecord rec(String doc, Object... typeValue) {
        List<Finding> fs = new ArrayList<>();
        for (int i = 0; i < typeValue.length; i += 2) {
            fs.add(new Finding((FindingType) typeValue[i], (String) typeValue[i + 1], null, "x", 0.9, "test"));
        }
        return new LeakRecord(++ids, new PersonRecord(doc, "r" + ids, PersonRecord.Kind.TABLE_ROW, "", fs));
    }

    @Test
    void aRelativeIsTheirOwnPersonNeverLinkedToAMasterByName() {
        Finding name = new Finding(FindingType.PERSON_NAME, "髙橋 一郎", null, "x", 0.95, "test");
        Finding dob = new Finding(FindingType.DATE_OF_BIRTH, "1950-01-01", null, "x", 0.95, "test");
        var relative2023 = new LeakRecord(++ids, new PersonRecord("2023.xlsx", "r1 relative", PersonRecord.Kind.RELATIVE, "父", List.of(name, dob)));
        var relative2024 = new LeakRecord(++ids, new PersonRecord("2024.xlsx", "r1 relative", PersonRecord.Kind.RELATIVE, "父", List.of(name, dob)));
        var result = new PersonResolver(masters, rules).resolve(List.of(relative2023, relative2024));
        assertThat(result.persons()).singleElement().satisfies(p -> {
            assertThat(p.masterKey()).as("same name as master 1003, but a relative").isNull();
            assertThat(p.category()).isEqualTo("employee_family");
            assertThat(p.documents()).containsExactly("2023.xlsx", "2024.xlsx");
        });
    }

    @Test
    void reviewerDecisionsWinAndNameRecordsThatAreGone() {
        List<LeakRecord> records = List.of(
                rec("a.xlsx", FindingType.EMPLOYEE_ID, "1001", FindingType.PERSON_NAME, "佐藤 健"),
                rec("b.xlsx", FindingType.EMPLOYEE_ID, "1001", FindingType.HR_FIELD, "A"),
                rec("c.xlsx", FindingType.EMPLOYEE_ID, "9", FindingType.PERSON_NAME, "田中 実"),
                rec("d.xlsx", FindingType.EMPLOYEE_ID, "8", FindingType.PERSON_NAME, "田中 実"));
        var refOf = (java.util.function.Function<Integer, ReviewDecision.RecordRef>) i ->
                new ReviewDecision.RecordRef(records.get(i).record().documentPath(), records.get(i).record().locator());
        var result = new PersonResolver(masters, rules).resolve(records, List.of(
                new ReviewDecision.Split(List.of(refOf.apply(1)), "b.xlsx is another 1001 (typo)"),
                new ReviewDecision.Merge(refOf.apply(2), refOf.apply(3), "renumbered employee"),
                new ReviewDecision.Recategorise(refOf.apply(3), "former_employee", ""),
                new ReviewDecision.Merge(new ReviewDecision.RecordRef("gone.xlsx", "row 1"), refOf.apply(0), "")));
        assertThat(result.persons()).hasSize(3);
        ResolvedPerson sato = result.persons().stream().filter(p -> "1001".equals(p.masterKey())).findFirst().orElseThrow();
        assertThat(sato.documents()).as("split out despite the same employee id").containsExactly("a.xlsx");
        ResolvedPerson tanaka = result.persons().stream().filter(p -> p.documents().contains("c.xlsx")).findFirst().orElseThrow();
        assertThat(tanaka.documents()).as("merged despite different employee ids").containsExactly("c.xlsx", "d.xlsx");
        assertThat(tanaka.category()).isEqualTo("former_employee");
        assertThat(tanaka.categoryReason()).isEqualTo("reviewer");
        assertThat(tanaka.mergeReasons()).contains("reviewer merge");
        assertThat(result.unmatched()).singleElement().isInstanceOf(ReviewDecision.Merge.class);
    }

    @Test
    void aRuleCanNameTheTableAPersonCameFrom() {
        var leaver = new LeakRecord(++ids, new PersonRecord("hr/list.xlsx", "Sheet1!row 4", PersonRecord.Kind.TABLE_ROW, "Sheet1 退職者一覧（2021年度）",
                List.of(new Finding(FindingType.PERSON_NAME, "森 一郎", null, "x", 0.95, "test"),
                        new Finding(FindingType.PHONE, "+819011112222", null, "x", 0.95, "test"))));
        var other = new LeakRecord(++ids, new PersonRecord("hr/list2.xlsx", "Sheet1!row 4", PersonRecord.Kind.TABLE_ROW, "Sheet1 在籍者一覧",
                List.of(new Finding(FindingType.PERSON_NAME, "林 次郎", null, "x", 0.95, "test"),
                        new Finding(FindingType.PHONE, "+819033334444", null, "x", 0.95, "test"))));
        var result = new PersonResolver(List.of(), rules).resolve(List.of(leaver, other));
        assertThat(result.persons()).extracting(ResolvedPerson::category).containsExactlyInAnyOrder("former_employee", "unknown");
    }

    @Test
    void everyMergeIsExplainedByTheTwoThingsItJoinedAndTheirKey() {
        var result = new PersonResolver(masters, rules).resolve(List.of(
                rec("a.csv", FindingType.EMAIL, "s1001@corp.jp", FindingType.PERSON_NAME, "佐藤 健"),
                rec("b.xlsx", FindingType.EMPLOYEE_ID, "1001", FindingType.HR_FIELD, "A"),
                rec("c.pdf", FindingType.PERSON_NAME, "高橋一郎")));
        ResolvedPerson sato = result.persons().stream().filter(p -> "1001".equals(p.masterKey())).findFirst().orElseThrow();
        List<MergeLink> links = result.links().get(sato.personId());
        assertThat(links).as("a tree over the master row and two records").hasSize(2);
        assertThat(links).extracting(MergeLink::reason).containsExactlyInAnyOrder("email", "employee_id");
        assertThat(links).allMatch(l -> l.from().equals("master hr 1001"));
        ResolvedPerson takahashi = result.persons().stream().filter(p -> "1003".equals(p.masterKey())).findFirst().orElseThrow();
        assertThat(result.links().get(takahashi.personId())).singleElement()
                .satisfies(l -> assertThat(l.reason()).isEqualTo("name→unique master"));
    }

    @Test
    void sameNameDifferentPeopleStayApart() {
        var result = new PersonResolver(masters, rules).resolve(List.of(
                rec("a.xlsx", FindingType.EMPLOYEE_ID, "1001", FindingType.PERSON_NAME, "佐藤 健"),
                rec("a.xlsx", FindingType.EMPLOYEE_ID, "1002", FindingType.PERSON_NAME, "佐藤健"),
                rec("b.pdf", FindingType.PERSON_NAME, "佐藤 健")));
        assertThat(result.persons()).extracting(ResolvedPerson::masterKey).containsExactlyInAnyOrder("1001", "1002");
        assertThat(result.ambiguous()).hasSize(1);
    }

    @Test
    void strongIdsAndUniqueMasterNamesMerge() {
        var result = new PersonResolver(masters, rules).resolve(List.of(
                rec("a.csv", FindingType.EMAIL, "s1001@corp.jp", FindingType.PERSON_NAME, "佐藤 健"),
                rec("b.xlsx", FindingType.EMPLOYEE_ID, "1001", FindingType.HR_FIELD, "A"),
                rec("c.pdf", FindingType.PERSON_NAME, "高橋一郎")));
        assertThat(result.persons()).hasSize(2);
        ResolvedPerson sato = result.persons().stream().filter(p -> "1001".equals(p.masterKey())).findFirst().orElseThrow();
        assertThat(sato.elements()).containsExactly(Element.NAME, Element.EMAIL, Element.EMPLOYEE_ID, Element.HR_INFO);
        assertThat(sato.documents()).containsExactly("a.csv", "b.xlsx");
        assertThat(sato.category()).isEqualTo("domestic_employee");
        assertThat(result.persons()).anySatisfy(p -> assertThat(p.masterKey()).isEqualTo("1003"));
    }

    @Test
    void conflictingEmployeeIdsNeverMergeAndRulesClassifyTheRest() {
        var result = new PersonResolver(List.of(), rules).resolve(List.of(
                rec("x.xlsx", FindingType.EMPLOYEE_ID, "9", FindingType.PERSON_NAME, "田中 実", FindingType.PHONE, "+819011112222"),
                rec("y.xlsx", FindingType.EMPLOYEE_ID, "8", FindingType.PERSON_NAME, "田中 実", FindingType.PHONE, "+819011112222"),
                rec("採用/z.docx", FindingType.PERSON_NAME, "木村 花", FindingType.EMAIL, "hana@mail.net")));
        assertThat(result.persons()).hasSize(3);
        assertThat(result.persons()).filteredOn(p -> p.documents().contains("採用/z.docx")).singleElement()
                .satisfies(p -> assertThat(p.category()).isEqualTo("job_applicant"));
    }

    @Test
    void personIdsAreStable() {
        List<LeakRecord> records = List.of(rec("a.csv", FindingType.EMAIL, "s1001@corp.jp"));
        assertThat(new PersonResolver(masters, rules).resolve(records).persons())
                .isEqualTo(new PersonResolver(masters, rules).resolve(records).persons());
    }

    private final MasterRecord groupRow = new MasterRecord("group", "g7", "group_employee", 1,
            Map.of(Element.SYSTEM_ACCOUNT, "g7", Element.NAME, "Ann Lee", Element.EMAIL, "ann.lee@group.sg"));

    @Test
    void twoMasterRowsAreNeverMergedWhateverKeyJoinsThemAndTheConflictIsKept() {
        List<MasterRecord> both = new ArrayList<>(masters);
        both.add(groupRow);
        List<LeakRecord> records = List.of(
                rec("re.eml", FindingType.PERSON_NAME, "髙橋 一郎", FindingType.EMPLOYEE_ID, "1003", FindingType.EMAIL, "ann.lee@group.sg"),
                rec("acc.csv", FindingType.SYSTEM_ACCOUNT, "g7", FindingType.PERSON_NAME, "Ann Lee"));
        var result = new PersonResolver(both, rules).resolve(records);
        assertThat(result.persons()).extracting(ResolvedPerson::masterKey).containsExactlyInAnyOrder("1003", "g7");
        ResolvedPerson takahashi = result.persons().stream().filter(p -> "1003".equals(p.masterKey())).findFirst().orElseThrow();
        ResolvedPerson ann = result.persons().stream().filter(p -> "g7".equals(p.masterKey())).findFirst().orElseThrow();
        assertThat(takahashi.reviewFlags()).containsExactly(ReviewFlag.MASTER_CONFLICT);
        assertThat(result.conflicts().get(takahashi.personId())).singleElement()
                .satisfies(c -> assertThat(c.other()).isEqualTo("person " + ann.personId()));
        assertThat(ann.documents()).containsExactly("acc.csv");
    }

    @Test
    void aMasterRowWithoutRecordsOfItsOwnIsNamedInTheConflict() {
        List<MasterRecord> both = new ArrayList<>(masters);
        both.add(groupRow);
        var result = new PersonResolver(both, rules).resolve(List.of(
                rec("re.eml", FindingType.EMPLOYEE_ID, "1003", FindingType.EMAIL, "ann.lee@group.sg")));
        assertThat(result.persons()).singleElement().satisfies(p -> assertThat(p.masterKey()).isEqualTo("1003"));
        assertThat(result.conflicts().values()).singleElement().asList().singleElement()
                .satisfies(c -> assertThat(c.toString()).contains("master group g7"));
    }

    @Test
    void anAddressWrittenUnderTwoPeoplesNamesIdentifiesNoOne() {
        List<LeakRecord> records = List.of(
                rec("ml/1.eml", FindingType.PERSON_NAME, "Ann Lee", FindingType.EMAIL, "team-sg@group.sg"),
                rec("ml/2.eml", FindingType.PERSON_NAME, "Ken Ito", FindingType.EMAIL, "team-sg@group.sg"),
                rec("ml/3.eml", FindingType.PERSON_NAME, "Ann Lee", FindingType.PHONE, "+6561234567"),
                rec("ml/4.eml", FindingType.PERSON_NAME, "LEE Ann", FindingType.EMAIL, "ann.lee@group.sg"),
                rec("ml/5.eml", FindingType.PERSON_NAME, "Lee", FindingType.EMAIL, "ann.lee@group.sg"));
        var persons = new PersonResolver(List.of(), rules).resolve(records).persons();
        assertThat(persons).filteredOn(p -> p.documents().contains("ml/1.eml")).singleElement()
                .satisfies(p -> assertThat(p.documents()).doesNotContain("ml/2.eml"));
        assertThat(persons).filteredOn(p -> p.documents().contains("ml/4.eml")).singleElement()
                .satisfies(p -> assertThat(p.documents()).as("Lee and Ann Lee can be one person").contains("ml/5.eml"));
    }

    @Test
    void aPersonKnownOnlyFromLogLinesIsFlaggedForReview() {
        Finding address = new Finding(FindingType.EMAIL, "hanako.1988@example-mail.jp", null, "x", 0.9, "test");
        var logged = new LeakRecord(++ids, new PersonRecord("maillog", "line 4", PersonRecord.Kind.LOG_LINE, "", List.of(address)));
        var again = new LeakRecord(++ids, new PersonRecord("MSGTRK.LOG", "line 9", PersonRecord.Kind.LOG_LINE, "", List.of(address)));
        var employee = new LeakRecord(++ids, new PersonRecord("maillog", "line 5", PersonRecord.Kind.LOG_LINE, "",
                List.of(new Finding(FindingType.EMAIL, "s1001@corp.jp", null, "x", 0.9, "test"))));
        var persons = new PersonResolver(masters, rules).resolve(List.of(logged, again, employee)).persons();
        assertThat(persons).filteredOn(p -> p.masterKey() == null).singleElement()
                .satisfies(p -> assertThat(p.reviewFlags()).containsExactly(ReviewFlag.SYSTEM_LOGS_ONLY));
        assertThat(persons).filteredOn(p -> "1001".equals(p.masterKey())).singleElement()
                .satisfies(p -> assertThat(p.reviewFlags()).as("linked to a master").isEmpty());
    }

    /**
     * Before, a name and address known only from a From line (an attacker's own, in a mail planted in
     * the share) was an affected person like any other and got a notice draft.
     */
    @Test
    void aPersonKnownOnlyFromMailHeadersIsFlaggedUntilAReviewerGivesThemACategory() {
        Finding name = new Finding(FindingType.PERSON_NAME, "Ivan Petrov", null, "x", 0.9, "test");
        Finding address = new Finding(FindingType.EMAIL, "ivan@mail-relay.example", null, "x", 0.9, "test");
        var from = new LeakRecord(++ids, new PersonRecord("総務/至急.eml", "block 1", PersonRecord.Kind.MAIL_HEADER, "", List.of(name, address)));
        var cc = new LeakRecord(++ids, new PersonRecord("総務/再送.eml", "block 1", PersonRecord.Kind.MAIL_HEADER, "", List.of(address)));
        var writer = new LeakRecord(++ids, new PersonRecord("総務/至急.eml", "block 3", PersonRecord.Kind.TEXT_BLOCK, "",
                List.of(new Finding(FindingType.PERSON_NAME, "佐藤 花子", null, "x", 0.9, "test"),
                        new Finding(FindingType.EMAIL, "hanako@partner.example", null, "x", 0.9, "test"))));
        var inBody = new LeakRecord(++ids, new PersonRecord("総務/返信.eml", "block 1", PersonRecord.Kind.MAIL_HEADER, "",
                List.of(new Finding(FindingType.EMAIL, "hanako@partner.example", null, "x", 0.9, "test"))));
        var persons = new PersonResolver(masters, rules).resolve(List.of(from, cc, writer, inBody)).persons();
        assertThat(persons).filteredOn(p -> p.documents().contains("総務/再送.eml")).singleElement()
                .satisfies(p -> assertThat(p.reviewFlags()).containsExactly(ReviewFlag.HEADER_ONLY));
        assertThat(persons).filteredOn(p -> p.documents().contains("総務/返信.eml")).singleElement()
                .satisfies(p -> assertThat(p.reviewFlags()).as("also in a document's body").isEmpty());

        var decided = new PersonResolver(masters, rules).resolve(List.of(from, cc, writer, inBody),
                List.of(new ReviewDecision.Recategorise(new ReviewDecision.RecordRef("総務/至急.eml", "block 1"), "customer", "a customer's complaint")))
                .persons();
        assertThat(decided).filteredOn(p -> p.documents().contains("総務/再送.eml")).singleElement()
                .satisfies(p -> assertThat(p.reviewFlags()).as("a reviewer decided").isEmpty());
    }

    @Test
    void aMastersNameAndTheRomajiOfItsReadingAreOnePersonsNames() {
        MasterRecord withReading = new MasterRecord("hr", "2001", "domestic_employee", 0, Map.of(Element.EMPLOYEE_ID, "2001",
                Element.NAME, "藤田 悠真", Element.NAME_KANA, "フジタ ユウマ", Element.EMAIL, "s2001@corp.jp"));
        List<LeakRecord> records = List.of(rec("log", FindingType.EMAIL, "s2001@corp.jp"), rec("roster.csv", FindingType.PERSON_NAME,
                "藤田 悠真", FindingType.EMAIL, "s2001@corp.jp"));
        assertThat(new PersonResolver(List.of(withReading), rules).resolve(records).persons()).singleElement()
                .satisfies(p -> assertThat(p.documents()).containsExactly("log", "roster.csv"));
    }

    /**
     * A traveller list names 佐藤 健 with a passport number: two employees have that name. The record
     * is a person of its own (its passport is an identifier), counted, and was before left with no
     * flag: it may be one of the two, counted twice, and no one was asked to decide.
     */
    @Test
    void aPersonWithAnIdentifierWhoseNameIsOfSeveralMastersIsCountedAndFlaggedForReview() {
        List<LeakRecord> records = List.of(
                rec("a.xlsx", FindingType.EMPLOYEE_ID, "1001", FindingType.PERSON_NAME, "佐藤 健"),
                rec("trips.xlsx", FindingType.PERSON_NAME, "佐藤 健", FindingType.PASSPORT_NUMBER, "TK1234567"));
        var result = new PersonResolver(masters, rules).resolve(records);
        assertThat(result.persons()).hasSize(2);
        assertThat(result.persons()).filteredOn(p -> p.masterKey() == null).singleElement()
                .satisfies(p -> assertThat(p.reviewFlags()).containsExactly(ReviewFlag.NAME_OF_SEVERAL_MASTERS));
        assertThat(result.persons()).filteredOn(p -> p.masterKey() != null).singleElement()
                .satisfies(p -> assertThat(p.reviewFlags()).isEmpty());

        var decided = new PersonResolver(masters, rules).resolve(records, List.of(new ReviewDecision.Recategorise(
                new ReviewDecision.RecordRef("trips.xlsx", records.get(1).record().locator()), "unknown", "a visitor, not an employee")));
        assertThat(decided.persons()).filteredOn(p -> p.masterKey() == null).singleElement()
                .satisfies(p -> assertThat(p.reviewFlags()).as("a reviewer decided").isEmpty());
    }
}
