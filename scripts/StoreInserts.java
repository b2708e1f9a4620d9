import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.HexFormat;
import java.util.Optional;
import java.util.Random;

/**
 * The store's per-document writes (a document, 22 records of 1–3 e-mail findings each, each finding
 * with its random match hash) into a case store made by the current build, timed in one of three
 * ways: {@code indexed} (the lookup index kept up row by row), {@code index-after} (dropped, built
 * when all is written: what a scan does), {@code batched} (indexed, 50 documents a transaction).
 *
 * <pre>
 * java -cp "leakscope-store/target/classes:leakscope-core/target/classes:$(cat leakscope-cli/target/classpath.txt)" \
 *     scripts/StoreInserts.java index-after 40000
 * </pre>
 */
public class StoreInserts {
    public static void main(String[] args) throws Exception {
        String way = args[0];
        int documents = Integer.parseInt(args[1]);
        Path dir = Files.createTempDirectory("store-inserts");
        io.leakscope.store.CaseStore.open(dir, Optional.empty()).close();
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + dir.resolve("case.db"))) {
            try (Statement s = c.createStatement()) {
                s.execute("PRAGMA foreign_keys = ON");
                s.execute("PRAGMA journal_mode = WAL");
                s.execute("PRAGMA synchronous = NORMAL");
                if (way.equals("index-after")) {
                    s.execute("DROP INDEX findings_match_hash");
                }
            }
            int perTransaction = way.equals("batched") ? 50 : 1;
            long t0 = System.nanoTime();
            long findings = write(c, documents, perTransaction);
            long t1 = System.nanoTime();
            if (way.equals("index-after")) {
                try (Statement s = c.createStatement()) {
                    s.execute("CREATE INDEX findings_match_hash ON findings(match_hash)");
                }
            }
            long t2 = System.nanoTime();
            System.out.printf("%s: %,d documents, %,d findings: written in %.1f s, index built in %.1f s, %.1f s in all%n",
                    way, documents, findings, (t1 - t0) / 1e9, (t2 - t1) / 1e9, (t2 - t0) / 1e9);
        }
        try (var files = Files.list(dir)) {
            for (Path f : files.toList()) {
                Files.delete(f);
            }
        }
        Files.delete(dir);
    }

    private static long write(Connection c, int documents, int perTransaction) throws Exception {
        PreparedStatement doc = c.prepareStatement("INSERT INTO documents(path, parent, size, sha256, media_type, status, reason, findings, "
                + "scanned_at, ocr, doc_class, class_signals, analysis) VALUES (?,NULL,1000,?,'text/csv','done',NULL,50,'2026-01-01T00:00:00Z',0,'hr','',4)",
                Statement.RETURN_GENERATED_KEYS);
        PreparedStatement rec = c.prepareStatement("INSERT INTO records(document_id, locator, kind, context, relative_of) VALUES (?,?,'TABLE_ROW','','')",
                Statement.RETURN_GENERATED_KEYS);
        PreparedStatement fin = c.prepareStatement("INSERT INTO findings(record_id, type, element, value, span_start, span_end, location, score, "
                + "recognizer, match_hash) VALUES (?,'EMAIL','EMAIL',?,10,30,?,0.9,'common.email',?)");
        Random random = new Random(1);
        MessageDigest sha = MessageDigest.getInstance("SHA-256");
        long findings = 0;
        c.setAutoCommit(false);
        for (int d = 0; d < documents; d++) {
            doc.setString(1, "/leak/dir" + (d % 100) + "/file" + d + ".xlsx");
            doc.setString(2, Integer.toHexString(d));
            doc.executeUpdate();
            long docId = key(doc);
            for (int row = 0; row < 22; row++) {
                rec.setLong(1, docId);
                rec.setString(2, "Sheet1!R" + row);
                rec.executeUpdate();
                long recordId = key(rec);
                for (int f = 1 + random.nextInt(3); f > 0; f--, findings++) {
                    String value = "person" + random.nextInt(200_000) + "@example.co.jp";
                    fin.setLong(1, recordId);
                    fin.setString(2, value);
                    fin.setString(3, "Sheet1!R" + row + "C3");
                    fin.setString(4, HexFormat.of().formatHex(sha.digest(value.getBytes(StandardCharsets.UTF_8))));
                    fin.addBatch();
                }
                fin.executeBatch();
            }
            if (d % perTransaction == perTransaction - 1) {
                c.commit();
            }
        }
        c.commit();
        c.setAutoCommit(true);
        return findings;
    }

    private static long key(PreparedStatement ps) throws Exception {
        try (ResultSet keys = ps.getGeneratedKeys()) {
            keys.next();
            return keys.getLong(1);
        }
    }
}
