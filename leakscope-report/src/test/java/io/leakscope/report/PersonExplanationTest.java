package io.leakscope.report;

import static org.assertj.core.api.Assertions.assertThat;

import io.leakscope.core.model.Element;
import io.leakscope.core.model.Finding;
import io.leakscope.core.model.FindingType;
import io.leakscope.core.model.PersonRecord;
import io.leakscope.core.resolve.LeakRecord;
import io.leakscope.core.resolve.ResolvedPerson;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

class PersonExplanationTest {
    private final ResolvedPerson person = new ResolvedPerson("p-0123456789ab", "domestic_employee", "山田 太郎",
            new TreeSet<>(Set.of(Element.NAME, Element.MY_NUMBER)), new TreeSet<>(Set.of("a.xlsx")), "hr_master", "104233",
            List.of(7L), "master hr_master", Set.of("employee_id", "name+department"));
    private final List<LeakRecord> records = List.of(new LeakRecord(7, new PersonRecord("a.xlsx", "台帳!row 3", PersonRecord.Kind.TABLE_ROW, "",
            List.of(new Finding(FindingType.PERSON_NAME, "山田 太郎", null, "台帳!R3C2", 0.95, "table"),
                    new Finding(FindingType.MY_NUMBER, "123456789018", null, "台帳!R3C3", 0.95, "table")))));

    @Test
    void explainsCategoryMergeKeysAndRecordsWithValuesMasked() {
        String text = PersonExplanation.text(person, records, false);
        assertThat(text).contains("from master hr_master", "on employee_id, name+department", "a.xlsx  台帳!row 3", "my_number: ＊＊＊＊＊＊＊＊9018");
        assertThat(text).doesNotContain("山田 太郎", "123456789018");
    }

    @Test
    void namesTheRecordsEachMergeJoinedAndTheKey() {
        String text = PersonExplanation.text(person, records, List.of(io.leakscope.core.resolve.MergeLink.of("master hr_master 104233", "record 7",
                "employee_id")), java.util.Set.of(), false);
        assertThat(text).contains("master hr_master 104233  ⇄  a.xlsx # 台帳!row 3  on employee_id");
    }

    @Test
    void marksRecordsFromDocumentsReadByOcr() {
        assertThat(PersonExplanation.text(person, records, List.of(), java.util.Set.of("a.xlsx"), false))
                .contains("a.xlsx  台帳!row 3  [table_row]  (OCR: check against the image)");
        assertThat(PersonExplanation.text(person, records, false)).doesNotContain("OCR");
    }

    @Test
    void revealsValuesOnlyWhenAsked() {
        assertThat(PersonExplanation.text(person, records, true)).contains("山田 太郎", "my_number: 123456789018");
    }

    @Test
    void namesTheMasterRowsItWasKeptApartFromAndWhyItIsToReview() {
        String text = PersonExplanation.text(person.withFlag(io.leakscope.core.resolve.ReviewFlag.MASTER_CONFLICT), records, List.of(),
                List.of(new io.leakscope.core.resolve.MasterConflict("master group_staff g7", "email")), Set.of(), false);
        assertThat(text).contains("conflict master group_staff g7 shares a key (email) but is linked to another master row",
                "review   conflicts with another master row (master_conflict)");
    }
}
