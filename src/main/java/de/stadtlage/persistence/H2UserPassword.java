package de.stadtlage.persistence;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Base64;
import org.h2.engine.SessionLocal;
import org.h2.jdbc.JdbcConnection;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The password of H2's user "sa" for a database file, derived from the file's {@link SiteKey} (purpose
 * {@value #PURPOSE}): whoever copies the file, or reaches the port of a shared file, cannot log in without the key
 * file as well. Files from before had an empty password; the first open that has the file to itself sets it, in one
 * statement.
 */
final class H2UserPassword {

    static final String PURPOSE = "h2-password";
    private static final Logger LOG = LoggerFactory.getLogger(H2UserPassword.class);
    /** INVALID_PASSWORD / WRONG_USER_OR_PASSWORD. */
    private static final int WRONG_PASSWORD = 28000;

    private H2UserPassword() {
    }

    /** The first open connection and the location, with the password, that opened it. */
    record FirstConnection(DatabaseLocation location, Connection connection) {
    }

    /** Whether {@link #open} applies: an H2 file whose user password was not given. */
    static boolean applies(DatabaseLocation location) {
        return location.isH2File() && location.userPassword().isEmpty();
    }

    /**
     * The password for a key: Base64 without padding, so it holds no space (H2 splits "file password, space, user
     * password" at the first one).
     */
    static String derive(SiteKey key) {
        return Base64.getEncoder().withoutPadding().encodeToString(key.derive(PURPOSE));
    }

    /**
     * Opens the first connection with the key's password. A file from before gets it now, unless another instance
     * serves the file and may still log in with the old, empty one (then the next open sets it).
     *
     * @throws DatabaseException in German when the key file is missing or does not fit the file
     */
    static FirstConnection open(DatabaseLocation location) throws SQLException {
        Path keyFile = SiteKey.fileFor(location);
        if (!Files.exists(keyFile) && Files.exists(location.file())) {
            return openWithoutKeyFile(location, keyFile);
        }
        String password = derive(SiteKey.of(location));
        DatabaseLocation keyed = location.withUserPassword(password);
        try {
            return new FirstConnection(keyed, connect(keyed));
        } catch (SQLException e) {
            if (e.getErrorCode() != WRONG_PASSWORD) {
                throw e;
            }
        }
        Connection unprotected;
        try {
            unprotected = connect(location);
        } catch (SQLException e) {
            // Through another instance's server a wrong file password looks the same as a wrong user password.
            if (e.getErrorCode() != WRONG_PASSWORD || location.hasFilePassword() && location.isShared()) {
                throw e;
            }
            throw keyDoesNotFit(location, keyFile, e);
        }
        return protect(location, unprotected, password);
    }

    /** Only a file from before opens without its key file; it gets one now. */
    private static FirstConnection openWithoutKeyFile(DatabaseLocation location, Path keyFile) throws SQLException {
        Connection unprotected;
        try {
            unprotected = connect(location);
        } catch (SQLException e) {
            if (e.getErrorCode() != WRONG_PASSWORD) {
                throw e;
            }
            throw new DatabaseException("Zur Datenbank " + location.display() + " fehlt ihre Schlüsseldatei "
                    + keyFile + ". Ohne sie lässt sich die Datenbank nicht öffnen. Bitte die Schlüsseldatei aus der"
                    + " Aufbewahrung der Administration (Kopie oder Sicherung) an diese Stelle zurücklegen oder die"
                    + " Umgebungsvariable " + SiteKey.OVERRIDE_ENV + " auf sie zeigen lassen.", e);
        }
        try {
            return protect(location, unprotected, derive(SiteKey.of(location)));
        } catch (RuntimeException | SQLException e) {
            unprotected.close();
            throw e;
        }
    }

    private static FirstConnection protect(DatabaseLocation location, Connection unprotected, String password)
            throws SQLException {
        if (!(unprotected.unwrap(JdbcConnection.class).getSession() instanceof SessionLocal)) {
            LOG.warn("Die Datenbank {} hat noch kein Passwort; eine ältere Stadtlage-Version stellt sie gerade"
                    + " bereit. Das Passwort wird beim nächsten Öffnen gesetzt, das die Datei allein öffnet.",
                    location.display());
            return new FirstConnection(location, unprotected);
        }
        // This process has the file open itself, so nobody else is logged in with the empty password.
        try (Statement statement = unprotected.createStatement()) {
            statement.execute("ALTER USER " + location.user() + " SET PASSWORD '" + password + "'");
        }
        LOG.info("Die Datenbank {} hat jetzt ein Passwort aus der Schlüsseldatei {}", location.display(),
                SiteKey.fileFor(location));
        return new FirstConnection(location.withUserPassword(password), unprotected);
    }

    private static DatabaseException keyDoesNotFit(DatabaseLocation location, Path keyFile, SQLException e) {
        return new DatabaseException("Die Schlüsseldatei " + keyFile + " passt nicht zur Datenbank "
                + location.display() + ". Bitte die Schlüsseldatei dieser Datenbank aus der Aufbewahrung der"
                + " Administration zurücklegen (oder " + SiteKey.OVERRIDE_ENV + " auf die richtige zeigen lassen).", e);
    }

    private static Connection connect(DatabaseLocation location) throws SQLException {
        return DriverManager.getConnection(location.jdbcUrl(), location.user(), location.password());
    }
}
