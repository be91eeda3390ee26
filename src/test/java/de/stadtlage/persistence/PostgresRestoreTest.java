package de.stadtlage.persistence;

import static de.stadtlage.persistence.jooq.Tables.METRIC;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import de.stadtlage.access.AuditLog;
import de.stadtlage.access.CurrentUser;
import de.stadtlage.sample.SampleData;
import de.stadtlage.testing.PostgresTestSchemas;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;
import org.junit.jupiter.api.io.TempDir;

/** On PostgreSQL a restore is one transaction: a bad backup leaves the database exactly as it was. */
@EnabledIfEnvironmentVariable(named = PostgresTestSchemas.URL_VARIABLE, matches = ".+")
class PostgresRestoreTest {

    @TempDir
    Path folder;

    private Database sampleDatabase() {
        Database db = Database.open(PostgresTestSchemas.location(folder), new BackupFolder(folder.resolve("backups")));
        SampleData.load(db, CurrentUser.system(), LocalDate.of(2023, 9, 4), false);
        return db;
    }

    @Test
    void aTruncatedOrEditedBackupIsRefusedAndChangesNothing() throws Exception {
        try (Database db = sampleDatabase()) {
            Path backup = folder.resolve("server.sql.zip");
            db.backupTo(backup);
            db.transaction(cfg -> AuditLog.append(cfg.dsl(), "Anna", "task", 1, "NACH-DER-SICHERUNG", null, null));
            Map<String, String> before = RestoreSafetyTest.content(db.dsl());
            byte[] genuine = Files.readAllBytes(backup);

            Files.write(backup, Arrays.copyOf(genuine, genuine.length / 2));
            assertThatThrownBy(() -> db.restoreFrom(backup)).isInstanceOf(DatabaseException.class)
                    .hasMessageContaining("unvollständig").hasMessageContaining("unverändert");
            Files.write(backup, RestoreSafetyTest.withAppendedText(genuine, "{\"table\":\"person\"}"));
            assertThatThrownBy(() -> db.restoreFrom(backup)).isInstanceOf(DatabaseException.class)
                    .hasMessageContaining("verändert");

            assertThat(RestoreSafetyTest.content(db.dsl())).isEqualTo(before);
        }
    }

    @Test
    void aBadRowAfterTheOlderSchemaWasRebuiltRollsBackTheRebuildToo() throws Exception {
        try (Database db = sampleDatabase()) {
            Map<String, String> before = RestoreSafetyTest.content(db.dsl());
            String version = SchemaTables.version(db.dsl());
            Path backup = RestoreSafetyTest.signed(folder, db.location(),
                    "{\"format\":\"stadtlage-daten-1\",\"schemaVersion\":\"1\"}\n"
                            + "{\"table\":\"subgroup\",\"columns\":[\"id\",\"code\",\"name\",\"sort_order\"]}\n"
                            + "[1,\"SV\",\"Stadtraum\",1]\n[\"keine Zahl\",\"CR\",\"Campieren\",2]\n");

            assertThatThrownBy(() -> db.restoreFrom(backup)).isInstanceOf(DatabaseException.class)
                    .hasMessageContaining("unpassenden Wert").hasMessageContaining("unverändert");

            assertThat(SchemaTables.version(db.dsl())).isEqualTo(version);
            assertThat(db.dsl().fetchCount(METRIC)).isPositive();
            assertThat(RestoreSafetyTest.content(db.dsl())).isEqualTo(before);
        }
    }
}
