package de.stadtlage.access;

import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;
import java.util.function.IntConsumer;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;

/**
 * Password hashes as PBKDF2-HMAC-SHA256 with a random salt per password, stored as
 * {@code pbkdf2-sha256$ITERATIONS$SALT$HASH} (Base64), so the iteration count can grow later without breaking
 * existing hashes. Comparison takes the same time however many bytes match.
 */
public final class PasswordHasher {

    /** OWASP's recommendation for PBKDF2-HMAC-SHA256 (2023). */
    public static final int ITERATIONS = 600_000;
    static final String PREFIX = "pbkdf2-sha256";
    private static final int SALT_BYTES = 16;
    private static final int KEY_BITS = 256;

    private final SecureRandom random = new SecureRandom();
    private final int iterations;
    private final IntConsumer derivations;
    private final String dummy;

    public PasswordHasher() {
        this(ITERATIONS, count -> { });
    }

    /** A hasher with another cost (tests); {@code derivations} hears the iteration count of every key derived. */
    PasswordHasher(int iterations, IntConsumer derivations) {
        this.iterations = iterations;
        this.derivations = derivations;
        this.dummy = dummyHash();
    }

    public String hash(char[] password) {
        byte[] salt = new byte[SALT_BYTES];
        random.nextBytes(salt);
        return format(salt, derive(password, salt, iterations));
    }

    /**
     * {@code true} when {@code password} produces {@code stored}; a malformed or missing hash never matches. A
     * missing one (an unknown name, a person without password) is checked against a dummy hash of the same cost,
     * so the answer takes as long as for a real one.
     */
    public boolean matches(char[] password, String stored) {
        String[] parts = (isWellFormed(stored) ? stored : dummy).split("\\$");
        try {
            Base64.Decoder b64 = Base64.getDecoder();
            byte[] expected = b64.decode(parts[3]);
            byte[] actual = derive(password, b64.decode(parts[2]), Integer.parseInt(parts[1]));
            return MessageDigest.isEqual(expected, actual) && isWellFormed(stored);
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    private static boolean isWellFormed(String stored) {
        String[] parts = stored == null ? new String[0] : stored.split("\\$");
        return parts.length == 4 && PREFIX.equals(parts[0]);
    }

    /** A hash in the stored format that no password produces: random salt, random key, this hasher's cost. */
    private String dummyHash() {
        byte[] salt = new byte[SALT_BYTES];
        byte[] key = new byte[KEY_BITS / 8];
        random.nextBytes(salt);
        random.nextBytes(key);
        return format(salt, key);
    }

    private String format(byte[] salt, byte[] key) {
        Base64.Encoder b64 = Base64.getEncoder().withoutPadding();
        return PREFIX + "$" + iterations + "$" + b64.encodeToString(salt) + "$" + b64.encodeToString(key);
    }

    private byte[] derive(char[] password, byte[] salt, int iterations) {
        derivations.accept(iterations);
        PBEKeySpec spec = new PBEKeySpec(password, salt, iterations, KEY_BITS);
        try {
            return SecretKeyFactory.getInstance("PBKDF2WithHmacSHA256").generateSecret(spec).getEncoded();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("PBKDF2WithHmacSHA256 is part of every Java 17 runtime", e);
        } finally {
            spec.clearPassword();
        }
    }

    /** Overwrites a password in memory once it is no longer needed. */
    public static void wipe(char[] password) {
        if (password != null) {
            Arrays.fill(password, '\0');
        }
    }
}
