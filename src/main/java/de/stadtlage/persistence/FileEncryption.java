package de.stadtlage.persistence;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.Comparator;
import java.util.stream.Stream;
import org.h2.store.FileLock;
import org.h2.tools.ChangeFileEncryption;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * H2's AES file encryption: telling an encrypted file from a plain one without opening it, and turning a plain
 * file into an encrypted one. The conversion works on a copy and swaps it in with one rename, while H2's own lock
 * keeps every other instance out, so the database file is never half converted.
 */
public final class FileEncryption {

    /** Minimum length of a file password (the same as a login password). */
    public static final int MIN_PASSWORD_LENGTH = 10;
    private static final byte[] ENCRYPTED_HEADER = "H2encrypt\n".getBytes(StandardCharsets.ISO_8859_1);
    private static final Logger LOG = LoggerFactory.getLogger(FileEncryption.class);

    private FileEncryption() {
    }

    /** Whether {@code file} starts with the header of H2's encrypted file system (a plain one starts "H:2,"). */
    public static boolean isEncrypted(Path file) {
        if (!Files.isRegularFile(file)) {
            return false;
        }
        try (InputStream in = Files.newInputStream(file)) {
            return Arrays.equals(in.readNBytes(ENCRYPTED_HEADER.length), ENCRYPTED_HEADER);
        } catch (IOException e) {
            LOG.warn("Kopf der Datei {} nicht lesbar", file, e);
            return false;
        }
    }

    /** Whether {@code location} is an existing, encrypted H2 file (so opening it needs the file password). */
    public static boolean isEncrypted(DatabaseLocation location) {
        return location.isH2File() && isEncrypted(location.file());
    }

    /**
     * Checks a new file password. H2 separates file and user password by the first space, so a file password
     * cannot contain one.
     */
    public static void checkNewPassword(char[] password) {
        if (password == null || password.length < MIN_PASSWORD_LENGTH) {
            throw new DatabaseException("Das Dateipasswort muss mindestens " + MIN_PASSWORD_LENGTH
                    + " Zeichen lang sein.", null);
        }
        for (char c : password) {
            if (Character.isWhitespace(c)) {
                throw new DatabaseException("Das Dateipasswort darf keine Leerzeichen enthalten.", null);
            }
        }
    }

    /**
     * Encrypts the plain H2 file of {@code location} with {@code password}. Refused when the file is encrypted
     * already or another instance has it open. The caller takes a backup first (and so has opened the file once,
     * which gave its user the password from the key file).
     */
    public static void encrypt(DatabaseLocation location, char[] password) {
        Path file = location.file();
        if (!Files.isRegularFile(file)) {
            throw new DatabaseException("Die Datenbankdatei " + file + " gibt es nicht. Bitte den Pfad prüfen.", null);
        }
        if (isEncrypted(file)) {
            throw new DatabaseException("Die Datenbankdatei " + file + " ist bereits verschlüsselt.", null);
        }
        checkNewPassword(password);
        FileLock lock = H2Files.lockAgainstOtherInstances(file);
        try {
            convertCopyAndSwap(location, password);
        } catch (IOException | SQLException e) {
            throw new DatabaseException("Die Verschlüsselung von " + file + " ist fehlgeschlagen: " + e.getMessage()
                    + ". Die Datei ist unverändert. Bitte prüfen Sie, ob der Ordner beschreibbar ist und genug"
                    + " Platz hat.", e);
        } finally {
            lock.unlock();
        }
    }

    /** Refuses (in German) when another instance has the file of {@code location} open. */
    public static void checkNotInUse(DatabaseLocation location) {
        H2Files.lockAgainstOtherInstances(location.file()).unlock();
    }

    private static void convertCopyAndSwap(DatabaseLocation location, char[] password) throws IOException, SQLException {
        Path file = location.file();
        String base = file.getFileName().toString().replace(".mv.db", "");
        Path work = Files.createTempDirectory(file.toAbsolutePath().getParent(), "." + base + "-verschluesselung-");
        try {
            Path copy = work.resolve(file.getFileName());
            Files.copy(file, copy);
            ChangeFileEncryption.execute(work.toString(), base, "AES", null, password, true);
            verify(work.resolve(base), password, location.withKeyPassword().userPassword());
            if (!isEncrypted(copy)) {
                throw new IOException("die verschlüsselte Kopie hat nicht den erwarteten Dateikopf");
            }
            // One rename: the database file is either the old plain one or the complete encrypted one.
            Files.move(copy, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            deleteFolder(work);
        }
    }

    /** Opens the encrypted copy read-only, so a broken conversion is noticed before the swap. */
    private static void verify(Path withoutSuffix, char[] password, String userPassword) throws SQLException {
        String url = "jdbc:h2:file:" + withoutSuffix + ";CIPHER=AES;ACCESS_MODE_DATA=r;AUTO_SERVER=FALSE";
        try (Connection connection = DriverManager.getConnection(url, "sa", new String(password) + " " + userPassword);
             var statement = connection.createStatement();
             var tables = statement.executeQuery("SELECT COUNT(*) FROM INFORMATION_SCHEMA.TABLES")) {
            tables.next();
        }
    }

    private static void deleteFolder(Path folder) {
        try (Stream<Path> files = Files.walk(folder)) {
            for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        } catch (IOException e) {
            LOG.warn("Arbeitsordner {} ließ sich nicht löschen", folder, e);
        }
    }
}
