package de.stadtlage.persistence;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Comparator;
import java.util.Map;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.h2.store.FileLock;
import org.jooq.DSLContext;
import org.jooq.SQLDialect;
import org.jooq.impl.DSL;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Restores an H2 file without touching it until the end: the backup goes into a new file in a folder beside it
 * (schema built by Flyway at the backup's version, rows inserted, migrated on), the new file is opened read-only
 * and checked, and only then replaces the database file in one rename, while H2's own lock keeps every other
 * instance out. A cut, edited or foreign backup, a bad row or a full disk leave the old file as it was.
 */
final class H2Restore implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(H2Restore.class);

    private final DatabaseLocation target;
    private final Path work;
    private final Path base;

    private H2Restore(DatabaseLocation target, Path work) {
        this.target = target;
        this.work = work;
        this.base = work.resolve(target.file().getFileName().toString().replace(".mv.db", ""));
    }

    /** Builds the restored database in a new file beside {@code target}'s file; {@link #close()} removes it. */
    static H2Restore build(DatabaseLocation target, Path source, char[] password, SiteKey key)
            throws IOException, SQLException {
        Path file = target.file().toAbsolutePath();
        String name = file.getFileName().toString().replace(".mv.db", "");
        H2Restore restore = new H2Restore(target, Files.createTempDirectory(file.getParent(), "." + name
                + "-wiederherstellung-"));
        try {
            restore.fill(source, password, key);
            restore.check();
            return restore;
        } catch (IOException | SQLException | RuntimeException e) {
            restore.close();
            throw e;
        }
    }

    private String url() {
        return "jdbc:h2:file:" + base + (target.hasFilePassword() ? ";CIPHER=AES" : "");
    }

    private void fill(Path source, char[] password, SiteKey key) throws IOException, SQLException {
        DataSource dataSource = new DriverManagerDataSource(url(), target.user(), target.password());
        try (Connection connection = dataSource.getConnection()) {
            DatabaseBackup.read(source, password, key, (version, rows) -> {
                BackupRestore.refuseNewer(version, BackupRestore.flyway(dataSource, SQLDialect.H2), source);
                BackupRestore.flyway(dataSource, SQLDialect.H2).target(version).load().migrate();
                connection.setAutoCommit(false);
                Map<String, Integer> counts = BackupRestore.replaceRows(DSL.using(connection, SQLDialect.H2), rows,
                        source);
                connection.commit();
                return counts;
            });
            BackupRestore.flyway(dataSource, SQLDialect.H2).load().migrate();
        }
    }

    /** Opens the new file read-only: it must be readable to the last row and have no migration pending. */
    private void check() throws SQLException {
        String readOnly = url() + ";ACCESS_MODE_DATA=r";
        DataSource dataSource = new DriverManagerDataSource(readOnly, target.user(), target.password());
        if (BackupRestore.flyway(dataSource, SQLDialect.H2).load().info().pending().length > 0) {
            throw new IllegalStateException("the restored file " + base + " has pending migrations");
        }
        try (Connection connection = dataSource.getConnection()) {
            DSLContext dsl = DSL.using(connection, SQLDialect.H2);
            for (SchemaTables.SchemaTable table : SchemaTables.read(dsl).inDependencyOrder(dsl)) {
                try (var rows = dsl.selectFrom(table.table()).fetchSize(1000).fetchLazy()) {
                    rows.forEach(row -> { });
                }
            }
        }
    }

    /**
     * Replaces the database file with the new one in one rename. Refused while another instance has the file
     * open (the caller has closed its own connections).
     */
    void swap() throws IOException {
        FileLock lock = H2Files.lockAgainstOtherInstances(target.file());
        try {
            Files.move(work.resolve(base.getFileName() + ".mv.db"), target.file(), StandardCopyOption.REPLACE_EXISTING,
                    StandardCopyOption.ATOMIC_MOVE);
        } finally {
            lock.unlock();
        }
    }

    /** Removes the folder of the new file (after the swap it holds nothing of value). */
    @Override
    public void close() {
        try (Stream<Path> files = Files.walk(work)) {
            for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        } catch (IOException e) {
            LOG.warn("Arbeitsordner {} ließ sich nicht löschen", work, e);
        }
    }
}
