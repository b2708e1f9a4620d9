package io.leakscope.store;

import io.leakscope.core.analyze.DocumentAnalyzer;
import io.leakscope.core.docclass.ConfidentialFlag;
import io.leakscope.core.docclass.DocumentClass;
import io.leakscope.core.docclass.DocumentClassification;
import io.leakscope.core.docclass.FlagKind;
import io.leakscope.core.model.Element;
import io.leakscope.core.model.Finding;
import io.leakscope.core.model.FindingType;
import io.leakscope.core.model.InventoryEntry;
import io.leakscope.core.model.PersonRecord;
import io.leakscope.core.model.Span;
import io.leakscope.core.obligations.Timeline;
import io.leakscope.core.resolve.LeakRecord;
import io.leakscope.core.resolve.MatchKey;
import io.leakscope.core.resolve.MasterConflict;
import io.leakscope.core.resolve.MergeLink;
import io.leakscope.core.resolve.ReviewFlag;
import io.leakscope.core.resolve.ResolvedPerson;
import io.leakscope.core.resolve.ReviewDecision;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.flywaydb.core.Flyway;

/**
 * The case store: one SQLite file per case, schema managed by Flyway migrations
 * ({@code db/migration}). Every document is written with its records in one transaction, so a run
 * killed at any moment leaves either all of a document or none of it.
 */
public final class CaseStore implements AutoCloseable {
    public static final String FILE_NAME = "case.db";

    private final Connection conn;
    private final CaseKey.Sealer sealer; // null: values in clear
    private final Path caseDir;
    private AuditChain auditChain; // made on first use: its key file too

    private CaseStore(Connection conn, CaseKey.Sealer sealer, Path caseDir) {
        this.conn = conn;
        this.sealer = sealer;
        this.caseDir = caseDir;
    }

    /**
     * The keyed hash of a finding's lookup form (plain SHA-256 in a case kept in clear); empty for
     * types not looked up (null is left for "not computed yet").
     */
    private static String matchHash(CaseKey.Sealer sealer, FindingType type, String value) {
        return MatchKey.of(type, value).map(k -> hashOf(sealer, k)).orElse("");
    }

    private static String hashOf(CaseKey.Sealer sealer, String lookupForm) {
        if (sealer != null) {
            return sealer.matchHash(lookupForm);
        }
        try {
            return java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256")
                    .digest(lookupForm.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new StoreException("SHA-256 is missing from this Java runtime", e);
        }
    }

    /** The persons with a finding whose lookup form ({@link MatchKey}) is this one. */
    public synchronized List<ResolvedPerson> personsWith(String lookupForm) {
        List<String> ids = new ArrayList<>();
        String q = "SELECT DISTINCT pr.person_id FROM findings f JOIN person_records pr ON pr.record_id = f.record_id WHERE f.match_hash = ?";
        try (PreparedStatement ps = conn.prepareStatement(q)) {
            ps.setString(1, hashOf(sealer, lookupForm));
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    ids.add(rs.getString(1));
                }
            }
        } catch (SQLException e) {
            throw new StoreException("cannot look the value up", e);
        }
        List<ResolvedPerson> out = new ArrayList<>();
        ids.stream().sorted().forEach(id -> person(id).ifPresent(out::add));
        return out;
    }

    /**
     * Computes the lookup hashes a case created before they existed lacks, or, after a key change,
     * all of them with the new key ({@code with}, which also opens the stored values).
     */
    private void fillMatchHashes(CaseKey.Sealer with, boolean all) throws SQLException {
        String select = "SELECT id, type, value FROM findings WHERE id > ?" + (all ? "" : " AND match_hash IS NULL") + " ORDER BY id LIMIT 10000";
        long last = Long.MIN_VALUE;
        while (true) {
            List<Object[]> page = new ArrayList<>();
            try (PreparedStatement ps = conn.prepareStatement(select)) {
                ps.setLong(1, last);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        page.add(new Object[] {rs.getLong(1), rs.getString(2), rs.getString(3)});
                    }
                }
            }
            if (page.isEmpty()) {
                return;
            }
            try (PreparedStatement ps = conn.prepareStatement("UPDATE findings SET match_hash = ? WHERE id = ?")) {
                for (Object[] row : page) {
                    String value = with == null ? (String) row[2] : with.open((String) row[2]);
                    ps.setString(1, matchHash(with, FindingType.valueOf((String) row[1]), value));
                    ps.setLong(2, (Long) row[0]);
                    ps.addBatch();
                }
                ps.executeBatch();
            }
            last = (Long) page.get(page.size() - 1)[0];
        }
    }

    private String seal(String value) {
        return sealer == null ? value : sealer.seal(value);
    }

    /** A path sealed so that it seals the same every time: looked up, and kept unique, by its sealed form. */
    private String findable(String path) {
        return sealer == null ? path : sealer.sealFindable(path);
    }

    private String unseal(String stored) {
        if (sealer == null && stored != null && stored.startsWith("enc1:")) {
            throw new StoreException("an encrypted value without the case key");
        }
        return sealer == null ? stored : sealer.open(stored);
    }

    /** Opens (creating and migrating if needed) the store of a case directory. */
    /** Opens the case with the key the environment gives (LEAKSCOPE_KEY or LEAKSCOPE_KEY_FILE), if any. */
    public static CaseStore open(Path caseDir) {
        return open(caseDir, CaseKey.fromEnvironment());
    }

    /**
     * Opens (creating and migrating if needed) the store of a case directory. A new case opened with
     * a key stores its leaked values encrypted; an encrypted case cannot be opened without its key.
     */
    public static CaseStore open(Path caseDir, java.util.Optional<CaseKey> key) {
        // made before SQLite makes it: its journal and WAL files take the database file's permissions
        PrivateFiles.folder(caseDir);
        PrivateFiles.emptyFile(caseDir.resolve(FILE_NAME));
        for (String f : new String[] {FILE_NAME, FILE_NAME + "-wal", FILE_NAME + "-shm"}) {
            PrivateFiles.restrict(caseDir.resolve(f));
        }
        String url = "jdbc:sqlite:" + caseDir.resolve(FILE_NAME).toAbsolutePath();
        Flyway.configure().dataSource(url, null, null).locations("classpath:db/migration").load().migrate();
        try {
            Connection c = DriverManager.getConnection(url);
            try (Statement s = c.createStatement()) {
                s.execute("PRAGMA foreign_keys = ON");
                s.execute("PRAGMA journal_mode = WAL");
                s.execute("PRAGMA synchronous = NORMAL");
            }
            CaseStore store = new CaseStore(c, sealer(c, key, caseDir), caseDir);
            store.createLookupIndex();
            store.fillMatchHashes(store.sealer, false);
            if (store.sealer != null) {
                store.sealPathsLeftInClear();
            }
            return store;
        } catch (SQLException e) {
            throw new StoreException("cannot open the case store in " + caseDir, e);
        }
    }

    private static CaseKey.Sealer sealer(Connection c, java.util.Optional<CaseKey> key, Path caseDir) throws SQLException {
        try (Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT iterations, salt, check_value FROM case_key WHERE id = 1")) {
            if (rs.next()) {
                if (key.isEmpty()) {
                    c.close();
                    throw new KeyRefusedException("the case in " + caseDir + " is encrypted: set LEAKSCOPE_KEY or LEAKSCOPE_KEY_FILE");
                }
                CaseKey.Sealer sealer = key.get().sealer(rs.getBytes(2), rs.getInt(1));
                if (!java.security.MessageDigest.isEqual(sealer.checkValue(), rs.getBytes(3))) {
                    c.close();
                    throw new KeyRefusedException("wrong case key for " + caseDir);
                }
                return sealer;
            }
        }
        if (key.isEmpty()) {
            return null;
        }
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT count(*) FROM documents")) {
            rs.next();
            if (rs.getLong(1) > 0) {
                c.close();
                throw new StoreException("the case in " + caseDir + " was created without a key and holds values in clear; "
                        + "unset LEAKSCOPE_KEY / LEAKSCOPE_KEY_FILE to open it");
            }
        }
        byte[] salt = CaseKey.newSalt();
        CaseKey.Sealer sealer = key.get().sealer(salt, CaseKey.ITERATIONS);
        insertCaseKey(c, salt, sealer);
        return sealer;
    }

    private static void insertCaseKey(Connection c, byte[] salt, CaseKey.Sealer sealer) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO case_key(id, kdf, iterations, salt, check_value) VALUES (1,?,?,?,?)")) {
            ps.setString(1, "PBKDF2WithHmacSHA256");
            ps.setInt(2, CaseKey.ITERATIONS);
            ps.setBytes(3, salt);
            ps.setBytes(4, sealer.checkValue());
            ps.executeUpdate();
        }
    }

    /**
     * Changes the key of a case: opens it with the current key (none for a case in clear), stores
     * every leaked value again under the new key (none: in clear), then rewrites the database file
     * (VACUUM) so that no page still holds a value as it was. One transaction: interrupted, the case
     * keeps its old key.
     */
    public static void rekey(Path caseDir, java.util.Optional<CaseKey> current, java.util.Optional<CaseKey> next) {
        if (!Files.exists(caseDir.resolve(FILE_NAME))) {
            throw new StoreException("no case in " + caseDir);
        }
        try (CaseStore store = open(caseDir, current)) {
            if (current.isEmpty() && store.encrypted()) {
                throw new StoreException("the case in " + caseDir + " is encrypted: its current key is needed");
            }
            store.reseal(next);
        }
    }

    private synchronized void reseal(java.util.Optional<CaseKey> next) {
        byte[] salt = CaseKey.newSalt();
        CaseKey.Sealer to = next.map(k -> k.sealer(salt, CaseKey.ITERATIONS)).orElse(null);
        try {
            conn.setAutoCommit(false);
            resealColumn("findings", "id", "value", to, false);
            resealColumn("document_findings", "id", "value", to, false);
            resealColumn("persons", "person_id", "display_name", to, false);
            resealColumn("document_flags", "id", "evidence", to, false);
            resealColumn("records", "id", "relative_of", to, false);
            resealColumn("review_decisions", "id", "note", to, false);
            resealPathsAndLocators(to);
            fillMatchHashes(to, true);
            try (Statement st = conn.createStatement()) {
                st.executeUpdate("DELETE FROM case_key");
            }
            if (to != null) {
                insertCaseKey(conn, salt, to);
            }
            conn.commit();
        } catch (SQLException e) {
            rollback();
            throw new StoreException("cannot change the case key; the case keeps its old key", e);
        } finally {
            autoCommit();
        }
        try {
            rewriteFile();
        } catch (SQLException e) {
            throw new StoreException("the key was changed but the database could not be rewritten (VACUUM): run the command again", e);
        }
    }

    /** Rewrites the database file, so that no replaced value survives in its free pages or the WAL. */
    private void rewriteFile() throws SQLException {
        try (Statement st = conn.createStatement()) {
            st.execute("PRAGMA wal_checkpoint(TRUNCATE)");
            st.execute("VACUUM");
            st.execute("PRAGMA wal_checkpoint(TRUNCATE)");
        }
    }

    /**
     * The columns that name files and places in them — a file name is often a person's name
     * ({@code 高橋美咲_履歴書.txt}), a sheet's too: sealed in an encrypted case like the values; the
     * paths the store looks up, findable ({@link CaseKey.Sealer#sealFindable}).
     */
    private void resealPathsAndLocators(CaseKey.Sealer to) throws SQLException {
        resealColumn("documents", "id", "path", to, true);
        resealColumn("documents", "id", "parent", to, true);
        resealColumn("documents", "id", "class_signals", to, false);
        resealColumn("person_documents", "rowid", "path", to, true);
        resealColumn("records", "id", "locator", to, false);
        resealColumn("records", "id", "context", to, false);
        resealColumn("review_records", "rowid", "path", to, false);
        resealColumn("review_records", "rowid", "locator", to, false);
        resealColumn("scan_runs", "id", "leak_root", to, false);
        resealColumn("scan_runs", "id", "config_path", to, false);
    }

    /**
     * An encrypted case written before paths and locators were sealed (or resumed from such a scan)
     * has some in clear: sealed when it is opened with its key.
     */
    private void sealPathsLeftInClear() throws SQLException {
        String clear = "SELECT 1 FROM documents WHERE substr(path, 1, 5) <> 'enc1:' UNION ALL "
                + "SELECT 1 FROM scan_runs WHERE substr(leak_root, 1, 5) <> 'enc1:' UNION ALL "
                + "SELECT 1 FROM review_records WHERE substr(path, 1, 5) <> 'enc1:' LIMIT 1";
        try (Statement st = conn.createStatement(); ResultSet rs = st.executeQuery(clear)) {
            if (!rs.next()) {
                return;
            }
        }
        try {
            conn.setAutoCommit(false);
            resealPathsAndLocators(sealer);
            conn.commit();
        } catch (SQLException e) {
            rollback();
            throw e;
        } finally {
            autoCommit();
        }
        rewriteFile();
    }

    /**
     * Rewrites one column page by page, so that a case of millions of findings needs no more memory than a page.
     *
     * @param findable whether the column is looked up by its sealed value ({@link #findable})
     */
    private void resealColumn(String table, String key, String column, CaseKey.Sealer to, boolean findable) throws SQLException {
        String select = "SELECT " + key + ", " + column + " FROM " + table + " WHERE " + key + " > ? ORDER BY " + key + " LIMIT 10000";
        String update = "UPDATE " + table + " SET " + column + " = ? WHERE " + key + " = ?";
        Object last = table.equals("persons") ? "" : (Object) Long.MIN_VALUE;
        while (true) {
            List<Object[]> page = new ArrayList<>();
            try (PreparedStatement ps = conn.prepareStatement(select)) {
                ps.setObject(1, last);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        page.add(new Object[] {rs.getObject(1), rs.getString(2)});
                    }
                }
            }
            if (page.isEmpty()) {
                return;
            }
            try (PreparedStatement ps = conn.prepareStatement(update)) {
                for (Object[] row : page) {
                    String clear = unseal((String) row[1]);
                    ps.setString(1, to == null ? clear : findable ? to.sealFindable(clear) : to.seal(clear));
                    ps.setObject(2, row[0]);
                    ps.addBatch();
                }
                ps.executeBatch();
            }
            last = page.get(page.size() - 1)[0];
        }
    }

    /** Whether leaked values are stored encrypted in this case. */
    public boolean encrypted() {
        return sealer != null;
    }

    /** The stored status and digest of a document, if it was accounted for already. */
    /** @param analysis the version of the analysis that read the document ({@code DocumentAnalyzer.VERSION}) */
    public record DocumentState(String status, String sha256, int analysis) {
    }

    public synchronized Optional<DocumentState> state(String path) {
        try (PreparedStatement ps = conn.prepareStatement("SELECT status, sha256, analysis FROM documents WHERE path = ?")) {
            ps.setString(1, findable(path));
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(new DocumentState(rs.getString(1), rs.getString(2), rs.getInt(3))) : Optional.empty();
            }
        } catch (SQLException e) {
            throw new StoreException("cannot read the inventory", e);
        }
    }

    /**
     * Replaces a document's inventory entry and records, atomically. The values are sealed and their
     * match hashes computed by the calling thread; only the writing holds the store (SQLite takes one
     * writer at a time), with statements prepared once for the connection.
     */
    public void save(InventoryEntry entry, List<PersonRecord> records) {
        save(entry, records, List.of());
    }

    /**
     * As {@link #save(InventoryEntry, List)}, with the document's own values: those that leak alone
     * and belong to no person (unattributed).
     */
    public void save(InventoryEntry entry, List<PersonRecord> records, List<Finding> unattributed) {
        List<SealedRecord> sealed = new ArrayList<>(records.size());
        for (PersonRecord r : records) {
            sealed.add(sealed(r));
        }
        DocumentClassification c = entry.classification();
        List<String> evidence = c == null ? List.of() : c.flags().stream().map(f -> seal(f.evidence())).toList();
        List<String> unattributedValues = unattributed.stream().map(f -> seal(f.value())).toList();
        write(entry, findable(entry.path()), findable(entry.parent()), sealed, evidence, unattributed, unattributedValues);
    }

    /** A record as stored: its relative's employee number and each finding's value sealed, each finding's match hash. */
    private record SealedRecord(PersonRecord record, String locator, String context, String relativeOf, String[] values, String[] hashes) {
    }

    private SealedRecord sealed(PersonRecord r) {
        List<Finding> fs = r.findings();
        String[] values = new String[fs.size()];
        String[] hashes = new String[fs.size()];
        for (int i = 0; i < fs.size(); i++) {
            values[i] = seal(fs.get(i).value());
            hashes[i] = matchHash(sealer, fs.get(i).type(), fs.get(i).value());
        }
        return new SealedRecord(r, seal(r.locator()), seal(r.context()), r.relativeOf().isEmpty() ? "" : seal(r.relativeOf()), values, hashes);
    }

    private synchronized void write(InventoryEntry entry, String path, String parent, List<SealedRecord> records, List<String> evidence,
                                    List<Finding> unattributed, List<String> unattributedValues) {
        try {
            conn.setAutoCommit(false);
            PreparedStatement del = statement("DELETE FROM documents WHERE path = ?", false);
            del.setString(1, path);
            del.executeUpdate();
            long docId = insertDocument(entry, path, parent, evidence);
            for (SealedRecord r : records) {
                insertRecord(docId, r);
            }
            insertDocumentFindings(docId, unattributed, unattributedValues);
            conn.commit();
        } catch (SQLException e) {
            rollback();
            throw new StoreException("cannot save the document entry", e);
        } finally {
            autoCommit();
        }
    }

    /** Statements the scan runs for every document, prepared once for the connection. */
    private final Map<String, PreparedStatement> prepared = new HashMap<>();

    private PreparedStatement statement(String sql, boolean keys) throws SQLException {
        PreparedStatement ps = prepared.get(sql);
        if (ps == null) {
            ps = keys ? conn.prepareStatement(sql, Statement.RETURN_GENERATED_KEYS) : conn.prepareStatement(sql);
            prepared.put(sql, ps);
        }
        return ps;
    }

    /** @param path and parent as stored: sealed findable in an encrypted case */
    private long insertDocument(InventoryEntry e, String path, String parent, List<String> evidence) throws SQLException {
        PreparedStatement ps = statement(
                "INSERT INTO documents(path, parent, size, sha256, media_type, status, reason, findings, scanned_at, ocr, doc_class, class_signals, "
                        + "analysis) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?)", true);
        ps.setString(1, path);
        ps.setString(2, parent);
        if (e.size() == null) {
            ps.setNull(3, Types.INTEGER);
        } else {
            ps.setLong(3, e.size());
        }
        ps.setString(4, e.sha256());
        ps.setString(5, e.mediaType());
        ps.setString(6, e.status());
        ps.setString(7, e.reason());
        ps.setInt(8, e.findings());
        ps.setString(9, Instant.now().toString());
        ps.setInt(10, e.ocr() ? 1 : 0);
        DocumentClassification c = e.classification();
        ps.setString(11, c == null ? null : c.documentClass().id());
        ps.setString(12, c == null ? null : seal(c.explanation())); // its signals quote the file's name
        ps.setInt(13, DocumentAnalyzer.VERSION);
        ps.executeUpdate();
        long id = generatedKey(ps);
        if (c != null) {
            insertFlags(id, c.flags(), evidence);
        }
        return id;
    }

    private void insertFlags(long docId, List<ConfidentialFlag> flags, List<String> evidence) throws SQLException {
        if (flags.isEmpty()) {
            return;
        }
        PreparedStatement ps = statement("INSERT INTO document_flags(document_id, kind, evidence, line) VALUES (?,?,?,?)", false);
        for (int i = 0; i < flags.size(); i++) {
            ps.setLong(1, docId);
            ps.setString(2, flags.get(i).kind().id());
            ps.setString(3, evidence.get(i));
            ps.setInt(4, flags.get(i).line());
            ps.addBatch();
        }
        ps.executeBatch();
    }

    private void insertDocumentFindings(long docId, List<Finding> findings, List<String> values) throws SQLException {
        if (findings.isEmpty()) {
            return;
        }
        PreparedStatement ps = statement("INSERT INTO document_findings(document_id, type, element, value, span_start, span_end, location, score, "
                + "recognizer) VALUES (?,?,?,?,?,?,?,?,?)", false);
        for (int i = 0; i < findings.size(); i++) {
            bindFinding(ps, docId, findings.get(i), values.get(i));
            ps.addBatch();
        }
        ps.executeBatch();
    }

    /** Parameters 1–9 of a finding's row, as both findings tables hold it: owner, type, element, sealed value, span, location, score, recognizer. */
    private static void bindFinding(PreparedStatement ps, long ownerId, Finding f, String sealedValue) throws SQLException {
        ps.setLong(1, ownerId);
        ps.setString(2, f.type().name());
        ps.setString(3, f.element().id());
        ps.setString(4, sealedValue);
        if (f.span() == null) {
            ps.setNull(5, Types.INTEGER);
            ps.setNull(6, Types.INTEGER);
        } else {
            ps.setInt(5, f.span().start());
            ps.setInt(6, f.span().end());
        }
        ps.setString(7, f.location());
        ps.setDouble(8, f.score());
        ps.setString(9, f.recognizer());
    }

    /**
     * The values tied to no person, counted by element, of each document that holds any: what the
     * inventory export's {@code unattributed} field and the report count.
     */
    public synchronized Map<String, Map<Element, Integer>> unattributedCounts() {
        Map<String, Map<Element, Integer>> out = new java.util.TreeMap<>();
        String q = "SELECT d.path, f.element, count(*) FROM document_findings f JOIN documents d ON d.id = f.document_id GROUP BY d.id, f.element";
        try (Statement s = conn.createStatement(); ResultSet rs = s.executeQuery(q)) {
            while (rs.next()) {
                out.computeIfAbsent(unseal(rs.getString(1)), k -> new java.util.EnumMap<>(Element.class)).put(Element.fromId(rs.getString(2)), rs.getInt(3));
            }
            return out;
        } catch (SQLException e) {
            throw new StoreException("cannot read the values tied to no person", e);
        }
    }

    /** Every document's values tied to no person, by path (what {@code eval} compares with a generated leak's). */
    public synchronized Map<String, List<Finding>> unattributedFindings() {
        Map<String, List<Finding>> out = new java.util.TreeMap<>();
        String q = "SELECT d.path, f.type, f.value, f.location, f.score, f.recognizer FROM document_findings f JOIN documents d ON d.id = f.document_id "
                + "ORDER BY f.id";
        try (Statement s = conn.createStatement(); ResultSet rs = s.executeQuery(q)) {
            while (rs.next()) {
                out.computeIfAbsent(unseal(rs.getString(1)), k -> new ArrayList<>()).add(new Finding(FindingType.valueOf(rs.getString(2)),
                        unseal(rs.getString(3)), null, rs.getString(4), rs.getDouble(5), rs.getString(6)));
            }
            return out;
        } catch (SQLException e) {
            throw new StoreException("cannot read the values tied to no person", e);
        }
    }

    private void insertRecord(long docId, SealedRecord sealed) throws SQLException {
        PersonRecord r = sealed.record();
        PreparedStatement rs = statement("INSERT INTO records(document_id, locator, kind, context, relative_of) VALUES (?,?,?,?,?)", true);
        rs.setLong(1, docId);
        rs.setString(2, sealed.locator());
        rs.setString(3, r.kind().name());
        rs.setString(4, sealed.context());
        rs.setString(5, sealed.relativeOf());
        rs.executeUpdate();
        long recordId = generatedKey(rs);
        PreparedStatement ps = statement("INSERT INTO findings(record_id, type, element, value, span_start, span_end, location, score, recognizer, "
                + "match_hash) VALUES (?,?,?,?,?,?,?,?,?,?)", false);
        for (int i = 0; i < r.findings().size(); i++) {
            bindFinding(ps, recordId, r.findings().get(i), sealed.values()[i]);
            ps.setString(10, sealed.hashes()[i]);
            ps.addBatch();
        }
        ps.executeBatch();
    }

    private String unsealRelative(String stored) {
        return stored == null || stored.isEmpty() ? "" : unseal(stored);
    }

    private static long generatedKey(PreparedStatement ps) throws SQLException {
        try (ResultSet keys = ps.getGeneratedKeys()) {
            keys.next();
            return keys.getLong(1);
        }
    }

    /** All person records of the leak with their findings, in a stable order. */
    public synchronized List<LeakRecord> records() {
        return records("");
    }

    /**
     * Hands every record to the sink, one at a time, in record order, without holding them: what
     * resolution reads. Findings carry type and value only (no span, location or recognizer).
     */
    public synchronized void forEachRecord(java.util.function.Consumer<LeakRecord> sink) {
        String q = "SELECT r.id, d.path, r.locator, r.kind, r.context, f.type, f.value, r.relative_of FROM records r"
                + " JOIN documents d ON d.id = r.document_id LEFT JOIN findings f ON f.record_id = r.id ORDER BY r.id, f.id";
        try (Statement s = conn.createStatement(); ResultSet rs = s.executeQuery(q)) {
            long current = -1;
            String sealedPath = null;
            String path = null;
            String locator = null;
            String kind = null;
            String context = null;
            String relativeOf = null;
            List<Finding> findings = new ArrayList<>();
            while (rs.next()) {
                long id = rs.getLong(1);
                if (id != current) {
                    if (current >= 0) {
                        sink.accept(new LeakRecord(current, new PersonRecord(path, locator, PersonRecord.Kind.valueOf(kind), context, findings,
                                relativeOf)));
                    }
                    current = id;
                    if (!rs.getString(2).equals(sealedPath)) { // records come document by document: a path is opened once
                        sealedPath = rs.getString(2);
                        path = unseal(sealedPath);
                    }
                    locator = unseal(rs.getString(3));
                    kind = rs.getString(4);
                    context = unseal(rs.getString(5));
                    relativeOf = unsealRelative(rs.getString(8));
                    findings = new ArrayList<>();
                }
                String type = rs.getString(6);
                if (type != null) {
                    findings.add(new Finding(FindingType.valueOf(type), unseal(rs.getString(7)), null, "", 0, ""));
                }
            }
            if (current >= 0) {
                sink.accept(new LeakRecord(current, new PersonRecord(path, locator, PersonRecord.Kind.valueOf(kind), context, findings,
                        relativeOf)));
            }
        } catch (SQLException e) {
            throw new StoreException("cannot read the records", e);
        }
    }

    /** The records with these ids, with their findings, in the stable order. */
    public synchronized List<LeakRecord> records(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        StringBuilder in = new StringBuilder();
        ids.forEach(id -> in.append(in.length() == 0 ? "" : ",").append(id.longValue()));
        return records(" WHERE r.id IN (" + in + ")");
    }

    private List<LeakRecord> records(String where) {
        Map<Long, List<Finding>> findings = new HashMap<>();
        String fq = "SELECT f.record_id, f.type, f.value, f.span_start, f.span_end, f.location, f.score, f.recognizer FROM findings f"
                + " JOIN records r ON r.id = f.record_id" + where + " ORDER BY f.id";
        try (Statement s = conn.createStatement(); ResultSet rs = s.executeQuery(fq)) {
            while (rs.next()) {
                int start = rs.getInt(4);
                Span span = rs.wasNull() ? null : new Span(start, rs.getInt(5));
                findings.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>()).add(new Finding(
                        FindingType.valueOf(rs.getString(2)), unseal(rs.getString(3)), span, rs.getString(6), rs.getDouble(7), rs.getString(8)));
            }
            List<LeakRecord> out = new ArrayList<>();
            String rq = "SELECT r.id, d.path, r.locator, r.kind, r.context, r.relative_of FROM records r JOIN documents d ON d.id = r.document_id"
                    + where + " ORDER BY d.path, r.id";
            try (ResultSet rr = s.executeQuery(rq)) {
                while (rr.next()) {
                    long id = rr.getLong(1);
                    out.add(new LeakRecord(id, new PersonRecord(unseal(rr.getString(2)), unseal(rr.getString(3)),
                            PersonRecord.Kind.valueOf(rr.getString(4)), unseal(rr.getString(5)), findings.getOrDefault(id, List.of()),
                            unsealRelative(rr.getString(6)))));
                }
            }
            // by path as read, not as stored: sealed paths sort in no useful order
            out.sort(java.util.Comparator.comparing((LeakRecord r) -> r.record().documentPath()).thenComparingLong(LeakRecord::id));
            return out;
        } catch (SQLException e) {
            throw new StoreException("cannot read the records", e);
        }
    }

    /** Replaces the resolved persons (resolution is recomputed from all records after every scan). */
    public synchronized void replacePersons(List<ResolvedPerson> persons, List<Long> ambiguous) {
        replacePersons(persons, ambiguous, Map.of());
    }

    /** Replaces the resolved persons with their merge links (resolution is recomputed after every scan). */
    public synchronized void replacePersons(List<ResolvedPerson> persons, List<Long> ambiguous, Map<String, List<MergeLink>> links) {
        replacePersons(persons, ambiguous, links, Map.of());
    }

    /** Replaces the resolved persons with their merge links and the master conflicts kept for review. */
    public synchronized void replacePersons(List<ResolvedPerson> persons, List<Long> ambiguous, Map<String, List<MergeLink>> links,
                                            Map<String, List<MasterConflict>> conflicts) {
        try {
            foreignKeys(false);
            conn.setAutoCommit(false);
            try (Statement s = conn.createStatement()) {
                for (String table : PERSON_TABLES) {
                    s.execute("DELETE FROM " + table);
                }
                s.execute("DROP INDEX person_records_record");
            }
            try (PreparedStatement p = conn.prepareStatement("INSERT INTO persons (person_id, category, display_name, master_source, "
                    + "master_key, category_reason, merge_reasons, review_flags) VALUES (?,?,?,?,?,?,?,?)");
                 PreparedStatement pc = conn.prepareStatement("INSERT INTO person_conflicts (person_id, other_ref, key_kind) VALUES (?,?,?)");
                 PreparedStatement pr = conn.prepareStatement("INSERT INTO person_records VALUES (?,?)");
                 PreparedStatement pe = conn.prepareStatement("INSERT INTO person_elements VALUES (?,?)");
                 PreparedStatement pd = conn.prepareStatement("INSERT INTO person_documents VALUES (?,?)");
                 PreparedStatement pl = conn.prepareStatement("INSERT INTO merge_links VALUES (?,?,?,?)")) {
                int done = 0;
                // in key order: each row lands at the end of its table's primary-key index, where a
                // random order (person ids are hashes) costs a random index page per row
                List<ResolvedPerson> byId = persons.stream().sorted(java.util.Comparator.comparing(ResolvedPerson::personId)).toList();
                for (ResolvedPerson person : byId) {
                    p.setString(1, person.personId());
                    p.setString(2, person.category());
                    p.setString(3, seal(person.displayName()));
                    p.setString(4, person.masterSource());
                    p.setString(5, person.masterKey());
                    p.setString(6, person.categoryReason());
                    p.setString(7, String.join(",", new TreeSet<>(person.mergeReasons())));
                    p.setString(8, String.join(",", person.reviewFlags().stream().map(ReviewFlag::id).sorted().toList()));
                    p.addBatch();
                    for (MasterConflict c : conflicts.getOrDefault(person.personId(), List.of())) {
                        pc.setString(1, person.personId());
                        pc.setString(2, c.other());
                        pc.setString(3, c.key());
                        pc.addBatch();
                    }
                    for (long r : person.recordIds()) {
                        pr.setString(1, person.personId());
                        pr.setLong(2, r);
                        pr.addBatch();
                    }
                    for (Element e : person.elements()) {
                        pe.setString(1, person.personId());
                        pe.setString(2, e.id());
                        pe.addBatch();
                    }
                    for (String d : person.documents()) {
                        pd.setString(1, person.personId());
                        pd.setString(2, findable(d));
                        pd.addBatch();
                    }
                    for (MergeLink l : links.getOrDefault(person.personId(), List.of())) {
                        pl.setString(1, person.personId());
                        pl.setString(2, l.from());
                        pl.setString(3, l.to());
                        pl.setString(4, l.reason());
                        pl.addBatch();
                    }
                    if (++done % 10_000 == 0 || done == persons.size()) { // bounded batches: a case may hold 200,000 persons
                        p.executeBatch();
                        pr.executeBatch();
                        pe.executeBatch();
                        pd.executeBatch();
                        pl.executeBatch();
                        pc.executeBatch();
                    }
                }
            }
            try (PreparedStatement a = conn.prepareStatement("INSERT INTO ambiguous_records VALUES (?)")) {
                for (Long id : ambiguous) {
                    a.setLong(1, id);
                    a.addBatch();
                }
                a.executeBatch();
            }
            try (Statement s = conn.createStatement()) {
                s.execute("CREATE INDEX person_records_record ON person_records(record_id)");
            }
            requireNoDanglingRecords();
            conn.commit();
        } catch (SQLException e) {
            rollback();
            throw new StoreException("cannot save the persons", e);
        } finally {
            autoCommit();
            try {
                foreignKeys(true);
            } catch (SQLException ignored) {
                // the connection is unusable; the next call reports it
            }
        }
    }

    /** The tables resolution fills, children first. */
    private static final List<String> PERSON_TABLES = List.of("person_records", "person_elements", "person_documents", "merge_links",
            "person_conflicts", "ambiguous_records", "persons");

    /**
     * Persons are replaced with the foreign keys off and the index of their records by record built
     * again afterwards (a third of the time of checking and indexing each of a million rows); what
     * the keys would have refused, a record deleted since resolution read it, is refused here.
     */
    private void requireNoDanglingRecords() throws SQLException {
        try (Statement s = conn.createStatement();
             ResultSet rs = s.executeQuery("SELECT count(*) FROM (SELECT record_id FROM person_records UNION ALL SELECT record_id FROM ambiguous_records)"
                     + " AS p WHERE NOT EXISTS (SELECT 1 FROM records r WHERE r.id = p.record_id)")) {
            if (rs.next() && rs.getLong(1) > 0) {
                throw new SQLException(rs.getLong(1) + " person records refer to records no longer in the case (a scan changed it meanwhile)");
            }
        }
    }

    private void foreignKeys(boolean on) throws SQLException {
        try (Statement s = conn.createStatement()) {
            s.execute("PRAGMA foreign_keys = " + (on ? "ON" : "OFF"));
        }
    }

    /** The merges that formed a person, in the order they happened. */
    public synchronized List<MergeLink> links(String personId) {
        List<MergeLink> out = new ArrayList<>();
        try (ResultSet rs = query("SELECT from_ref, to_ref, reason FROM merge_links WHERE person_id = ? ORDER BY rowid", personId)) {
            while (rs.next()) {
                out.add(MergeLink.of(rs.getString(1), rs.getString(2), rs.getString(3)));
            }
            return out;
        } catch (SQLException e) {
            throw new StoreException("cannot read the merge links", e);
        }
    }

    /** The merges refused for a person because they would have joined another master row. */
    public synchronized List<MasterConflict> conflicts(String personId) {
        List<MasterConflict> out = new ArrayList<>();
        try (ResultSet rs = query("SELECT other_ref, key_kind FROM person_conflicts WHERE person_id = ? ORDER BY rowid", personId)) {
            while (rs.next()) {
                out.add(new MasterConflict(rs.getString(1), rs.getString(2)));
            }
            return out;
        } catch (SQLException e) {
            throw new StoreException("cannot read the master conflicts", e);
        }
    }

    /** One resolved person, if the id exists. */
    public synchronized Optional<ResolvedPerson> person(String personId) {
        return persons(" WHERE person_id = ?", personId).stream().findFirst();
    }

    public synchronized List<ResolvedPerson> persons() {
        return persons("", null);
    }

    private List<ResolvedPerson> persons(String where, String param) {
        Map<String, TreeSet<Element>> elements = new HashMap<>();
        Map<String, TreeSet<String>> documents = new HashMap<>();
        Map<String, List<Long>> records = new HashMap<>();
        try {
            try (ResultSet rs = query("SELECT person_id, element FROM person_elements" + where, param)) {
                while (rs.next()) {
                    elements.computeIfAbsent(rs.getString(1), k -> new TreeSet<>()).add(Element.fromId(rs.getString(2)));
                }
            }
            try (ResultSet rs = query("SELECT person_id, path FROM person_documents" + where, param)) {
                while (rs.next()) {
                    documents.computeIfAbsent(rs.getString(1), k -> new TreeSet<>()).add(unseal(rs.getString(2)));
                }
            }
            try (ResultSet rs = query("SELECT person_id, record_id FROM person_records" + where + " ORDER BY record_id", param)) {
                while (rs.next()) {
                    records.computeIfAbsent(rs.getString(1), k -> new ArrayList<>()).add(rs.getLong(2));
                }
            }
            List<ResolvedPerson> out = new ArrayList<>();
            try (ResultSet rs = query("SELECT * FROM persons" + where + " ORDER BY person_id", param)) {
                while (rs.next()) {
                    String id = rs.getString("person_id");
                    String reasons = rs.getString("merge_reasons");
                    out.add(new ResolvedPerson(id, rs.getString("category"), unseal(rs.getString("display_name")),
                            elements.getOrDefault(id, new TreeSet<>()), documents.getOrDefault(id, new TreeSet<>()),
                            rs.getString("master_source"), rs.getString("master_key"), records.getOrDefault(id, List.of()),
                            rs.getString("category_reason"),
                            reasons.isEmpty() ? Set.of() : Set.copyOf(Arrays.asList(reasons.split(","))), flags(rs.getString("review_flags"))));
                }
            }
            return out;
        } catch (SQLException e) {
            throw new StoreException("cannot read the persons", e);
        }
    }

    private static Set<ReviewFlag> flags(String ids) {
        return ids == null || ids.isEmpty() ? Set.of()
                : Arrays.stream(ids.split(",")).map(ReviewFlag::fromId).collect(java.util.stream.Collectors.toUnmodifiableSet());
    }

    /** One line of the audit log. */
    public record AuditEntry(String startedAt, String finishedAt, String user, String command, String arguments, Integer exitCode) {
    }

    /**
     * Starts an audit-log line for a command run on the case; returns its id for {@link #auditFinished}.
     * The line is chained to the one before it ({@link AuditChain}); lines written before the chain
     * existed are chained first, as they stand.
     */
    public synchronized long auditStarted(String user, String command, String arguments) {
        return inAuditTransaction(() -> {
            chainUnchainedLines();
            String previous = lastAuditMac();
            String startedAt = Instant.now().toString();
            long id;
            try (PreparedStatement ps = conn.prepareStatement("INSERT INTO audit_log(started_at, os_user, command, arguments) VALUES (?,?,?,?)",
                    Statement.RETURN_GENERATED_KEYS)) {
                ps.setString(1, startedAt);
                ps.setString(2, user);
                ps.setString(3, command);
                ps.setString(4, arguments);
                ps.executeUpdate();
                id = generatedKey(ps);
            }
            setAuditMac(id, auditChain().lineMac(previous, id, startedAt, user, command, arguments));
            writeAuditHead();
            return id;
        });
    }

    public synchronized void auditFinished(long id, int exitCode) {
        inAuditTransaction(() -> {
            String finishedAt = Instant.now().toString();
            String mac = null;
            try (PreparedStatement ps = conn.prepareStatement("SELECT mac FROM audit_log WHERE id = ?")) {
                ps.setLong(1, id);
                try (ResultSet rs = ps.executeQuery()) {
                    if (rs.next()) {
                        mac = rs.getString(1);
                    }
                }
            }
            try (PreparedStatement ps = conn.prepareStatement("UPDATE audit_log SET finished_at = ?, exit_code = ?, finish_mac = ? WHERE id = ?")) {
                ps.setString(1, finishedAt);
                ps.setInt(2, exitCode);
                ps.setString(3, mac == null ? null : auditChain().finishMac(mac, finishedAt, exitCode));
                ps.setLong(4, id);
                ps.executeUpdate();
            }
            writeAuditHead();
            return null;
        });
    }

    /**
     * Logs a command refused because the case's key was missing or wrong — someone tried to read an
     * encrypted case — as a line of the audit log, which needs no key (its lines hold no leaked values).
     */
    public static void auditRefused(Path caseDir, String user, String command, String arguments, String why) {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + caseDir.resolve(FILE_NAME).toAbsolutePath());
             CaseStore log = new CaseStore(c, null, caseDir)) {
            log.auditFinished(log.auditStarted(user, command + " [refused: " + why + "]", arguments), 1);
        } catch (SQLException e) {
            throw new StoreException("cannot write the audit log", e);
        }
    }

    /** Where the audit log no longer matches its chain (a line altered, inserted or removed), or empty when intact. */
    public synchronized Optional<String> auditBreak() {
        List<AuditChain.Line> lines = new ArrayList<>();
        try (Statement s = conn.createStatement()) {
            try (ResultSet rs = s.executeQuery("SELECT id, started_at, finished_at, os_user, command, arguments, exit_code, mac, finish_mac"
                    + " FROM audit_log ORDER BY id")) {
                while (rs.next()) {
                    int code = rs.getInt(7);
                    Integer exit = rs.wasNull() ? null : code;
                    lines.add(new AuditChain.Line(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5),
                            rs.getString(6), exit, rs.getString(8), rs.getString(9)));
                }
            }
            long headId = -1;
            String headMac = null;
            try (ResultSet rs = s.executeQuery("SELECT last_id, mac FROM audit_head WHERE id = 1")) {
                if (rs.next()) {
                    headId = rs.getLong(1);
                    headMac = rs.getString(2);
                }
            }
            return auditChain().firstBreak(lines, headId, headMac);
        } catch (SQLException e) {
            throw new StoreException("cannot read the audit log", e);
        }
    }

    private AuditChain auditChain() {
        if (auditChain == null) {
            auditChain = AuditChain.of(caseDir);
        }
        return auditChain;
    }

    /** A step of the audit log, in a transaction of its own that no other process can interleave with. */
    private <T> T inAuditTransaction(SqlStep<T> step) {
        try {
            boolean auto = conn.getAutoCommit();
            conn.setAutoCommit(false);
            try {
                T result = step.run();
                conn.commit();
                return result;
            } catch (SQLException | RuntimeException e) {
                conn.rollback();
                throw e;
            } finally {
                conn.setAutoCommit(auto);
            }
        } catch (SQLException e) {
            throw new StoreException("cannot write the audit log", e);
        }
    }

    @FunctionalInterface
    private interface SqlStep<T> {
        T run() throws SQLException;
    }

    /** Lines written before the log was chained (a case from an earlier version): chained as they stand. */
    private void chainUnchainedLines() throws SQLException {
        List<AuditChain.Line> unchained = new ArrayList<>();
        try (Statement s = conn.createStatement();
             ResultSet rs = s.executeQuery("SELECT id, started_at, finished_at, os_user, command, arguments, exit_code FROM audit_log"
                     + " WHERE mac IS NULL ORDER BY id")) {
            while (rs.next()) {
                int code = rs.getInt(7);
                unchained.add(new AuditChain.Line(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5),
                        rs.getString(6), rs.wasNull() ? null : code, null, null));
            }
        }
        if (unchained.isEmpty()) {
            return;
        }
        String previous = "";
        try (Statement s = conn.createStatement();
             ResultSet rs = s.executeQuery("SELECT mac FROM audit_log WHERE mac IS NOT NULL AND id < " + unchained.get(0).id() + " ORDER BY id DESC LIMIT 1")) {
            if (rs.next()) {
                previous = rs.getString(1);
            }
        }
        for (AuditChain.Line l : unchained) {
            String mac = auditChain().lineMac(previous, l.id(), l.startedAt(), l.user(), l.command(), l.arguments());
            setAuditMac(l.id(), mac);
            if (l.finishedAt() != null || l.exitCode() != null) {
                try (PreparedStatement ps = conn.prepareStatement("UPDATE audit_log SET finish_mac = ? WHERE id = ?")) {
                    ps.setString(1, auditChain().finishMac(mac, l.finishedAt(), l.exitCode()));
                    ps.setLong(2, l.id());
                    ps.executeUpdate();
                }
            }
            previous = mac;
        }
    }

    private String lastAuditMac() throws SQLException {
        try (Statement s = conn.createStatement(); ResultSet rs = s.executeQuery("SELECT mac FROM audit_log ORDER BY id DESC LIMIT 1")) {
            return rs.next() ? rs.getString(1) : "";
        }
    }

    private void setAuditMac(long id, String mac) throws SQLException {
        try (PreparedStatement ps = conn.prepareStatement("UPDATE audit_log SET mac = ? WHERE id = ?")) {
            ps.setString(1, mac);
            ps.setLong(2, id);
            ps.executeUpdate();
        }
    }

    private void writeAuditHead() throws SQLException {
        try (Statement s = conn.createStatement(); ResultSet rs = s.executeQuery("SELECT id, mac, finish_mac FROM audit_log ORDER BY id DESC LIMIT 1")) {
            if (!rs.next()) {
                return;
            }
            long id = rs.getLong(1);
            String head = auditChain().headMac(id, rs.getString(2), rs.getString(3));
            try (PreparedStatement ps = conn.prepareStatement("INSERT INTO audit_head(id, last_id, mac) VALUES (1, ?, ?)"
                    + " ON CONFLICT(id) DO UPDATE SET last_id = excluded.last_id, mac = excluded.mac")) {
                ps.setLong(1, id);
                ps.setString(2, head);
                ps.executeUpdate();
            }
        }
    }

    public synchronized List<AuditEntry> auditLog() {
        List<AuditEntry> out = new ArrayList<>();
        try (Statement s = conn.createStatement();
             ResultSet rs = s.executeQuery("SELECT started_at, finished_at, os_user, command, arguments, exit_code FROM audit_log ORDER BY id")) {
            while (rs.next()) {
                int code = rs.getInt(6);
                out.add(new AuditEntry(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5), rs.wasNull() ? null : code));
            }
            return out;
        } catch (SQLException e) {
            throw new StoreException("cannot read the audit log", e);
        }
    }

    /** Records something the company did (a report filed, notices sent), for the timeline. */
    public synchronized long addEvent(Timeline.Event e) {
        try (PreparedStatement ps = conn.prepareStatement("INSERT INTO case_events(at, obligation_id, description, recorded_at) VALUES (?,?,?,?)",
                Statement.RETURN_GENERATED_KEYS)) {
            ps.setString(1, e.at().toString());
            ps.setString(2, e.obligationId());
            ps.setString(3, e.description());
            ps.setString(4, Instant.now().toString());
            ps.executeUpdate();
            return generatedKey(ps);
        } catch (SQLException ex) {
            throw new StoreException("cannot record the event", ex);
        }
    }

    public synchronized List<Timeline.Event> events() {
        List<Timeline.Event> out = new ArrayList<>();
        try (Statement s = conn.createStatement(); ResultSet rs = s.executeQuery("SELECT at, obligation_id, description FROM case_events ORDER BY at, id")) {
            while (rs.next()) {
                out.add(new Timeline.Event(java.time.LocalDate.parse(rs.getString(1)), rs.getString(2), rs.getString(3)));
            }
            return out;
        } catch (SQLException ex) {
            throw new StoreException("cannot read the events", ex);
        }
    }

    /** The configuration file the latest scan used, if recorded. */
    public synchronized Optional<String> lastConfigPath() {
        try (Statement s = conn.createStatement();
             ResultSet rs = s.executeQuery("SELECT config_path FROM scan_runs WHERE config_path IS NOT NULL ORDER BY id DESC LIMIT 1")) {
            return rs.next() ? Optional.of(unseal(rs.getString(1))) : Optional.empty();
        } catch (SQLException e) {
            throw new StoreException("cannot read the scan runs", e);
        }
    }

    /** A reviewer decision with its id and when it was made. */
    public record StoredDecision(long id, ReviewDecision decision, String createdAt) {
    }

    /** Keeps a reviewer decision; it applies from the next resolution on. */
    public synchronized long addDecision(ReviewDecision d) {
        List<ReviewDecision.RecordRef> refs = d.records();
        try {
            conn.setAutoCommit(false);
            long id;
            try (PreparedStatement ps = conn.prepareStatement("INSERT INTO review_decisions(action, category, note, created_at) VALUES (?,?,?,?)",
                    Statement.RETURN_GENERATED_KEYS)) {
                ps.setString(1, d.action());
                ps.setString(2, d instanceof ReviewDecision.Recategorise r ? r.category() : null);
                ps.setString(3, seal(d.note() == null ? "" : d.note())); // a reviewer's reason may name the person
                ps.setString(4, Instant.now().toString());
                ps.executeUpdate();
                id = generatedKey(ps);
            }
            try (PreparedStatement ps = conn.prepareStatement("INSERT INTO review_records(decision_id, position, path, locator) VALUES (?,?,?,?)")) {
                for (int i = 0; i < refs.size(); i++) {
                    ps.setLong(1, id);
                    ps.setInt(2, i);
                    ps.setString(3, seal(refs.get(i).documentPath()));
                    ps.setString(4, seal(refs.get(i).locator()));
                    ps.addBatch();
                }
                ps.executeBatch();
            }
            conn.commit();
            return id;
        } catch (SQLException e) {
            rollback();
            throw new StoreException("cannot save the review decision", e);
        } finally {
            autoCommit();
        }
    }

    /** Withdraws a reviewer decision; false if there was none with this id. */
    public synchronized boolean removeDecision(long id) {
        try (PreparedStatement ps = conn.prepareStatement("DELETE FROM review_decisions WHERE id = ?")) {
            ps.setLong(1, id);
            return ps.executeUpdate() == 1;
        } catch (SQLException e) {
            throw new StoreException("cannot remove the review decision", e);
        }
    }

    /** All reviewer decisions, oldest first. */
    public synchronized List<StoredDecision> decisions() {
        Map<Long, List<ReviewDecision.RecordRef>> refs = new HashMap<>();
        List<StoredDecision> out = new ArrayList<>();
        try (Statement s = conn.createStatement()) {
            try (ResultSet rs = s.executeQuery("SELECT decision_id, path, locator FROM review_records ORDER BY decision_id, position")) {
                while (rs.next()) {
                    refs.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>()).add(new ReviewDecision.RecordRef(unseal(rs.getString(2)), unseal(rs.getString(3))));
                }
            }
            try (ResultSet rs = s.executeQuery("SELECT id, action, category, note, created_at FROM review_decisions ORDER BY id")) {
                while (rs.next()) {
                    List<ReviewDecision.RecordRef> r = refs.getOrDefault(rs.getLong(1), List.of());
                    ReviewDecision d = switch (rs.getString(2)) {
                        case "merge" -> new ReviewDecision.Merge(r.get(0), r.get(1), unseal(rs.getString(4)));
                        case "split" -> new ReviewDecision.Split(r, unseal(rs.getString(4)));
                        default -> new ReviewDecision.Recategorise(r.get(0), rs.getString(3), unseal(rs.getString(4)));
                    };
                    out.add(new StoredDecision(rs.getLong(1), d, rs.getString(5)));
                }
            }
            return out;
        } catch (SQLException e) {
            throw new StoreException("cannot read the review decisions", e);
        }
    }

    /** A query with at most one parameter; the result set closes its statement. */
    private ResultSet query(String sql, String param) throws SQLException {
        PreparedStatement ps = conn.prepareStatement(sql);
        if (param != null) {
            ps.setString(1, param);
        }
        ps.closeOnCompletion();
        return ps.executeQuery();
    }

    /** Ambiguous records: document path -> locators. */
    public synchronized Map<String, List<String>> ambiguous() {
        Map<String, List<String>> out = new java.util.TreeMap<>(); // by path as read: sealed paths sort in no useful order
        String q = "SELECT d.path, r.locator FROM ambiguous_records a JOIN records r ON r.id = a.record_id "
                + "JOIN documents d ON d.id = r.document_id ORDER BY r.id";
        try (Statement s = conn.createStatement(); ResultSet rs = s.executeQuery(q)) {
            while (rs.next()) {
                out.computeIfAbsent(unseal(rs.getString(1)), k -> new ArrayList<>()).add(unseal(rs.getString(2)));
            }
            return out;
        } catch (SQLException e) {
            throw new StoreException("cannot read the ambiguous records", e);
        }
    }

    /** The paths of the documents whose text was (partly) recognised by OCR. */
    public synchronized Set<String> ocrDocuments() {
        Set<String> out = new HashSet<>();
        try (Statement s = conn.createStatement(); ResultSet rs = s.executeQuery("SELECT path FROM documents WHERE ocr = 1")) {
            while (rs.next()) {
                out.add(unseal(rs.getString(1)));
            }
            return out;
        } catch (SQLException e) {
            throw new StoreException("cannot read the documents read by OCR", e);
        }
    }

    public synchronized List<InventoryEntry> inventory() {
        Map<Long, List<ConfidentialFlag>> flags = flags();
        List<InventoryEntry> out = new ArrayList<>();
        String q = "SELECT path, parent, size, sha256, media_type, status, reason, findings, ocr, doc_class, class_signals, id "
                + "FROM documents ORDER BY path";
        try (Statement s = conn.createStatement(); ResultSet rs = s.executeQuery(q)) {
            while (rs.next()) {
                long size = rs.getLong(3);
                Long boxed = rs.wasNull() ? null : size;
                String docClass = rs.getString(10);
                DocumentClassification c = docClass == null ? null : new DocumentClassification(DocumentClass.fromId(docClass),
                        unseal(rs.getString(11)), flags.getOrDefault(rs.getLong(12), List.of()));
                out.add(new InventoryEntry(unseal(rs.getString(1)), unseal(rs.getString(2)), boxed, rs.getString(4), rs.getString(5),
                        rs.getString(6), rs.getString(7), rs.getInt(8), rs.getInt(9) == 1, c));
            }
            if (sealer != null) { // by path as read: sealed paths sort in no useful order
                out.sort(java.util.Comparator.comparing(InventoryEntry::path));
            }
            return out;
        } catch (SQLException e) {
            throw new StoreException("cannot read the inventory", e);
        }
    }

    /** The confidential-information flags of every document, by document id. */
    private Map<Long, List<ConfidentialFlag>> flags() {
        Map<Long, List<ConfidentialFlag>> out = new HashMap<>();
        try (Statement s = conn.createStatement();
             ResultSet rs = s.executeQuery("SELECT document_id, kind, evidence, line FROM document_flags ORDER BY id")) {
            while (rs.next()) {
                out.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>())
                        .add(new ConfidentialFlag(FlagKind.fromId(rs.getString(2)), unseal(rs.getString(3)), rs.getInt(4)));
            }
            return out;
        } catch (SQLException e) {
            throw new StoreException("cannot read the document flags", e);
        }
    }

    /** The case name given by the latest scan's configuration, if any scan ran. */
    public synchronized Optional<String> caseName() {
        try (Statement s = conn.createStatement();
             ResultSet rs = s.executeQuery("SELECT case_name FROM scan_runs ORDER BY id DESC LIMIT 1")) {
            return rs.next() ? Optional.of(rs.getString(1)) : Optional.empty();
        } catch (SQLException e) {
            throw new StoreException("cannot read the scan runs", e);
        }
    }

    /**
     * The index of findings by match hash, which answers "was this value in the leak?". A scan
     * drops it while it writes (each finding's random hash otherwise lands on a random index page:
     * most of the store's time on a leak of millions of findings) and builds it again, in one sort,
     * when it finishes; a case opened without it (a killed scan) gets it back then.
     */
    private static final String CREATE_LOOKUP_INDEX = "CREATE INDEX IF NOT EXISTS findings_match_hash ON findings(match_hash)";

    private void createLookupIndex() throws SQLException {
        try (Statement s = conn.createStatement()) {
            s.execute(CREATE_LOOKUP_INDEX);
        }
    }

    /** Records the start of a scan; until {@link #finishRun} the findings are written without the lookup index. */
    public synchronized long startRun(String caseName, String leakRoot, String configPath) {
        try (Statement s = conn.createStatement()) {
            s.execute("DROP INDEX IF EXISTS findings_match_hash");
        } catch (SQLException e) {
            throw new StoreException("cannot prepare the store for the scan", e);
        }
        try (PreparedStatement ps = conn.prepareStatement("INSERT INTO scan_runs(case_name, leak_root, started_at, config_path) VALUES (?,?,?,?)",
                Statement.RETURN_GENERATED_KEYS)) {
            ps.setString(1, caseName);
            ps.setString(2, seal(leakRoot));
            ps.setString(3, Instant.now().toString());
            ps.setString(4, seal(configPath));
            ps.executeUpdate();
            return generatedKey(ps);
        } catch (SQLException e) {
            throw new StoreException("cannot record the scan run", e);
        }
    }

    /** Records the end of a scan and builds the lookup index again. */
    public synchronized void finishRun(long runId, int filesSeen) {
        try (PreparedStatement ps = conn.prepareStatement("UPDATE scan_runs SET finished_at = ?, files_seen = ? WHERE id = ?")) {
            createLookupIndex();
            ps.setString(1, Instant.now().toString());
            ps.setInt(2, filesSeen);
            ps.setLong(3, runId);
            ps.executeUpdate();
        } catch (SQLException e) {
            throw new StoreException("cannot record the scan run", e);
        }
    }

    private void rollback() {
        try {
            conn.rollback();
        } catch (SQLException ignored) {
            // the original failure is reported
        }
    }

    private void autoCommit() {
        try {
            conn.setAutoCommit(true);
        } catch (SQLException ignored) {
            // the connection is unusable; the next call reports it
        }
    }

    @Override
    public synchronized void close() {
        try {
            for (PreparedStatement ps : prepared.values()) {
                ps.close();
            }
            conn.close();
        } catch (SQLException e) {
            throw new StoreException("cannot close the case store", e);
        }
    }
}
