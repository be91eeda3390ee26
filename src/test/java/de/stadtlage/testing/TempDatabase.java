package de.stadtlage.testing;

import de.stadtlage.app.StartupOpener;
import de.stadtlage.persistence.Database;
import de.stadtlage.persistence.DatabaseLocation;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A real database for a test, migrated like the app does it: an H2 file in the test's folder, or, in the build's
 * PostgreSQL run (system property {@code stadtlage.test.db=postgresql}), a schema of its own on that server.
 */
public final class TempDatabase {

    private TempDatabase() {
    }

    /** A location for a new database file under {@code folder}. */
    public static DatabaseLocation location(Path folder) {
        return DatabaseLocation.h2File(folder.resolve("stadtlage-test"));
    }

    /** The repository tests' database: H2, or PostgreSQL in the build's PostgreSQL run. */
    public static Database open(Path folder) {
        return StartupOpener.open(onPostgres() ? PostgresTestSchemas.location(folder) : location(folder));
    }

    public static boolean onPostgres() {
        return "postgresql".equals(System.getProperty("stadtlage.test.db"));
    }

    public static Path newFolder() {
        try {
            Path base = Path.of("target", "test-dbs");
            Files.createDirectories(base);
            return Files.createTempDirectory(base.toAbsolutePath(), "db");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
