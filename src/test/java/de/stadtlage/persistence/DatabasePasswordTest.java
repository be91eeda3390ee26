package de.stadtlage.persistence;

import static de.stadtlage.persistence.jooq.Tables.AUDIT_LOG;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import de.stadtlage.access.AuditLog;
import de.stadtlage.testing.TempDatabase;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** H2's user "sa" has a password from the key file beside the database, never the empty one of before. */
class DatabasePasswordTest {

    @TempDir
    Path folder;

    /** A database as versions before the key file left it: "sa" without password, no key file. */
    static DatabaseLocation fileFromBefore(Path folder) throws SQLException {
        DatabaseLocation location = TempDatabase.location(folder);
        try (Database db = Database.open(location); Connection connection = db.connection()) {
            db.transaction(cfg -> AuditLog.append(cfg.dsl(), "Anna", "task", 1, "CREATE", null, null));
            connection.createStatement().execute("alter user sa set password ''");
        }
        try {
            Files.delete(SiteKey.fileFor(location));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return location;
    }

    @Test
    void aNewFileOpensOnlyWithThePasswordFromItsKeyFile() throws Exception {
        DatabaseLocation location = TempDatabase.location(folder);
        Database.open(location).close();

        assertThat(SiteKey.fileFor(location)).exists();
        assertThatThrownBy(() -> DriverManager.getConnection(location.jdbcUrl(), "sa", "").close())
                .isInstanceOf(SQLException.class).hasMessageContaining("Wrong user name or password");
        try (Connection connection = DriverManager.getConnection(location.jdbcUrl(), "sa",
                location.withKeyPassword().password())) {
            assertThat(connection.isValid(1)).isTrue();
        }
        assertThat(location.withKeyPassword().password()).doesNotContain(" ").hasSizeGreaterThan(40);
    }

    @Test
    void aFileFromBeforeGetsItsPasswordAtTheFirstOpenAndKeepsItsData() throws Exception {
        DatabaseLocation location = fileFromBefore(folder);
        try (Database db = Database.open(location)) {
            assertThat(db.dsl().fetchCount(AUDIT_LOG)).isEqualTo(1);
            assertThat(AuditLog.verify(db.dsl()).intact()).isTrue();
        }
        assertThat(SiteKey.fileFor(location)).exists();
        assertThatThrownBy(() -> DriverManager.getConnection(location.jdbcUrl(), "sa", "").close())
                .isInstanceOf(SQLException.class);
        Database.open(location).close(); // and opens again with it
    }

    @Test
    void aMissingKeyFileIsSaidInGermanAndNotReplacedByANewOne() throws Exception {
        DatabaseLocation location = TempDatabase.location(folder);
        Database.open(location).close();
        Path key = SiteKey.fileFor(location);
        Path kept = Files.move(key, folder.resolve("aufbewahrt.key"));

        assertThatThrownBy(() -> Database.open(location)).isInstanceOf(DatabaseException.class)
                .hasMessageContaining("fehlt ihre Schlüsseldatei " + key)
                .hasMessageContaining("aus der Aufbewahrung der Administration");
        assertThat(key).doesNotExist();

        Files.move(kept, key);
        Database.open(location).close();
    }

    @Test
    void theKeyFileOfAnotherDatabaseDoesNotFit() throws Exception {
        DatabaseLocation location = TempDatabase.location(folder);
        Database.open(location).close();
        DatabaseLocation other = DatabaseLocation.h2File(folder.resolve("andere"));
        Database.open(other).close();
        Files.copy(SiteKey.fileFor(other), SiteKey.fileFor(location), java.nio.file.StandardCopyOption.REPLACE_EXISTING);

        assertThatThrownBy(() -> Database.open(location)).isInstanceOf(DatabaseException.class)
                .hasMessageContaining("passt nicht zur Datenbank");
    }
}
