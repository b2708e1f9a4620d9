package io.leakscope.generator;

import static org.assertj.core.api.Assertions.assertThat;

import io.leakscope.core.model.Element;
import io.leakscope.core.model.Finding;
import io.leakscope.core.model.FindingType;
import io.leakscope.core.model.PersonRecord;
import io.leakscope.core.resolve.LeakRecord;
import io.leakscope.core.resolve.MergeLink;
import io.leakscope.core.resolve.ResolvedPerson;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ResolutionEvaluationTest {
    private static final String TRUTH = """
            [{"truth_id": "t1", "findings": [{"document": "a.csv", "type": "person_name", "value": "山田 太郎"},
                                             {"document": "b.csv", "type": "email", "value": "taro@example.com"}]},
             {"truth_id": "t2", "findings": [{"document": "a.csv", "type": "person_name", "value": "佐藤 花子"}]}]
            """;

    private static LeakRecord record(long id, String doc, FindingType type, String value) {
        return new LeakRecord(id, new PersonRecord(doc, "row " + id, PersonRecord.Kind.TABLE_ROW, "",
                List.of(new Finding(type, value, null, "R1", 0.9, "test"))));
    }

    private static ResolvedPerson person(String id, Long... records) {
        return new ResolvedPerson(id, "x", "", new TreeSet<>(Set.of(Element.NAME)), new TreeSet<>(), null, null, List.of(records), "", Set.of());
    }

    @Test
    void countsHiddenVictimsAndExtraLetters(@TempDir Path dir) throws Exception {
        Path truth = Files.writeString(dir.resolve("truth.json"), TRUTH);
        List<LeakRecord> records = List.of(record(1, "a.csv", FindingType.PERSON_NAME, "山田太郎"),
                record(2, "b.csv", FindingType.EMAIL, "taro@example.com"), record(3, "a.csv", FindingType.PERSON_NAME, "佐藤 花子"),
                record(4, "c.csv", FindingType.PERSON_NAME, "誰 か"));
        var right = ResolutionEvaluation.of(truth, List.of(person("p1", 1L, 2L), person("p2", 3L), person("p3", 4L)), records);
        assertThat(right.overMerged()).isZero();
        assertThat(right.overSplit()).isZero();
        var merged = ResolutionEvaluation.of(truth, List.of(person("p1", 1L, 2L, 3L)), records);
        assertThat(merged.overMerged()).isEqualTo(1);
        assertThat(merged.overMergeRate()).isEqualTo(0.5);
        var split = ResolutionEvaluation.of(truth, List.of(person("p1", 1L), person("p2", 2L), person("p3", 3L)), records);
        assertThat(split.overSplit()).isEqualTo(1);
        assertThat(split.split()).singleElement().asString().startsWith("t1");
    }

    private static final String TWO_MASTERS = """
            [{"truth_id": "e1", "master_ref": {"source": "hr", "key": "1"},
              "findings": [{"document": "re.eml", "type": "person_name", "value": "山田 太郎"},
                           {"document": "re.eml", "type": "email", "value": "taro@corp.jp"}]},
             {"truth_id": "g1", "master_ref": {"source": "group", "key": "g7"},
              "findings": [{"document": "re.eml", "type": "email", "value": "ann.lee@group.sg"},
                           {"document": "acc.csv", "type": "email", "value": "ann.lee@group.sg"}]}]
            """;

    private static ResolvedPerson employee(long record) {
        return new ResolvedPerson("p1", "x", "", new TreeSet<>(Set.of(Element.NAME)), new TreeSet<>(), "hr", "1", List.of(record), "", Set.of());
    }

    @Test
    void aRecordCarryingAnotherPersonsIdentifierOrAJoinedMasterRowHidesThatPerson(@TempDir Path dir) throws Exception {
        Path truth = Files.writeString(dir.resolve("truth.json"), TWO_MASTERS);
        LeakRecord glued = new LeakRecord(1, new PersonRecord("re.eml", "block 2", PersonRecord.Kind.TEXT_BLOCK, "", List.of(
                new Finding(FindingType.PERSON_NAME, "山田 太郎", null, "x", 0.9, "test"),
                new Finding(FindingType.EMAIL, "taro@corp.jp", null, "x", 0.9, "test"),
                new Finding(FindingType.EMAIL, "ann.lee@group.sg", null, "x", 0.9, "test"))));
        ResolvedPerson taro = employee(1L);
        var glue = ResolutionEvaluation.of(truth, List.of(taro), List.of(glued));
        assertThat(glue.overMerged()).as("ann's address in taro's record").isEqualTo(1);
        assertThat(glue.merged()).singleElement().asString().contains("e1", "g1");

        LeakRecord ownRow = record(2, "re.eml", FindingType.EMAIL, "taro@corp.jp");
        var linked = ResolutionEvaluation.of(truth, List.of(employee(2L)), List.of(ownRow),
                id -> List.of(MergeLink.of("master hr 1", "record 2", "email"), MergeLink.of("record 2", "master group g7", "name+email")));
        assertThat(linked.overMerged()).as("the group master's row joined into taro").isEqualTo(1);
        var alone = ResolutionEvaluation.of(truth, List.of(employee(2L)), List.of(ownRow),
                id -> List.of(MergeLink.of("master hr 1", "record 2", "email")));
        assertThat(alone.overMerged()).isZero();
    }
}
