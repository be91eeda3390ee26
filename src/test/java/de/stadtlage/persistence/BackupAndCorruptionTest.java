package de.stadtlage.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import de.stadtlage.access.AuditLog;
import de.stadtlage.access.CurrentUser;
import de.stadtlage.app.StartupOpener;
import de.stadtlage.boards.TaskRepository;
import de.stadtlage.sample.SampleData;
import de.stadtlage.testing.TempDatabase;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BackupAndCorruptionTest {

    @TempDir
    Path folder;

    @Test
    void aBackupRestoredIntoAnotherDatabaseHasTheSameContentAndAnIntactAuditChain() {
        BackupFolder backups = new BackupFolder(folder.resolve("backups"));
        Path file = folder.resolve("lage.sql.zip");
        Map<String, Integer> counts;
        String firstTitle;
        DatabaseLocation sourceLocation = TempDatabase.location(folder.resolve("a"));
        try (Database source = Database.open(sourceLocation, backups)) {
            SampleData.load(source, CurrentUser.system(), LocalDate.of(2023, 9, 4), false);
            counts = DatabaseContent.rowCounts(source.dsl());
            firstTitle = new TaskRepository(source.dsl()).listBoard(1).get(0).title();
            source.backupTo(file);
        }
        try (Database target = Database.open(TempDatabase.location(folder.resolve("b")), backups)) {
            target.restoreFrom(file, null, SiteKey.fileFor(sourceLocation));
            assertThat(DatabaseContent.rowCounts(target.dsl())).isEqualTo(counts);
            assertThat(new TaskRepository(target.dsl()).listBoard(1).get(0).title()).isEqualTo(firstTitle);
            assertThat(AuditLog.verify(target.dsl()).intact()).isTrue();
            // identities continue after the restored rows
            target.transaction(cfg -> AuditLog.append(cfg.dsl(), "Anna", "task", 1, "UPDATE", null, null));
            assertThat(AuditLog.verify(target.dsl()).intact()).isTrue();
        }
    }

    private static void openWriteClose(DatabaseLocation location, BackupFolder backups) {
        try (Database db = Database.open(location, backups)) {
            db.transaction(cfg -> AuditLog.append(cfg.dsl(), "Anna", "task", 1, "UPDATE", null, null));
        }
    }

    @Test
    void everyCleanCloseAfterAChangeWritesABackupAndOnlyTheNewestTenAreKept() {
        BackupFolder backups = new BackupFolder(folder.resolve("backups"));
        DatabaseLocation location = TempDatabase.location(folder);
        for (int i = 0; i < 12; i++) {
            openWriteClose(location, backups);
        }
        Database.open(location, backups).close(); // nothing changed: the newest ten stay as they are
        assertThat(backups.backupsOf(location)).hasSize(10)
                .allSatisfy(f -> assertThat(f.getFileName().toString()).contains("beim-schliessen").endsWith(".sql.zip"));
        DatabaseLocation other = TempDatabase.location(folder.resolve("other"));
        openWriteClose(other, backups);
        assertThat(backups.backupsOf(other)).hasSize(1);
        assertThat(backups.backupsOf(location)).hasSize(10);
    }

    @Test
    void aDamagedFileGetsAGermanMessageWithPathAndLatestBackupAndStaysUntouched() throws Exception {
        BackupFolder backups = new BackupFolder(folder.resolve("backups"));
        DatabaseLocation location = TempDatabase.location(folder);
        openWriteClose(location, backups);
        Path file = Path.of(location.display());
        byte[] garbage = new byte[64 * 1024];
        new Random(7).nextBytes(garbage);
        Files.write(file, garbage);

        assertThatThrownBy(() -> Database.open(location, backups))
                .isInstanceOf(DatabaseCorruptException.class)
                .hasMessageContaining("ist beschädigt oder nicht lesbar")
                .hasMessageContaining(file.toString())
                .hasMessageContaining(backups.latest(location).orElseThrow().toString())
                .hasMessageContaining("restore");
        assertThat(Files.readAllBytes(file)).isEqualTo(garbage);
        assertThat(backups.backupsOf(location)).hasSize(1); // no backup of the damaged file replaced the good one
    }

    @Test
    void aDatabaseWithPendingMigrationsIsBackedUpBeforeTheyRun() {
        BackupFolder backups = new BackupFolder(folder.resolve("backups"));
        DatabaseLocation location = TempDatabase.location(folder);
        org.flywaydb.core.Flyway.configure().dataSource(location.jdbcUrl(), location.user(), location.password())
                .locations("classpath:db/migration").target("1").load().migrate();
        Database.open(location, backups).close();
        assertThat(backups.backupsOf(location)).singleElement()
                .satisfies(f -> assertThat(f.getFileName().toString()).contains("vor-migration"));
    }

    @Test
    void restoreRefusesAFileThatIsNoBackup() throws Exception {
        Path notABackup = folder.resolve("notizen.zip");
        Files.writeString(notABackup, "kein zip");
        try (Database db = StartupOpener.open(TempDatabase.location(folder))) {
            assertThatThrownBy(() -> db.restoreFrom(notABackup)).isInstanceOf(DatabaseException.class)
                    .hasMessageContaining("keine Stadtlage-Sicherung");
        }
    }
}
