package de.stadtlage.persistence;

import de.stadtlage.common.Sha256;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The secret of one database that lives outside it: a key file of 32 random bytes. Backups are signed with it,
 * and the audit chain's anchors are keyed with it, so whoever can change the database with plain SQL (or hand
 * Stadtlage a crafted backup) cannot produce a valid signature without also holding this file.
 *
 * <p>Where the file is: {@code STADTLAGE_KEY_FILE} (or the system property {@value #OVERRIDE_PROPERTY}) when set;
 * for an H2 file {@code <name>.key} beside {@code <name>.mv.db}, so every instance sharing that file uses the same
 * key; otherwise {@code keys/<hash of the JDBC URL>.key} in the user's data folder. The file is created on first
 * use, readable by its owner only where the file system allows it. Each purpose gets its own derived key.
 */
public final class SiteKey {

    public static final String OVERRIDE_PROPERTY = "stadtlage.keyfile";
    public static final String OVERRIDE_ENV = "STADTLAGE_KEY_FILE";
    private static final String ALGORITHM = "HmacSHA256";
    private static final int KEY_BYTES = 32;

    private final Path file;
    private final byte[] master;

    private SiteKey(Path file, byte[] master) {
        this.file = file;
        this.master = master;
    }

    /** The key of a database, created when it does not exist yet. */
    public static SiteKey of(DatabaseLocation location) {
        return load(fileFor(location));
    }

    /** Where the key of a database is kept (it may not exist yet). */
    public static Path fileFor(DatabaseLocation location) {
        String override = System.getProperty(OVERRIDE_PROPERTY, System.getenv(OVERRIDE_ENV));
        if (override != null && !override.isBlank()) {
            return Path.of(override).toAbsolutePath();
        }
        if (location.isH2File()) {
            String data = location.file().toString();
            String base = data.endsWith(".mv.db") ? data.substring(0, data.length() - ".mv.db".length()) : data;
            return Path.of(base + ".key");
        }
        String url = location.jdbcUrl().replaceAll("password=[^;&]*", "");
        return DataFolder.resolve().resolve("keys").resolve(Sha256.hex(url).substring(0, 16) + ".key");
    }

    /** Reads the key file, or creates it with a new random key when it is missing. */
    public static SiteKey load(Path file) {
        try {
            if (!Files.exists(file)) {
                create(file);
            }
            byte[] master = Base64.getDecoder().decode(Files.readString(file, StandardCharsets.US_ASCII).strip());
            if (master.length < KEY_BYTES) {
                throw new IllegalStateException("key file " + file + " holds fewer than " + KEY_BYTES + " bytes");
            }
            return new SiteKey(file, master);
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException("key file " + file + " is not Base64", e);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read or create key file " + file, e);
        }
    }

    private static void create(Path file) throws IOException {
        byte[] key = new byte[KEY_BYTES];
        new SecureRandom().nextBytes(key);
        Path parent = file.toAbsolutePath().getParent();
        Files.createDirectories(parent);
        Path temp = Files.createTempFile(parent, ".key", ".tmp");
        try {
            ownerOnly(temp);
            Files.writeString(temp, Base64.getEncoder().encodeToString(key) + "\n", StandardCharsets.US_ASCII);
            // no REPLACE_EXISTING: when another instance created the key in the meantime, its key wins
            Files.move(temp, file, StandardCopyOption.ATOMIC_MOVE);
        } catch (FileAlreadyExistsException raced) {
            Files.deleteIfExists(temp);
        } finally {
            Files.deleteIfExists(temp);
        }
    }

    private static void ownerOnly(Path path) throws IOException {
        try {
            Files.setPosixFilePermissions(path, PosixFilePermissions.fromString("rw-------"));
        } catch (UnsupportedOperationException notPosix) {
            // Windows: the user's profile folder is private already
        }
    }

    public Path file() {
        return file;
    }

    /** A fresh MAC keyed for one purpose ("backup", "audit", …); the purposes never share a key. */
    public Mac mac(String purpose) {
        try {
            Mac mac = Mac.getInstance(ALGORITHM);
            mac.init(new SecretKeySpec(derive(purpose), ALGORITHM));
            return mac;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every JDK", e);
        }
    }

    /** The key for one purpose: HMAC-SHA256 of the purpose's name under the master key. */
    public byte[] derive(String purpose) {
        try {
            Mac mac = Mac.getInstance(ALGORITHM);
            mac.init(new SecretKeySpec(master, ALGORITHM));
            return mac.doFinal(purpose.getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every JDK", e);
        }
    }

    /** HMAC-SHA256 of some bytes for a purpose, as lower-case hex. */
    public String hmacHex(String purpose, byte[] data) {
        return HexFormat.of().formatHex(mac(purpose).doFinal(data));
    }
}
