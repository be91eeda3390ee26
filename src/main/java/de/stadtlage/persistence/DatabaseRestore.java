package de.stadtlage.persistence;

import java.io.IOException;
import java.nio.file.Path;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.flywaydb.core.api.FlywayException;
import org.jooq.SQLDialect;
import org.jooq.exception.DataAccessException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A restore of an open database, all or nothing: the backup's kind and signature are checked before anything
 * happens, the current state is backed up (no restore without that backup), then the H2 file is replaced in one
 * rename ({@link H2Restore}) or the PostgreSQL schema in one transaction ({@link PostgresRestore}). Every refusal
 * says that the database is unchanged, and names the backup of the current state only once it exists.
 */
final class DatabaseRestore {

    private static final Logger LOG = LoggerFactory.getLogger(DatabaseRestore.class);

    private final Database database;
    private final DatabaseLocation location;
    private final DataSource dataSource;
    private final BackupFolder backups;

    DatabaseRestore(Database database, DataSource dataSource, BackupFolder backups) {
        this.database = database;
        this.location = database.location();
        this.dataSource = dataSource;
        this.backups = backups;
    }

    RestoreOutcome run(Path source, char[] password, Path keyFile) {
        SiteKey key;
        try {
            DatabaseBackup.checkKind(source, password);
            key = RestoreKey.verifying(location, keyFile);
            DatabaseBackup.verify(source, password, key);
        } catch (IOException e) {
            throw notRestored(source, null, e);
        } catch (DatabaseException e) {
            throw refused(e, null);
        }
        String before = database.fingerprint();
        Path previous = backupBeforeRestore(RestoreKey.forPreviousState(location, key));
        try {
            if (location.dialect() == SQLDialect.H2) {
                replaceH2File(source, password, key, before);
            } else {
                PostgresRestore.restore(dataSource, database.dsl().settings(), source, password, key,
                        tx -> checkUnchanged(before, Database.fingerprintOf(tx)));
            }
        } catch (DatabaseException e) {
            throw refused(e, previous);
        } catch (IOException | SQLException | DataAccessException | FlywayException e) {
            throw notRestored(source, previous, e);
        }
        RestoreKey.Adoption adoption = RestoreKey.adopt(location, key);
        return new RestoreOutcome(previous, key.file(), SiteKey.fileFor(location), adoption.taken(),
                adoption.keptFormer());
    }

    private void replaceH2File(Path source, char[] password, SiteKey key, String before)
            throws IOException, SQLException {
        SharedFileDataSource shared = (SharedFileDataSource) dataSource;
        // The new file gets the user password of the key the database keeps after the restore.
        DatabaseLocation restored = RestoreKey.locationAfter(location, key);
        try (H2Restore restore = H2Restore.build(restored, source, password, key)) {
            checkUnchanged(before, database.fingerprint());
            shared.suspend();
            boolean swapped = false;
            try {
                restore.swap();
                swapped = true;
            } finally {
                if (swapped) {
                    database.rekeyed(restored);
                    shared.resume(() -> Database.pool(restored));
                } else {
                    shared.resume();
                }
            }
        }
    }

    private void checkUnchanged(String before, String now) {
        if (!before.equals(now)) {
            throw new DatabaseException("Die Datenbank " + location.display() + " wurde während der Wiederherstellung"
                    + " in einem anderen Stadtlage geändert. Bitte die Wiederherstellung erneut starten (der neue Stand"
                    + " wird dann vorher gesichert).", null);
        }
    }

    /** The backup of the current state, signed with {@code key}; without it there is no restore. */
    private Path backupBeforeRestore(SiteKey key) {
        Path target = null;
        try {
            target = backups.newFile(location, "vor-wiederherstellung");
            database.backupTo(target, location.filePassword(), key);
        } catch (RuntimeException e) {
            throw new DatabaseException("Der jetzige Stand von " + location.display() + " ließ sich vor der"
                    + " Wiederherstellung nicht sichern (" + (target == null ? backups.path() : target) + ": "
                    + e.getMessage() + "). Ohne diese Sicherung wird nicht wiederhergestellt: Es wurde nichts"
                    + " wiederhergestellt, die Datenbank ist unverändert. Bitte prüfen Sie, ob der Ordner "
                    + backups.path() + " beschreibbar ist und genug Platz hat, und versuchen Sie es dann erneut.", e);
        }
        backups.prune(location);
        return target;
    }

    private static DatabaseException refused(DatabaseException e, Path previous) {
        if (e instanceof WrongFilePasswordException) {
            return e;
        }
        return new DatabaseException(e.getMessage() + unchanged(previous), e);
    }

    private DatabaseException notRestored(Path source, Path previous, Exception e) {
        LOG.warn("Wiederherstellung von {} aus {} fehlgeschlagen", location.display(), source, e);
        return new DatabaseException("Die Wiederherstellung aus " + source + " ist fehlgeschlagen: " + e.getMessage()
                + "." + unchanged(previous) + " Bitte prüfen Sie, ob der Ordner der Datenbank beschreibbar ist und"
                + " genug Platz hat; Einzelheiten stehen im Protokoll.", e);
    }

    private static String unchanged(Path previous) {
        return " Es wurde nichts wiederhergestellt; die Datenbank ist unverändert"
                + (previous == null ? "." : " (ihr Stand ist zusätzlich in " + previous + " gesichert).");
    }
}
