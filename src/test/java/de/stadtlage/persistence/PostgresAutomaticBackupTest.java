package de.stadtlage.persistence;

import static de.stadtlage.persistence.jooq.Tables.IMPORT_BATCH;
import static de.stadtlage.persistence.jooq.Tables.METRIC;
import static org.assertj.core.api.Assertions.assertThat;

import de.stadtlage.access.AuditLog;
import de.stadtlage.access.CurrentUser;
import de.stadtlage.cli.Cli;
import de.stadtlage.sample.SampleData;
import de.stadtlage.testing.PostgresTestSchemas;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.Map;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;
import org.junit.jupiter.api.io.TempDir;

/** Automatic backups of a PostgreSQL database: at every clean close after a change and before migrations. */
@EnabledIfEnvironmentVariable(named = PostgresTestSchemas.URL_VARIABLE, matches = ".+")
class PostgresAutomaticBackupTest {

    @TempDir
    Path folder;

    private BackupFolder backups() {
        return new BackupFolder(folder.resolve("backups"));
    }

    private static void openWriteClose(DatabaseLocation location, BackupFolder backups) {
        try (Database db = Database.open(location, backups)) {
            db.transaction(cfg -> AuditLog.append(cfg.dsl(), "Anna", "task", 1, "UPDATE", null, null));
        }
    }

    @Test
    void everyCleanCloseAfterAChangeWritesABackupNamedAfterServerAndDatabaseAndTheNewestTenAreKept() {
        DatabaseLocation location = PostgresTestSchemas.location(folder.resolve("a"));
        BackupFolder backups = backups();
        openWriteClose(location, backups);
        assertThat(backups.backupsOf(location)).singleElement().satisfies(f -> assertThat(f.getFileName().toString())
                .startsWith(BackupFolder.serverAndDatabase(location.jdbcUrl()).replaceAll("[^A-Za-z0-9_-]", "_"))
                .contains("beim-schliessen").endsWith(".sql.zip"));
        for (int i = 1; i < 12; i++) {
            openWriteClose(location, backups);
        }
        Database.open(location, backups).close();
        assertThat(backups.backupsOf(location)).hasSize(BackupFolder.KEEP);
        DatabaseLocation otherSchema = PostgresTestSchemas.location(folder.resolve("b"));
        openWriteClose(otherSchema, backups);
        assertThat(backups.backupsOf(otherSchema)).hasSize(1);
        assertThat(backups.backupsOf(location)).hasSize(BackupFolder.KEEP);
    }

    @Test
    void theBackupOfACleanCloseRestoresIntoAnotherSchemaWithTheCommandLine() {
        DatabaseLocation source = PostgresTestSchemas.location(folder.resolve("quelle"));
        DatabaseLocation target = PostgresTestSchemas.location(folder.resolve("ziel"));
        Map<String, Integer> counts;
        try (Database db = Database.open(source, backups())) {
            SampleData.load(db, CurrentUser.system(), LocalDate.of(2023, 9, 4), false);
            counts = DatabaseContent.rowCounts(db.dsl());
        }
        Path backup = backups().latest(source).orElseThrow();
        String[] restore = run("--db", target.jdbcUrl(), "--db-user", target.user(), "--db-password",
                target.password(), "restore", backup.toString(), "--key-file", SiteKey.fileFor(source).toString());
        assertThat(restore[0]).as(restore[2]).isEqualTo("0");
        try (Database db = Database.open(target, backups())) {
            Map<String, Integer> restored = DatabaseContent.rowCounts(db.dsl());
            assertThat(restored).isEqualTo(withOneMoreAuditEntry(counts));
            assertThat(AuditLog.verify(db.dsl()).intact()).isTrue();
        }
    }

    @Test
    void aDatabaseWithPendingMigrationsIsBackedUpBeforeAndThatBackupRestoresTheOldState() throws Exception {
        DatabaseLocation location = PostgresTestSchemas.location(folder);
        BackupFolder backups = backups();
        Flyway.configure().dataSource(location.jdbcUrl(), location.user(), location.password())
                .locations("classpath:db/migration").target("1").load().migrate();
        try (Connection connection = DriverManager.getConnection(location.jdbcUrl(), location.user(),
                location.password()); Statement statement = connection.createStatement()) {
            statement.execute("insert into import_batch (file_name, imported_by) values ('alt.csv', 'Anna')");
        }
        try (Database db = Database.open(location, backups)) {
            Path beforeMigration = backups.latest(location).orElseThrow();
            assertThat(beforeMigration.getFileName().toString()).contains("vor-migration");
            db.transaction(cfg -> cfg.dsl().insertInto(IMPORT_BATCH).set(IMPORT_BATCH.FILE_NAME, "neu.csv").execute());

            db.restoreFrom(beforeMigration);

            assertThat(db.dsl().select(IMPORT_BATCH.FILE_NAME).from(IMPORT_BATCH).fetch(IMPORT_BATCH.FILE_NAME))
                    .containsExactly("alt.csv");
            assertThat(db.dsl().fetchCount(METRIC)).as("seeded again by the migration after the restore").isPositive();
            db.transaction(cfg -> cfg.dsl().insertInto(IMPORT_BATCH).set(IMPORT_BATCH.FILE_NAME, "danach.csv").execute());
        }
        // the restore migrates on inside its transaction: no second "vor-migration" backup of the restored state
        assertThat(backups.backupsOf(location)).extracting(f -> f.getFileName().toString().replaceAll(".*_", ""))
                .containsExactly("beim-schliessen.sql.zip", "vor-wiederherstellung.sql.zip", "vor-migration.sql.zip");
    }

    private static Map<String, Integer> withOneMoreAuditEntry(Map<String, Integer> counts) {
        Map<String, Integer> expected = new java.util.LinkedHashMap<>(counts);
        expected.merge("audit_log", 1, Integer::sum);
        return expected;
    }

    private static String[] run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Cli.execute(args, new PrintWriter(out), new PrintWriter(err), Map.of());
        return new String[] {String.valueOf(code), out.toString(), err.toString()};
    }
}
