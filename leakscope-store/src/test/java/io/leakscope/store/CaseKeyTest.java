package io.leakscope.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.leakscope.core.model.Element;
import io.leakscope.core.model.Finding;
import io.leakscope.core.model.FindingType;
import io.leakscope.core.docclass.ConfidentialFlag;
import io.leakscope.core.docclass.DocumentClass;
import io.leakscope.core.docclass.DocumentClassification;
import io.leakscope.core.docclass.FlagKind;
import io.leakscope.core.model.InventoryEntry;
import io.leakscope.core.model.PersonRecord;
import io.leakscope.core.resolve.ResolvedPerson;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CaseKeyTest {
    @TempDir
    Path dir;

    private static final String PHONE = "+819012345678";
    private static final String NAME = "山田 太郎";
    private static final String EVIDENCE = "未公表の業績予想修正";

    private void fill(CaseStore store) {
        store.save(new InventoryEntry("名簿.csv", null, 10L, "ab", "text/csv", "done", null, 2, false,
                        new DocumentClassification(DocumentClass.HR, "file name \"名簿\" +3.0",
                                List.of(new ConfidentialFlag(FlagKind.INSIDER_CANDIDATE, EVIDENCE, 4)))),
                List.of(new PersonRecord("名簿.csv", "row 2", PersonRecord.Kind.TABLE_ROW, "",
                        List.of(new Finding(FindingType.PERSON_NAME, NAME, null, "R2C1", 0.95, "t"),
                                new Finding(FindingType.PHONE, PHONE, null, "R2C2", 0.95, "t")))));
        long id = store.records().get(0).id();
        store.replacePersons(List.of(new ResolvedPerson("p-1", "customer", NAME, new TreeSet<>(Set.of(Element.NAME, Element.PHONE)),
                new TreeSet<>(Set.of("名簿.csv")), null, null, List.of(id), "default", Set.of())), List.of());
    }

    private byte[] rawStore(Path caseDir) throws Exception {
        byte[] db = Files.readAllBytes(caseDir.resolve(CaseStore.FILE_NAME));
        Path wal = caseDir.resolve(CaseStore.FILE_NAME + "-wal");
        byte[] w = Files.exists(wal) ? Files.readAllBytes(wal) : new byte[0];
        byte[] all = new byte[db.length + w.length];
        System.arraycopy(db, 0, all, 0, db.length);
        System.arraycopy(w, 0, all, db.length, w.length);
        return all;
    }

    private static boolean contains(byte[] haystack, String needle) {
        return new String(haystack, StandardCharsets.ISO_8859_1).contains(new String(needle.getBytes(StandardCharsets.UTF_8), StandardCharsets.ISO_8859_1));
    }

    @Test
    void valuesAreEncryptedAtRestAndReadBackWithTheKey() throws Exception {
        Path caseDir = Files.createDirectories(dir.resolve("enc"));
        try (CaseStore store = CaseStore.open(caseDir, Optional.of(CaseKey.of("correct horse battery staple")))) {
            assertThat(store.encrypted()).isTrue();
            fill(store);
        }
        byte[] raw = rawStore(caseDir);
        assertThat(contains(raw, PHONE)).as("phone in the file").isFalse();
        assertThat(contains(raw, NAME)).as("name in the file").isFalse();
        assertThat(contains(raw, EVIDENCE)).as("flag evidence in the file").isFalse();
        try (CaseStore store = CaseStore.open(caseDir, Optional.of(CaseKey.of("correct horse battery staple")))) {
            assertThat(store.inventory()).singleElement().satisfies(e -> {
                assertThat(e.classification().documentClass()).isEqualTo(DocumentClass.HR);
                assertThat(e.classification().explanation()).isEqualTo("file name \"名簿\" +3.0");
                assertThat(e.classification().flags()).containsExactly(new ConfidentialFlag(FlagKind.INSIDER_CANDIDATE, EVIDENCE, 4));
            });
            assertThat(store.records().get(0).record().values(FindingType.PHONE)).containsExactly(PHONE);
            assertThat(store.persons().get(0).displayName()).isEqualTo(NAME);
        }
        assertThatThrownBy(() -> CaseStore.open(caseDir, Optional.empty())).hasMessageContaining("is encrypted: set LEAKSCOPE_KEY");
        assertThatThrownBy(() -> CaseStore.open(caseDir, Optional.of(CaseKey.of("wrong")))).hasMessageContaining("wrong case key");
    }

    @Test
    void aClearCaseStaysClearAndRefusesAKeyLater() throws Exception {
        Path caseDir = Files.createDirectories(dir.resolve("clear"));
        try (CaseStore store = CaseStore.open(caseDir, Optional.empty())) {
            assertThat(store.encrypted()).isFalse();
            fill(store);
        }
        assertThat(contains(rawStore(caseDir), PHONE)).isTrue();
        assertThatThrownBy(() -> CaseStore.open(caseDir, Optional.of(CaseKey.of("late")))).hasMessageContaining("created without a key");
    }

    @Test
    void rekeyingReplacesTheKeyAndLeavesNoOldCiphertextOrClearValueInTheFile() throws Exception {
        Path caseDir = Files.createDirectories(dir.resolve("rekey"));
        Optional<CaseKey> first = Optional.of(CaseKey.of("first passphrase"));
        Optional<CaseKey> second = Optional.of(CaseKey.of("second passphrase"));
        try (CaseStore store = CaseStore.open(caseDir, first)) {
            fill(store);
        }
        String oldCipher;
        try (java.sql.Connection c = java.sql.DriverManager.getConnection("jdbc:sqlite:" + caseDir.resolve(CaseStore.FILE_NAME));
             java.sql.ResultSet rs = c.createStatement().executeQuery("SELECT value FROM findings LIMIT 1")) {
            oldCipher = rs.getString(1);
        }
        CaseStore.rekey(caseDir, first, second);
        assertThatThrownBy(() -> CaseStore.open(caseDir, first)).hasMessageContaining("wrong case key");
        try (CaseStore store = CaseStore.open(caseDir, second)) {
            assertThat(store.persons()).extracting(ResolvedPerson::displayName).containsExactly(NAME);
            assertThat(store.records().get(0).record().values(FindingType.PHONE)).containsExactly(PHONE);
            assertThat(store.inventory().get(0).classification().flags()).extracting(ConfidentialFlag::evidence).containsExactly(EVIDENCE);
        }
        byte[] raw = rawStore(caseDir);
        assertThat(contains(raw, oldCipher.substring(5, 30))).as("the old ciphertext is gone from the file").isFalse();
        assertThat(contains(raw, PHONE)).isFalse();
    }

    @Test
    void aCaseInClearCanBeEncryptedAndAnEncryptedOneDecrypted() throws Exception {
        Path caseDir = Files.createDirectories(dir.resolve("clear"));
        try (CaseStore store = CaseStore.open(caseDir, Optional.empty())) {
            fill(store);
            for (int i = 0; i < 300; i++) { // enough pages that values move when they grow into ciphertext
                store.save(new InventoryEntry("list-" + i + ".csv", null, 10L, "cd" + i, "text/csv", "done", null, 10),
                        java.util.stream.IntStream.range(0, 10).mapToObj(j -> new PersonRecord("list.csv", "row " + j, PersonRecord.Kind.TABLE_ROW, "",
                                List.of(new Finding(FindingType.EMAIL, "member" + j + "@example.org", null, "R" + j, 0.95, "t")))).toList());
            }
        }
        assertThat(contains(rawStore(caseDir), "member7@example.org")).isTrue();
        assertThat(contains(rawStore(caseDir), PHONE)).isTrue();
        Optional<CaseKey> key = Optional.of(CaseKey.of("late passphrase"));
        CaseStore.rekey(caseDir, Optional.empty(), key);
        assertThat(contains(rawStore(caseDir), PHONE)).as("no clear value left in free pages or the WAL").isFalse();
        assertThat(contains(rawStore(caseDir), "member7@example.org")).isFalse();
        assertThat(contains(rawStore(caseDir), NAME)).isFalse();
        assertThatThrownBy(() -> CaseStore.rekey(caseDir, Optional.empty(), key)).hasMessageContaining("encrypted");
        CaseStore.rekey(caseDir, key, Optional.empty());
        try (CaseStore store = CaseStore.open(caseDir, Optional.empty())) {
            assertThat(store.encrypted()).isFalse();
            assertThat(store.records().stream().flatMap(r -> r.record().values(FindingType.PHONE).stream())).containsExactly(PHONE);
        }
    }

    @Test
    void aValueIsLookedUpByKeyedHashInAnEncryptedCaseAndAfterARekey() throws Exception {
        Path caseDir = Files.createDirectories(dir.resolve("lookup"));
        Optional<CaseKey> key = Optional.of(CaseKey.of("lookup passphrase"));
        String phone = io.leakscope.core.resolve.MatchKey.query(io.leakscope.core.resolve.MatchKey.Kind.PHONE, "090-1234-5678").orElseThrow();
        try (CaseStore store = CaseStore.open(caseDir, key)) {
            fill(store);
            assertThat(store.personsWith(phone)).extracting(ResolvedPerson::personId).containsExactly("p-1");
            assertThat(store.personsWith(io.leakscope.core.resolve.MatchKey.query(io.leakscope.core.resolve.MatchKey.Kind.NAME, "山田　太郎")
                    .orElseThrow())).hasSize(1);
            assertThat(store.personsWith(io.leakscope.core.resolve.MatchKey.query(io.leakscope.core.resolve.MatchKey.Kind.EMAIL, "x@example.org")
                    .orElseThrow())).isEmpty();
        }
        String unkeyed = java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256")
                .digest(phone.getBytes(StandardCharsets.UTF_8)));
        assertThat(contains(rawStore(caseDir), unkeyed)).as("the hash is keyed: a guess cannot be checked without the key").isFalse();
        Optional<CaseKey> next = Optional.of(CaseKey.of("next passphrase"));
        CaseStore.rekey(caseDir, key, next);
        try (CaseStore store = CaseStore.open(caseDir, next)) {
            assertThat(store.personsWith(phone)).hasSize(1);
        }
    }

    /** Before, a reviewer's note ("電話 090-… で本人確認") was kept in clear in an encrypted case. */
    @Test
    void aReviewersNoteIsSealedLikeTheValuesAndSurvivesARekey() throws Exception {
        Path caseDir = Files.createDirectories(dir.resolve("notes"));
        String note = "山田 太郎 本人に 090-1234-5678 で確認済み";
        Optional<CaseKey> first = Optional.of(CaseKey.of("first passphrase"));
        Optional<CaseKey> second = Optional.of(CaseKey.of("second passphrase"));
        try (CaseStore store = CaseStore.open(caseDir, first)) {
            fill(store);
            store.addDecision(new io.leakscope.core.resolve.ReviewDecision.Recategorise(
                    new io.leakscope.core.resolve.ReviewDecision.RecordRef("名簿.csv", "row 2"), "domestic_employee", note));
        }
        assertThat(contains(rawStore(caseDir), "090-1234-5678")).isFalse();
        CaseStore.rekey(caseDir, first, second);
        try (CaseStore store = CaseStore.open(caseDir, second)) {
            assertThat(store.decisions()).singleElement().satisfies(d -> assertThat(d.decision().note()).isEqualTo(note));
        }
        assertThat(contains(rawStore(caseDir), "090-1234-5678")).isFalse();
    }

    /**
     * Before, an encrypted case kept in clear what names files and places in them: the path
     * ({@code 高橋美咲_履歴書.xlsx}), the sheet in a record's locator, a heading, the leak's folder.
     */
    @Test
    void pathsLocatorsAndHeadingsAreSealedAndStillFoundAfterARekey() throws Exception {
        Path caseDir = Files.createDirectories(dir.resolve("paths"));
        String who = "高橋美咲";
        String path = "人事/" + who + "_履歴書.xlsx";
        Optional<CaseKey> first = Optional.of(CaseKey.of("first passphrase"));
        Optional<CaseKey> second = Optional.of(CaseKey.of("second passphrase"));
        try (CaseStore store = CaseStore.open(caseDir, first)) {
            store.startRun("c", "/mnt/" + who + "のPC", "/cases/" + who + ".yaml");
            writeResume(store, path, who);
            store.addDecision(new io.leakscope.core.resolve.ReviewDecision.Recategorise(
                    new io.leakscope.core.resolve.ReviewDecision.RecordRef(path, who + "!row 2"), "domestic_employee", "確認済み"));
        }
        assertThat(contains(rawStore(caseDir), who)).as("a name of a file, sheet, heading or folder in the file").isFalse();
        assertResumeReadBack(caseDir, first, path, who);
        CaseStore.rekey(caseDir, first, second);
        assertThat(contains(rawStore(caseDir), who)).isFalse();
        assertResumeReadBack(caseDir, second, path, who);
    }

    /** A case encrypted before paths were sealed holds them in clear: opened with its key, they are sealed. */
    @Test
    void pathsLeftInClearByAnEarlierVersionAreSealedWhenTheCaseIsOpened() throws Exception {
        Path caseDir = Files.createDirectories(dir.resolve("earlier"));
        String who = "高橋美咲";
        String path = who + "_履歴書.xlsx";
        Optional<CaseKey> key = Optional.of(CaseKey.of("passphrase"));
        try (CaseStore store = CaseStore.open(caseDir, key)) {
            writeResume(store, path, who);
        }
        try (java.sql.Connection c = java.sql.DriverManager.getConnection("jdbc:sqlite:" + caseDir.resolve(CaseStore.FILE_NAME));
             java.sql.Statement st = c.createStatement()) {
            st.executeUpdate("UPDATE documents SET path = '" + path + "'");
            st.executeUpdate("UPDATE records SET locator = '" + who + "!row 2'");
        }
        assertThat(contains(rawStore(caseDir), who)).isTrue();
        assertResumeReadBack(caseDir, key, path, who);
        assertThat(contains(rawStore(caseDir), who)).as("sealed, and no clear copy left in free pages or the WAL").isFalse();
    }

    private static void writeResume(CaseStore store, String path, String who) {
        store.save(new InventoryEntry(path, null, 10L, "ab", "application/vnd.ms-excel", "done", null, 1, false,
                        new DocumentClassification(DocumentClass.HR, "file name \"" + who + "_履歴書\" +3.0", List.of())),
                List.of(new PersonRecord(path, who + "!row 2", PersonRecord.Kind.TABLE_ROW, who + " 評価",
                        List.of(new Finding(FindingType.PHONE, PHONE, null, "R2C2", 0.95, "t")))));
        long id = store.records().get(0).id();
        store.replacePersons(List.of(new ResolvedPerson("p-1", "domestic_employee", "社員", new TreeSet<>(Set.of(Element.PHONE)),
                new TreeSet<>(Set.of(path)), null, null, List.of(id), "default", Set.of())), List.of());
    }

    private static void assertResumeReadBack(Path caseDir, Optional<CaseKey> key, String path, String who) {
        try (CaseStore store = CaseStore.open(caseDir, key)) {
            assertThat(store.state(path)).as("looked up by its path").isPresent();
            assertThat(store.inventory()).singleElement().satisfies(e -> {
                assertThat(e.path()).isEqualTo(path);
                assertThat(e.classification().explanation()).contains(who);
            });
            assertThat(store.records()).singleElement().satisfies(r -> {
                assertThat(r.record().documentPath()).isEqualTo(path);
                assertThat(r.record().locator()).isEqualTo(who + "!row 2");
            });
            java.util.List<io.leakscope.core.resolve.LeakRecord> streamed = new java.util.ArrayList<>();
            store.forEachRecord(streamed::add);
            assertThat(streamed).singleElement().satisfies(r -> assertThat(r.record().documentPath()).isEqualTo(path));
            assertThat(store.persons().get(0).documents()).containsExactly(path);
        }
    }

    /** The values of a document tied to no person are leaked data like the rest: sealed, counted, kept through a rekey. */
    @Test
    void valuesTiedToNoPersonAreSealedCountedAndSurviveARekey() throws Exception {
        Path caseDir = Files.createDirectories(dir.resolve("unattributed"));
        String card = "4111111111111111";
        Optional<CaseKey> first = Optional.of(CaseKey.of("first passphrase"));
        Optional<CaseKey> second = Optional.of(CaseKey.of("second passphrase"));
        try (CaseStore store = CaseStore.open(caseDir, first)) {
            store.save(new InventoryEntry("経理/エラー.txt", null, 10L, "ab", "text/plain", "done", null, 0), List.of(),
                    List.of(new Finding(FindingType.CREDIT_CARD, card, new io.leakscope.core.model.Span(10, 29), null, 0.9, "global.payment_card")));
        }
        assertThat(contains(rawStore(caseDir), card)).isFalse();
        CaseStore.rekey(caseDir, first, second);
        try (CaseStore store = CaseStore.open(caseDir, second)) {
            assertThat(store.unattributedCounts()).containsExactly(java.util.Map.entry("経理/エラー.txt", java.util.Map.of(Element.CREDIT_CARD, 1)));
            assertThat(store.unattributedFindings().get("経理/エラー.txt")).singleElement().satisfies(f -> assertThat(f.value()).isEqualTo(card));
            store.save(new InventoryEntry("経理/エラー.txt", null, 10L, "cd", "text/plain", "done", null, 0), List.of());
            assertThat(store.unattributedCounts()).as("a document saved again replaces its values").isEmpty();
        }
        assertThat(contains(rawStore(caseDir), card)).isFalse();
    }
}
