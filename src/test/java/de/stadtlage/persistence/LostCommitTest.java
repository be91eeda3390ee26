package de.stadtlage.persistence;

import static de.stadtlage.persistence.jooq.Tables.APP_SETTING;
import static de.stadtlage.persistence.jooq.Tables.IMPORT_BATCH;
import static de.stadtlage.persistence.jooq.Tables.INCIDENT;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import de.stadtlage.access.AuditLog;
import de.stadtlage.access.CurrentUser;
import de.stadtlage.importing.ImportProgress;
import de.stadtlage.importing.ImportResult;
import de.stadtlage.importing.IncidentImportService;
import de.stadtlage.testing.TempDatabase;
import java.io.EOFException;
import java.io.IOException;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.UnaryOperator;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The connection to a shared H2 file breaks while a transaction commits. Whether the commit arrived is then
 * unknown to the app: it must find out before running the work again, never import a file twice or call a stored
 * import a failure.
 */
class LostCommitTest {

    private static final String CSV = """
            Zeitpunkt;Kategorie;Quelle;Breite;Länge;Ort;Anzahl;Bemerkung
            03.07.2023 14:05;Drogenkonsum;Polizei;51,52587;7,46564;Nordmarkt;1;Konsum auf Spielplatz
            03.07.2023 15:30;Aggressives Betteln;KOD;51,51789;7,45928;Hauptbahnhof;2;
            04.07.2023 09:00;Platzverweis;Bürgerhinweis;51,5216;7,46025;Keuningpark;;Grünfläche
            """;

    @TempDir
    Path folder;

    /** Connections whose next commit reports a broken connection, either after or instead of committing. */
    static final class BreakingCommits implements UnaryOperator<DataSource> {

        final AtomicBoolean armed = new AtomicBoolean();
        private final boolean commitArrives;

        BreakingCommits(boolean commitArrives) {
            this.commitArrives = commitArrives;
        }

        @Override
        public DataSource apply(DataSource real) {
            return proxy(DataSource.class, real, (name, args, call) -> name.equals("getConnection")
                    ? connection((Connection) call.get()) : call.get());
        }

        private Connection connection(Connection real) {
            return proxy(Connection.class, real, (name, args, call) -> {
                if (name.equals("commit") && armed.get()) {
                    if (commitArrives) {
                        call.get();
                    }
                    armed.set(false);
                    throw new SQLException("Connection is broken: \"simulated\"", "08006", 90067);
                }
                return call.get();
            });
        }

        interface Call {
            Object get() throws SQLException;
        }

        interface Handler {
            Object handle(String name, Object[] args, Call call) throws SQLException;
        }

        @SuppressWarnings("unchecked")
        private static <T> T proxy(Class<T> type, T real, Handler handler) {
            return (T) Proxy.newProxyInstance(type.getClassLoader(), new Class<?>[] {type}, (p, method, args) ->
                    handler.handle(method.getName(), args, () -> {
                        try {
                            return method.invoke(real, args);
                        } catch (InvocationTargetException e) {
                            if (e.getCause() instanceof SQLException sql) {
                                throw sql;
                            }
                            throw new IllegalStateException(e.getCause());
                        } catch (IllegalAccessException e) {
                            throw new IllegalStateException(e);
                        }
                    }));
        }
    }

    private Database open(BreakingCommits commits) {
        return Database.open(TempDatabase.location(folder), BackupFolder.standard(), commits);
    }

    private Path csv() throws IOException {
        return Files.writeString(folder.resolve("vorfaelle.csv"), CSV, StandardCharsets.UTF_8);
    }

    @Test
    void anImportWhoseCommitArrivedBeforeTheConnectionBrokeIsReportedOnceAsImported() throws IOException {
        BreakingCommits commits = new BreakingCommits(true);
        try (Database db = open(commits)) {
            IncidentImportService imports = new IncidentImportService(db, CurrentUser.system());
            commits.armed.set(true);
            ImportResult result = imports.importFile(csv(), ImportProgress.NONE);

            assertThat(commits.armed).isFalse();
            assertThat(result.imported()).isEqualTo(3);
            assertThat(result.duplicatesSkipped()).isZero();
            assertThat(db.dsl().fetchCount(IMPORT_BATCH)).isEqualTo(1);
            assertThat(db.dsl().fetchCount(INCIDENT)).isEqualTo(3);
            assertThat(db.dsl().fetchValue(IMPORT_BATCH.ID)).isEqualTo(result.batchId());
            assertThat(AuditLog.entriesFor(db.dsl(), "import_batch", result.batchId())).hasSize(1);
        }
    }

    @Test
    void anImportWhoseCommitNeverArrivedIsRunAgainAndStoredOnce() throws IOException {
        BreakingCommits commits = new BreakingCommits(false);
        try (Database db = open(commits)) {
            IncidentImportService imports = new IncidentImportService(db, CurrentUser.system());
            commits.armed.set(true);
            ImportResult result = imports.importFile(csv(), ImportProgress.NONE);

            assertThat(commits.armed).isFalse();
            assertThat(result.imported()).isEqualTo(3);
            assertThat(db.dsl().fetchCount(IMPORT_BATCH)).isEqualTo(1);
            assertThat(db.dsl().fetchCount(INCIDENT)).isEqualTo(3);
        }
    }

    @Test
    void aWriteWithoutAnAuditEntryIsNotRunAgainWhenItsCommitIsUncertain() {
        BreakingCommits commits = new BreakingCommits(true);
        try (Database db = open(commits)) {
            AtomicBoolean ranTwice = new AtomicBoolean();
            AtomicBoolean ran = new AtomicBoolean();
            commits.armed.set(true);
            assertThatThrownBy(() -> db.transaction(cfg -> {
                ranTwice.set(ran.getAndSet(true));
                cfg.dsl().insertInto(APP_SETTING).set(APP_SETTING.SETTING_KEY, "test.once")
                        .set(APP_SETTING.SETTING_VALUE, "1").execute();
            })).isInstanceOf(DatabaseException.class).hasMessageContaining("unterbrochen")
                    .hasMessageContaining("prüfen");
            assertThat(ranTwice).isFalse();
            assertThat(db.dsl().fetchCount(APP_SETTING, APP_SETTING.SETTING_KEY.eq("test.once"))).isEqualTo(1);
        }
    }

    /**
     * The other instance, which served the shared file, ends while this one reads it for its backup on closing: H2
     * then reports an I/O error caused by the end of the stream (seen in {@code MixedModeTest}). The backup is read
     * again and written whole, instead of being skipped with a warning.
     */
    @Test
    void aBackupCutOffBecauseTheServingInstanceEndedIsReadAgainAndComplete() throws IOException {
        AtomicBoolean serverEnds = new AtomicBoolean();
        UnaryOperator<DataSource> connections = real -> BreakingCommits.proxy(DataSource.class, real,
                (name, args, call) -> !name.equals("getConnection") ? call.get()
                        : BreakingCommits.proxy(Connection.class, (Connection) call.get(), (method, sql, real2) -> {
                            if (method.startsWith("prepare") && String.valueOf(sql[0]).contains("from \"INCIDENT\" order by")
                                    && serverEnds.getAndSet(false)) {
                                throw new SQLException("IO Exception: \"java.io.EOFException\"", "90028", 90028,
                                        new EOFException());
                            }
                            return real2.get();
                        }));
        DatabaseLocation location = TempDatabase.location(folder);
        BackupFolder backups = new BackupFolder(folder.resolve("sicherungen"));
        try (Database db = Database.open(location, backups, connections)) {
            new IncidentImportService(db, CurrentUser.system()).importFile(csv(), ImportProgress.NONE);
            serverEnds.set(true);
        }
        assertThat(serverEnds).as("the read was cut off once").isFalse();
        assertThat(backups.backupsOf(location)).hasSize(1);

        try (Database db = Database.open(location, backups)) {
            db.dsl().deleteFrom(INCIDENT).execute();
            db.restoreFrom(backups.backupsOf(location).get(0));
            assertThat(db.dsl().fetchCount(INCIDENT)).as("the backup holds every incident").isEqualTo(3);
        }
    }
}
