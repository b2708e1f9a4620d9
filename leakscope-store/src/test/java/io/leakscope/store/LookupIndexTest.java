package io.leakscope.store;

import static org.assertj.core.api.Assertions.assertThat;

import io.leakscope.core.model.Element;
import io.leakscope.core.model.Finding;
import io.leakscope.core.model.FindingType;
import io.leakscope.core.model.InventoryEntry;
import io.leakscope.core.model.PersonRecord;
import io.leakscope.core.resolve.MatchKey;
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

/** A scan writes its findings without the lookup index and builds it when it finishes, or at the next open if it was killed. */
class LookupIndexTest {
    private static final String PHONE = "+819012345678";

    @TempDir
    Path caseDir;

    @Test
    void aFinishedScanLooksValuesUpByIndex() throws Exception {
        try (CaseStore store = CaseStore.open(caseDir, Optional.empty())) {
            long run = store.startRun("c", "/leak", "/case.yaml");
            assertThat(hasLookupIndex()).as("dropped while the scan writes").isFalse();
            fill(store);
            store.finishRun(run, 1);
            assertThat(hasLookupIndex()).isTrue();
            assertThat(store.personsWith(phone())).extracting(ResolvedPerson::personId).containsExactly("p-1");
        }
    }

    @Test
    void aKilledScansCaseGetsItsIndexBackWhenOpened() throws Exception {
        try (CaseStore store = CaseStore.open(caseDir, Optional.empty())) {
            store.startRun("c", "/leak", "/case.yaml");
            fill(store);
        }
        assertThat(hasLookupIndex()).isFalse();
        try (CaseStore store = CaseStore.open(caseDir, Optional.empty())) {
            assertThat(hasLookupIndex()).isTrue();
            assertThat(store.personsWith(phone())).hasSize(1);
        }
    }

    private static String phone() {
        return MatchKey.query(MatchKey.Kind.PHONE, "090-1234-5678").orElseThrow();
    }

    private static void fill(CaseStore store) {
        store.save(new InventoryEntry("名簿.csv", null, 10L, "ab", "text/csv", "done", null, 1),
                List.of(new PersonRecord("名簿.csv", "row 2", PersonRecord.Kind.TABLE_ROW, "",
                        List.of(new Finding(FindingType.PHONE, PHONE, null, "R2C2", 0.95, "t")), "")));
        long id = store.records().get(0).id();
        store.replacePersons(List.of(new ResolvedPerson("p-1", "customer", "山田 太郎", new TreeSet<>(Set.of(Element.PHONE)),
                new TreeSet<>(Set.of("名簿.csv")), null, null, List.of(id), "default", Set.of())), List.of());
    }

    private boolean hasLookupIndex() throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + caseDir.resolve(CaseStore.FILE_NAME));
             ResultSet rs = c.createStatement().executeQuery("SELECT count(*) FROM sqlite_master WHERE type = 'index' AND name = 'findings_match_hash'")) {
            return rs.next() && rs.getInt(1) == 1;
        }
    }
}
