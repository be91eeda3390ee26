package de.stadtlage.persistence;

import de.stadtlage.common.Messages;
import java.io.IOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Objects;
import java.util.function.UnaryOperator;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.h2.jdbcx.JdbcConnectionPool;
import org.jooq.DSLContext;
import org.jooq.SQLDialect;
import org.jooq.TransactionalCallable;
import org.jooq.TransactionalRunnable;
import org.jooq.exception.DataAccessException;
import org.jooq.impl.DSL;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The open database: migrated by Flyway on open, used through jOOQ. Every write of the application goes through
 * {@link #transaction} or {@link #transactionResult}, so it is one transaction.
 */
public final class Database implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(Database.class);

    private volatile DatabaseLocation location;
    private final DataSource dataSource;
    private final AutoCloseable closer;
    private final DSLContext dsl;
    private final BackupFolder backups;
    private volatile boolean ready;
    private volatile String fingerprintAtOpen = "";

    private Database(DatabaseLocation location, DataSource dataSource, AutoCloseable closer, BackupFolder backups) {
        this.location = location;
        this.dataSource = dataSource;
        this.closer = closer;
        this.backups = backups;
        this.dsl = DSL.using(dataSource, location.dialect(), DatabaseSettings.forDialect(location.dialect()));
    }

    /** Opens the database and brings its schema up to date; backups go to the data folder's backups folder. */
    public static Database open(DatabaseLocation location) {
        return open(location, BackupFolder.standard());
    }

    /**
     * Opens the database and brings its schema up to date, after a backup when migrations are pending.
     *
     * @throws DatabaseCorruptException when the H2 file exists but cannot be read (it is left untouched)
     */
    public static Database open(DatabaseLocation location, BackupFolder backups) {
        return open(location, backups, UnaryOperator.identity());
    }

    /** As {@link #open(DatabaseLocation, BackupFolder)}, every connection taken through {@code connections}. */
    static Database open(DatabaseLocation location, BackupFolder backups, UnaryOperator<DataSource> connections) {
        Objects.requireNonNull(location, "location");
        location.dialect(); // fails early, in German, for an unsupported URL
        if (location.isH2File() && !location.hasFilePassword() && FileEncryption.isEncrypted(location.file())) {
            throw new DatabaseException("Die Datenbankdatei " + location.display() + " ist verschlüsselt. Bitte das"
                    + " Dateipasswort angeben (Befehle: Umgebungsvariable STADTLAGE_FILE_PASSWORD).", null);
        }
        Connection held = null;
        if (H2UserPassword.applies(location)) {
            try {
                H2UserPassword.FirstConnection first = H2UserPassword.open(location);
                location = first.location();
                held = first.connection();
            } catch (SQLException e) {
                throw openFailure(location, backups, e);
            }
        }
        Database database = create(location, backups, connections);
        // The first connection stays open while migrating, so an embedded H2 file is opened only once.
        try (Connection keptOpen = held; Connection first = database.firstConnection()) {
            database.migrate();
            database.fingerprintAtOpen = database.fingerprint();
            database.ready = true;
        } catch (SQLException e) {
            database.close();
            throw new DatabaseException("Die Datenbank " + location.display() + " ließ sich nicht schließen.", e);
        } catch (RuntimeException e) {
            database.close();
            throw e;
        }
        return database;
    }

    private static Database create(DatabaseLocation location, BackupFolder backups,
                                   UnaryOperator<DataSource> connections) {
        if (location.jdbcUrl().startsWith("jdbc:h2:")) {
            SharedFileDataSource shared = new SharedFileDataSource(() -> pool(location));
            return new Database(location, connections.apply(shared), shared::dispose, backups);
        }
        return new Database(location, connections.apply(new DriverManagerDataSource(location.jdbcUrl(),
                location.user(), location.password())), () -> { }, backups);
    }

    static JdbcConnectionPool pool(DatabaseLocation location) {
        JdbcConnectionPool pool = JdbcConnectionPool.create(location.jdbcUrl(), location.user(), location.password());
        pool.setMaxConnections(16);
        return pool;
    }

    private Connection firstConnection() {
        try {
            return dataSource.getConnection();
        } catch (SQLException e) {
            throw openFailure(location, backups, e);
        }
    }

    private static DatabaseException openFailure(DatabaseLocation location, BackupFolder backups, SQLException e) {
        if (location.hasFilePassword() && H2Files.isWrongFilePassword(e)) {
            return new WrongFilePasswordException(location.display(), e);
        }
        if (location.isH2File() && H2Files.isCorruption(e)) {
            return new DatabaseCorruptException(Path.of(location.display()), backups.latest(location), e);
        }
        if (location.isH2File() && H2Files.isInUse(e)) {
            return new DatabaseException("Die Datenbank " + location.display() + " ist gerade in einem anderen"
                    + " Stadtlage geöffnet (auf diesem oder einem anderen Rechner). Bitte es dort schließen und es"
                    + " erneut versuchen. Sollen mehrere Stadtlage die Datei gleichzeitig nutzen, alle mit --shared"
                    + " starten (siehe README, „Gemeinsame Datei“); für mehrere Arbeitsplätze ist ein"
                    + " PostgreSQL-Server die bessere Wahl.", e);
        }
        return new DatabaseException("Die Datenbank " + location.display() + " konnte nicht geöffnet werden: "
                + e.getMessage() + ". Bitte prüfen Sie Pfad, Netzwerk und Zugangsdaten.", e);
    }

    private void migrate() {
        long start = System.nanoTime();
        try {
            Flyway flyway = flyway().load();
            var info = flyway.info();
            if (info.applied().length > 0 && info.pending().length > 0) {
                writeAutomaticBackup("vor-migration");
            }
            flyway.migrate();
        } catch (FlywayException e) {
            throw new DatabaseException("Die Datenbank " + location.display()
                    + " konnte nicht geöffnet oder aktualisiert werden. Bitte prüfen Sie, ob die Datei lesbar ist"
                    + " und ob sie zu dieser Version von Stadtlage passt.", e);
        }
        LOG.info("Datenbank {} bereit ({} ms)", location.display(), (System.nanoTime() - start) / 1_000_000);
    }

    private org.flywaydb.core.api.configuration.FluentConfiguration flyway() {
        return Flyway.configure().dataSource(dataSource).locations(DatabaseSettings.migrationLocations(location.dialect()));
    }

    public DatabaseLocation location() {
        return location;
    }

    /** The jOOQ context for reads; writes use {@link #transaction}. */
    public DSLContext dsl() {
        return dsl;
    }

    public void transaction(TransactionalRunnable work) {
        transactionResult(cfg -> {
            work.run(cfg);
            return null;
        });
    }

    /**
     * Runs {@code work} as one transaction. On a shared H2 file, a transaction cut off because the instance that
     * served the file ended is run again (it was rolled back with the server's session), at most three times. When
     * the connection broke while committing, the commit may have arrived: the work runs again only when its audit
     * entry is provably not stored; when it is, its result is returned as if nothing had happened.
     *
     * @throws DatabaseException when a commit broke off and whether it arrived cannot be told
     */
    public <T> T transactionResult(TransactionalCallable<T> work) {
        for (int attempt = 1; ; attempt++) {
            TransactionAttempt<T> run = new TransactionAttempt<>(work);
            try {
                return dsl.transactionResult(run);
            } catch (DataAccessException e) {
                if (!location.isH2File() || !H2Files.isConnectionLost(e)) {
                    throw e;
                }
                if (run.finished() && commitArrived(run, e)) {
                    return run.result();
                }
                if (attempt >= 3) {
                    throw e;
                }
                LOG.info("Verbindung zur gemeinsamen Datenbankdatei {} unterbrochen (ein anderes Stadtlage wurde"
                        + " beendet); die Änderung wird erneut ausgeführt", location.display());
            }
        }
    }

    /** After the connection broke while committing: whether the commit arrived, told by its audit entry. */
    private boolean commitArrived(TransactionAttempt<?> run, DataAccessException cause) {
        if (run.marker() == null) {
            throw uncertainCommit(cause);
        }
        for (int check = 1; ; check++) {
            try {
                boolean stored = CommitMarker.isStored(dsl, run.marker());
                LOG.info("Verbindung zu {} beim Speichern unterbrochen; die Änderung ist {}", location.display(),
                        stored ? "gespeichert" : "nicht gespeichert und wird erneut ausgeführt");
                return stored;
            } catch (DataAccessException again) {
                if (check >= 3 || !H2Files.isConnectionLost(again)) {
                    throw uncertainCommit(again);
                }
            }
        }
    }

    private DatabaseException uncertainCommit(DataAccessException cause) {
        return new DatabaseException(Messages.get("error.commitUncertain"), cause);
    }

    /** A plain JDBC connection, for tools that need one (backups, tests). */
    public Connection connection() throws SQLException {
        return dataSource.getConnection();
    }

    /** Writes a signed backup of the whole database to {@code target} (encrypted when the file is). */
    public void backupTo(Path target) {
        backupTo(target, location.filePassword());
    }

    /** Writes a signed backup to {@code target}, encrypted with {@code cipherPassword} unless it is null. */
    public void backupTo(Path target, char[] cipherPassword) {
        backupTo(target, cipherPassword, SiteKey.of(location));
    }

    /**
     * Writes a backup signed with {@code key} (a restore signs the state before it with the key it takes over). On a
     * shared H2 file it is read once more when the instance that served the file ended while it was read: this
     * instance then serves the file itself, and a backup is only a read.
     */
    void backupTo(Path target, char[] cipherPassword, SiteKey key) {
        try {
            writeBackup(target, cipherPassword, key);
        } catch (DatabaseException e) {
            if (!location.isH2File() || !H2Files.isConnectionLost(e)) {
                throw e;
            }
            LOG.info("Verbindung zur gemeinsamen Datenbankdatei {} während der Sicherung unterbrochen (ein anderes"
                    + " Stadtlage wurde beendet); die Sicherung wird erneut gelesen", location.display());
            writeBackup(target, cipherPassword, key);
        }
    }

    private void writeBackup(Path target, char[] cipherPassword, SiteKey key) {
        try {
            DatabaseBackup.write(dsl, target, cipherPassword, key);
        } catch (IOException | RuntimeException e) {
            throw new DatabaseException("Die Sicherung nach " + target + " ist fehlgeschlagen: " + e.getMessage()
                    + ". Bitte prüfen Sie, ob der Ordner beschreibbar ist und genug Platz hat.", e);
        }
    }

    /**
     * Replaces the whole content with the backup in {@code source}, checked with this database's key file, after
     * a backup of the current state. Either all of the backup is restored or nothing changes.
     */
    public RestoreOutcome restoreFrom(Path source) {
        return restoreFrom(source, location.filePassword());
    }

    /** Like {@link #restoreFrom(Path)}, reading an encrypted backup with {@code backupPassword}. */
    public RestoreOutcome restoreFrom(Path source, char[] backupPassword) {
        return restoreFrom(source, backupPassword, null);
    }

    /**
     * Like {@link #restoreFrom(Path, char[])}, checking the backup's signature with {@code keyFile} (the key file
     * of the database the backup comes from; {@code null}: this database's). Refused, with the database left as it
     * is, when the signature does not match, the backup of the current state cannot be written or another instance
     * has the H2 file open; a database restored with another key file signs with that key from then on.
     */
    public RestoreOutcome restoreFrom(Path source, char[] backupPassword, Path keyFile) {
        if (!hasAutomaticBackups()) {
            throw new DatabaseException("Wiederherstellen geht nur in eine H2-Datei oder eine PostgreSQL-Datenbank.",
                    null);
        }
        RestoreOutcome outcome = new DatabaseRestore(this, dataSource, backups).run(source, backupPassword, keyFile);
        migrate();
        return outcome;
    }

    /** After a restore that gave the H2 file the password of the key it took over: connections use that one. */
    void rekeyed(DatabaseLocation keyed) {
        this.location = keyed;
    }

    /** The automatic backups of this database. */
    public BackupFolder backups() {
        return backups;
    }

    /** The audit chain's head and the row counts: every write of the app changes one of them. */
    String fingerprint() {
        if (!hasAutomaticBackups()) {
            return "";
        }
        try {
            return fingerprintOf(dsl);
        } catch (RuntimeException e) {
            LOG.warn("Stand von {} nicht lesbar", location.display(), e);
            return "unbekannt";
        }
    }

    static String fingerprintOf(DSLContext dsl) {
        var setting = de.stadtlage.persistence.jooq.Tables.APP_SETTING;
        return dsl.select(setting.SETTING_VALUE).from(setting).where(setting.SETTING_KEY.eq("audit.head"))
                .fetchOne(setting.SETTING_VALUE) + DatabaseContent.rowCounts(dsl);
    }

    /** A backup into the backups folder; failures are logged, never thrown (the user's work goes on). */
    void writeAutomaticBackup(String reason) {
        if (!hasAutomaticBackups()) {
            return;
        }
        long start = System.nanoTime();
        try {
            Path target = backups.newFile(location, reason);
            backupTo(target);
            backups.prune(location);
            LOG.info("Sicherung {} geschrieben ({} ms)", target, (System.nanoTime() - start) / 1_000_000);
        } catch (RuntimeException e) {
            LOG.warn("Automatische Sicherung von {} fehlgeschlagen", location.display(), e);
        }
    }

    /** H2 files (as SQL script) and PostgreSQL (in the portable format); not in-memory or other H2 URLs. */
    private boolean hasAutomaticBackups() {
        return location.isH2File() || location.dialect() == SQLDialect.POSTGRES;
    }

    /**
     * Closes the database; an H2 file or a PostgreSQL database is backed up first when its content changed since
     * it was opened (a backup of an unchanged database would only push older, different backups out of the newest
     * ten).
     */
    @Override
    public void close() {
        if (ready) {
            ready = false;
            if (!fingerprint().equals(fingerprintAtOpen)) {
                writeAutomaticBackup("beim-schliessen");
            }
        }
        try {
            closer.close();
        } catch (Exception e) {
            LOG.warn("Datenbank {} ließ sich nicht sauber schließen", location.display(), e);
        }
    }
}
