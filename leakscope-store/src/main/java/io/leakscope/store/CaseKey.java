package io.leakscope.store;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Optional;
import javax.crypto.Cipher;
import javax.crypto.Mac;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.PBEKeySpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * The case key: leaked values (finding values, display names) are stored encrypted with it
 * (AES-256-GCM, a random 96-bit nonce per value), derived from a passphrase with PBKDF2-HMAC-SHA256
 * and the case's salt. It comes from the environment — {@code LEAKSCOPE_KEY} (a passphrase) or
 * {@code LEAKSCOPE_KEY_FILE} (a file holding one) — so it never appears in a command line, a log or
 * the audit log.
 */
public final class CaseKey {
    static final int ITERATIONS = 210_000;
    private static final String PREFIX = "enc1:";
    private static final SecureRandom RANDOM = new SecureRandom();

    private final char[] passphrase;

    private CaseKey(char[] passphrase) {
        this.passphrase = passphrase;
    }

    public static CaseKey of(String passphrase) {
        if (passphrase == null || passphrase.isBlank()) {
            throw new IllegalArgumentException("the case passphrase is empty");
        }
        return new CaseKey(passphrase.toCharArray());
    }

    /** The key the environment gives, if any: {@code LEAKSCOPE_KEY} or {@code LEAKSCOPE_KEY_FILE}. */
    public static Optional<CaseKey> fromEnvironment() {
        return fromEnvironment("LEAKSCOPE_KEY");
    }

    /** The new key of a key change: {@code LEAKSCOPE_NEW_KEY} or {@code LEAKSCOPE_NEW_KEY_FILE}. */
    public static Optional<CaseKey> newFromEnvironment() {
        return fromEnvironment("LEAKSCOPE_NEW_KEY");
    }

    private static Optional<CaseKey> fromEnvironment(String variable) {
        String pass = System.getenv(variable);
        if (pass != null && !pass.isBlank()) {
            return Optional.of(of(pass));
        }
        String file = System.getenv(variable + "_FILE");
        if (file != null && !file.isBlank()) {
            try {
                return Optional.of(of(Files.readString(Path.of(file), StandardCharsets.UTF_8).strip()));
            } catch (java.io.IOException e) {
                throw new StoreException("cannot read the key file named by " + variable + "_FILE", e);
            }
        }
        return Optional.empty();
    }

    static byte[] newSalt() {
        byte[] salt = new byte[16];
        RANDOM.nextBytes(salt);
        return salt;
    }

    /** The AES key for a case, from its salt. */
    Sealer sealer(byte[] salt, int iterations) {
        try {
            SecretKeyFactory f = SecretKeyFactory.getInstance("PBKDF2WithHmacSHA256");
            byte[] key = f.generateSecret(new PBEKeySpec(passphrase, salt, iterations, 256)).getEncoded();
            return new Sealer(new SecretKeySpec(key, "AES"));
        } catch (GeneralSecurityException e) {
            throw new StoreException("cannot derive the case key", e);
        }
    }

    /** Encrypts and decrypts values with a derived key; also gives the key check value stored with the case. */
    static final class Sealer {
        private final SecretKeySpec key;
        private final SecretKeySpec matchKey;
        private final SecretKeySpec nonceKey;

        Sealer(SecretKeySpec key) {
            this.key = key;
            this.matchKey = new SecretKeySpec(hmac(key, "leakscope match key"), "HmacSHA256");
            this.nonceKey = new SecretKeySpec(hmac(key, "leakscope findable nonce key"), "HmacSHA256");
        }

        private static byte[] hmac(SecretKeySpec key, String text) {
            try {
                Mac mac = Mac.getInstance("HmacSHA256");
                mac.init(key);
                return mac.doFinal(text.getBytes(StandardCharsets.UTF_8));
            } catch (GeneralSecurityException e) {
                throw new StoreException("cannot compute an HMAC", e);
            }
        }

        String seal(String value) {
            if (value == null) {
                return null;
            }
            byte[] nonce = new byte[12];
            RANDOM.nextBytes(nonce);
            return seal(value, nonce);
        }

        /**
         * Sealed so that the same value always seals the same: its nonce is a keyed hash of the value
         * (a synthetic nonce), so a column of such values keeps its uniqueness and can be looked up
         * by sealing the value sought. It tells equal values apart from unequal ones, nothing more —
         * what a keyed hash for lookups would tell too. Opened like any sealed value.
         */
        String sealFindable(String value) {
            if (value == null) {
                return null;
            }
            return seal(value, java.util.Arrays.copyOf(hmac(nonceKey, value), 12));
        }

        private String seal(String value, byte[] nonce) {
            try {
                Cipher c = Cipher.getInstance("AES/GCM/NoPadding");
                c.init(Cipher.ENCRYPT_MODE, key, new GCMParameterSpec(128, nonce));
                byte[] ct = c.doFinal(value.getBytes(StandardCharsets.UTF_8));
                return PREFIX + Base64.getEncoder().encodeToString(ByteBuffer.allocate(12 + ct.length).put(nonce).put(ct).array());
            } catch (GeneralSecurityException e) {
                throw new StoreException("cannot encrypt a value", e);
            }
        }

        String open(String stored) {
            if (stored == null || !stored.startsWith(PREFIX)) {
                return stored;
            }
            try {
                byte[] all = Base64.getDecoder().decode(stored.substring(PREFIX.length()));
                Cipher c = Cipher.getInstance("AES/GCM/NoPadding");
                c.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(128, all, 0, 12));
                return new String(c.doFinal(all, 12, all.length - 12), StandardCharsets.UTF_8);
            } catch (GeneralSecurityException e) {
                throw new StoreException("cannot decrypt a value: wrong case key or damaged store", e);
            }
        }

        /**
         * A keyed hash for looking a value up, under a key of its own derived from the case key (the
         * encryption key is not reused for another purpose).
         */
        String matchHash(String lookupForm) {
            return java.util.HexFormat.of().formatHex(hmac(matchKey, lookupForm));
        }

        /** HMAC of a constant: tells a right key from a wrong one without storing the key. */
        byte[] checkValue() {
            try {
                Mac mac = Mac.getInstance("HmacSHA256");
                mac.init(key);
                return mac.doFinal("leakscope case key".getBytes(StandardCharsets.UTF_8));
            } catch (GeneralSecurityException e) {
                throw new StoreException("cannot compute the key check value", e);
            }
        }
    }
}
