package io.leakscope.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.leakscope.core.model.Element;
import io.leakscope.core.model.Finding;
import io.leakscope.core.model.FindingType;
import io.leakscope.core.model.InventoryEntry;
import io.leakscope.core.model.PersonRecord;
import io.leakscope.core.resolve.ResolvedPerson;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Persons are written with the foreign keys off: what the keys guarded is checked by the store itself. */
class ReplacePersonsTest {
    @TempDir
    Path caseDir;

    @Test
    void aPersonOfARecordNoLongerInTheCaseIsRefusedAndTheFormerPersonsStay() {
        try (CaseStore store = CaseStore.open(caseDir, Optional.empty())) {
            long id = saveDocument(store, "a.csv");
            store.replacePersons(List.of(person("p-1", id)), List.of());
            assertThatThrownBy(() -> store.replacePersons(List.of(person("p-2", id + 1000)), List.of()))
                    .isInstanceOf(StoreException.class).hasRootCauseMessage("1 person records refer to records no longer in the case (a scan changed it meanwhile)");
            assertThatThrownBy(() -> store.replacePersons(List.of(person("p-2", id)), List.of(id + 1000))).isInstanceOf(StoreException.class);
            assertThat(store.persons()).extracting(ResolvedPerson::personId).containsExactly("p-1");
        }
    }

    @Test
    void aDocumentReadAgainTakesItsRecordsOutOfThePersonsAndTheKeysAreOnAgain() throws Exception {
        try (CaseStore store = CaseStore.open(caseDir, Optional.empty())) {
            long first = saveDocument(store, "a.csv");
            long second = saveDocument(store, "b.csv");
            store.replacePersons(List.of(person("p-1", first), person("p-2", second)), List.of());
            saveDocument(store, "a.csv");
        }
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + caseDir.resolve(CaseStore.FILE_NAME));
             ResultSet rs = c.createStatement().executeQuery("SELECT person_id FROM person_records")) {
            assertThat(rs.next()).isTrue();
            assertThat(rs.getString(1)).isEqualTo("p-2");
            assertThat(rs.next()).as("a.csv's old record went with its document, by the foreign key's cascade").isFalse();
        }
    }

    private static long saveDocument(CaseStore store, String path) {
        store.save(new InventoryEntry(path, null, 10L, "ab", "text/csv", "done", null, 1),
                List.of(new PersonRecord(path, "row 2", PersonRecord.Kind.TABLE_ROW, "",
                        List.of(new Finding(FindingType.PHONE, "+819012345678", null, "R2C2", 0.95, "t")))));
        return store.records().stream().filter(r -> r.record().documentPath().equals(path)).mapToLong(r -> r.id()).max().orElseThrow();
    }

    private static ResolvedPerson person(String id, long recordId) {
        return new ResolvedPerson(id, "customer", "山田 太郎", new TreeSet<>(Set.of(Element.PHONE)), new TreeSet<>(Set.of("a.csv")),
                null, null, List.of(recordId), "default", Set.of());
    }
}
