package de.stadtlage.testing;

import de.stadtlage.app.StartupOpener;
import de.stadtlage.persistence.Database;
import de.stadtlage.persistence.DatabaseLocation;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** A real H2 file database in a fresh temporary folder, migrated like the app does it. */
public final class TempDatabase {

    private TempDatabase() {
    }

    /** A location for a new database file under {@code folder}. */
    public static DatabaseLocation location(Path folder) {
        return DatabaseLocation.h2File(folder.resolve("stadtlage-test"));
    }

    public static Database open(Path folder) {
        return StartupOpener.open(location(folder));
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
