package io.leakscope.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Makes the audit log tamper-evident. Every line carries an HMAC-SHA256 over the line before it
 * and its own fields; when its command ends, another over that and the end; a head holds one over
 * the last line. A line altered, inserted or deleted breaks the chain at that line, and lines cut
 * off the end no longer match the head. The key is the case's audit key, 32 random bytes in
 * {@code audit.key} beside the store (0600): whoever can edit the database but lacks the key cannot
 * write a chain that verifies.
 */
final class AuditChain {
    static final String KEY_FILE = "audit.key";

    /** A line of the log as stored, with its MACs. */
    record Line(long id, String startedAt, String finishedAt, String user, String command, String arguments, Integer exitCode,
                String mac, String finishMac) {
    }

    private final byte[] key;

    private AuditChain(byte[] key) {
        this.key = key;
    }

    /** The case's chain, its key made on first use. */
    static AuditChain of(Path caseDir) {
        Path file = caseDir.resolve(KEY_FILE);
        try {
            if (!Files.exists(file)) {
                byte[] key = new byte[32];
                new SecureRandom().nextBytes(key);
                PrivateFiles.emptyFile(file);
                Files.write(file, key);
            }
            byte[] key = Files.readAllBytes(file);
            if (key.length != 32) {
                throw new StoreException("the case's audit key (" + KEY_FILE + ") is damaged", null);
            }
            return new AuditChain(key);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    String lineMac(String previousMac, long id, String startedAt, String user, String command, String arguments) {
        return mac("line", previousMac == null ? "" : previousMac, Long.toString(id), startedAt, user, command, arguments);
    }

    String finishMac(String lineMac, String finishedAt, Integer exitCode) {
        return mac("finish", lineMac, finishedAt, exitCode == null ? "" : exitCode.toString());
    }

    String headMac(long lastId, String lastMac, String lastFinishMac) {
        return mac("head", Long.toString(lastId), lastMac, lastFinishMac == null ? "" : lastFinishMac);
    }

    /**
     * The first place where the log does not match its chain, or empty when it is intact.
     *
     * @param headId  the last id the stored head names (-1 when none was written)
     * @param headMac the stored head's MAC, or null when none was ever written
     */
    Optional<String> firstBreak(List<Line> lines, long headId, String headMac) {
        String previous = "";
        for (Line l : lines) {
            if (l.mac() == null || !same(l.mac(), lineMac(previous, l.id(), l.startedAt(), l.user(), l.command(), l.arguments()))) {
                return Optional.of("entry " + l.id() + " was altered, or an entry before it removed or inserted");
            }
            boolean finished = l.finishedAt() != null || l.exitCode() != null;
            if (finished != (l.finishMac() != null) || finished && !same(l.finishMac(), finishMac(l.mac(), l.finishedAt(), l.exitCode()))) {
                return Optional.of("the end of entry " + l.id() + " was altered");
            }
            previous = l.mac();
        }
        if (lines.isEmpty()) {
            return headMac == null ? Optional.empty() : Optional.of("every entry was removed");
        }
        Line last = lines.get(lines.size() - 1);
        if (headMac == null || headId != last.id() || !same(headMac, headMac(last.id(), last.mac(), last.finishMac()))) {
            return Optional.of("entries after entry " + last.id() + " were removed, or the head altered");
        }
        return Optional.empty();
    }

    private String mac(String kind, String... fields) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            mac.update(kind.getBytes(StandardCharsets.UTF_8));
            for (String f : fields) {
                byte[] b = (f == null ? "" : f).getBytes(StandardCharsets.UTF_8);
                mac.update(new byte[] {(byte) (b.length >>> 24), (byte) (b.length >>> 16), (byte) (b.length >>> 8), (byte) b.length});
                mac.update(b);
            }
            return HexFormat.of().formatHex(mac.doFinal());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private static boolean same(String a, String b) {
        return MessageDigest.isEqual(a.getBytes(StandardCharsets.US_ASCII), b.getBytes(StandardCharsets.US_ASCII));
    }
}
