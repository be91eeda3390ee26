package de.stadtlage.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import de.stadtlage.access.AuditLog;
import de.stadtlage.access.CurrentUser;
import de.stadtlage.persistence.jooq.DefaultSchema;
import de.stadtlage.sample.SampleData;
import de.stadtlage.testing.TempDatabase;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.jooq.DSLContext;
import org.jooq.Table;
import org.jooq.impl.DSL;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A restore either replaces the whole database with a genuine backup, or changes nothing at all. */
class RestoreSafetyTest {

    @TempDir
    Path folder;

    private BackupFolder backups() {
        return new BackupFolder(folder.resolve("backups"));
    }

    /** A database with the sample data, a backup of it, and one change after the backup. */
    private Path sampleWithBackupAndALaterChange(Database db) {
        SampleData.load(db, CurrentUser.system(), LocalDate.of(2023, 9, 4), false);
        Path backup = folder.resolve("lage.sql.zip");
        db.backupTo(backup);
        db.transaction(cfg -> AuditLog.append(cfg.dsl(), "Anna", "task", 1, "NACH-DER-SICHERUNG", null, null));
        return backup;
    }

    @Test
    void aTruncatedBackupIsRefusedAndTheDatabaseStaysExactlyAsItWas() throws Exception {
        try (Database db = Database.open(TempDatabase.location(folder), backups())) {
            Path backup = sampleWithBackupAndALaterChange(db);
            byte[] whole = Files.readAllBytes(backup);
            Files.write(backup, Arrays.copyOf(whole, whole.length * 2 / 3));
            Map<String, String> before = content(db.dsl());

            assertThatThrownBy(() -> db.restoreFrom(backup)).isInstanceOf(DatabaseException.class)
                    .hasMessageContaining("unvollständig").hasMessageContaining("unverändert");

            assertThat(content(db.dsl())).isEqualTo(before);
            assertThat(AuditLog.verify(db.dsl()).intact()).isTrue();
        }
    }

    @Test
    void aBackupWithAnAppendedCreateAliasIsRefusedAndNothingRuns() throws Exception {
        Path marker = folder.resolve("ausgefuehrt.txt");
        try (Database db = Database.open(TempDatabase.location(folder), backups())) {
            Path backup = sampleWithBackupAndALaterChange(db);
            String attack = "CREATE ALIAS ANGRIFF AS $$ void angriff(String f) throws Exception {"
                    + " Runtime.getRuntime().exec(new String[] {\"touch\", f}).waitFor(); } $$;\n"
                    + "CALL ANGRIFF('" + marker + "');\n";
            Files.write(backup, withAppendedText(Files.readAllBytes(backup), attack));
            Map<String, String> before = content(db.dsl());

            assertThatThrownBy(() -> db.restoreFrom(backup)).isInstanceOf(DatabaseException.class)
                    .hasMessageContaining("verändert").hasMessageContaining("Schlüsseldatei");

            assertThat(marker).doesNotExist();
            assertThat(content(db.dsl())).isEqualTo(before);
        }
    }

    @Test
    void anyEditedByteIsRefusedAndChangesNothing() throws Exception {
        try (Database db = Database.open(TempDatabase.location(folder), backups())) {
            Path backup = sampleWithBackupAndALaterChange(db);
            byte[] genuine = Files.readAllBytes(backup);
            Map<String, String> before = content(db.dsl());
            for (int position : new int[] {0, 40, genuine.length / 2, genuine.length - 120, genuine.length - 2}) {
                byte[] edited = genuine.clone();
                edited[position] ^= 0x01;
                Files.write(backup, edited);
                assertThatThrownBy(() -> db.restoreFrom(backup)).as("byte %d", position)
                        .isInstanceOf(DatabaseException.class);
                assertThat(content(db.dsl())).as("byte %d", position).isEqualTo(before);
            }
            Files.write(backup, genuine);
            db.restoreFrom(backup);
            assertThat(db.dsl().fetchCount(de.stadtlage.persistence.jooq.Tables.AUDIT_LOG,
                    de.stadtlage.persistence.jooq.Tables.AUDIT_LOG.ACTION.eq("NACH-DER-SICHERUNG"))).isZero();
        }
    }

    @Test
    void whenThePreRestoreBackupCannotBeWrittenTheRestoreIsRefusedWithoutClaimingABackup() throws Exception {
        Path notAFolder = folder.resolve("kein-ordner");
        Files.writeString(notAFolder, "eine Datei, wo der Sicherungsordner sein sollte");
        try (Database db = Database.open(TempDatabase.location(folder), new BackupFolder(notAFolder))) {
            Path backup = sampleWithBackupAndALaterChange(db);
            Map<String, String> before = content(db.dsl());

            assertThatThrownBy(() -> db.restoreFrom(backup)).isInstanceOf(DatabaseException.class)
                    .hasMessageContaining("nicht wiederhergestellt").hasMessageContaining(notAFolder.toString())
                    .hasMessageNotContaining("liegt als Sicherung");

            assertThat(content(db.dsl())).isEqualTo(before);
        }
    }

    @Test
    void restoreIsRefusedWhileAnotherInstanceHasTheFileOpen() throws Exception {
        DatabaseLocation location = TempDatabase.location(folder);
        try (Database db = Database.open(location, backups())) {
            Path backup = sampleWithBackupAndALaterChange(db);
            Map<String, String> before = content(db.dsl());
            try (Database second = Database.open(location, backups())) {
                assertThatThrownBy(() -> second.restoreFrom(backup)).isInstanceOf(DatabaseException.class)
                        .hasMessageContaining("in einem anderen Stadtlage geöffnet")
                        .hasMessageContaining("unverändert");
                assertThat(content(second.dsl())).isEqualTo(before);
            }
            assertThat(content(db.dsl())).isEqualTo(before);
        }
    }

    @Test
    void aBackupOfAnotherDatabaseNeedsThatDatabasesKeyFile() throws Exception {
        DatabaseLocation source = TempDatabase.location(folder.resolve("alt"));
        Path backup = folder.resolve("alt.sql.zip");
        Map<String, String> original;
        try (Database db = Database.open(source, backups())) {
            SampleData.load(db, CurrentUser.system(), LocalDate.of(2023, 9, 4), false);
            db.backupTo(backup);
            original = content(db.dsl());
        }
        try (Database db = Database.open(TempDatabase.location(folder.resolve("neu")), backups())) {
            Map<String, String> empty = content(db.dsl());
            assertThatThrownBy(() -> db.restoreFrom(backup)).isInstanceOf(DatabaseException.class)
                    .hasMessageContaining("Schlüsseldatei").hasMessageContaining("--key-file");
            assertThat(content(db.dsl())).isEqualTo(empty);

            db.restoreFrom(backup, null, SiteKey.fileFor(source));
            assertThat(content(db.dsl())).isEqualTo(original);
            assertThat(AuditLog.verify(db.dsl()).intact()).isTrue();
        }
    }

    @Test
    void anUnsignedSqlBackupOfAnEarlierVersionIsRefusedAndNothingRuns() throws Exception {
        Path marker = folder.resolve("ausgefuehrt.txt");
        Path legacy = folder.resolve("alt.sql.zip");
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(legacy))) {
            zip.putNextEntry(new ZipEntry("stadtlage.sql"));
            zip.write(("-- Stadtlage-Sicherung (H2)\nCREATE ALIAS ANGRIFF AS $$ void angriff(String f) throws Exception {"
                    + " new java.io.File(f).createNewFile(); } $$;\nCALL ANGRIFF('" + marker + "');\n")
                    .getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
        }
        try (Database db = Database.open(TempDatabase.location(folder), backups())) {
            Map<String, String> before = content(db.dsl());
            assertThatThrownBy(() -> db.restoreFrom(legacy)).isInstanceOf(DatabaseException.class)
                    .hasMessageContaining("älteren Stadtlage-Version").hasMessageContaining("nicht signiert")
                    .hasMessageContaining("unverändert");
            assertThat(marker).doesNotExist();
            assertThat(content(db.dsl())).isEqualTo(before);
        }
    }

    @Test
    void evenACorrectlySignedBackupCannotNameATableOrColumnTheSchemaDoesNotHave() throws Exception {
        DatabaseLocation location = TempDatabase.location(folder);
        try (Database db = Database.open(location, backups())) {
            Map<String, String> before = content(db.dsl());
            String header = "{\"format\":\"stadtlage-daten-1\",\"schemaVersion\":\"5\"}\n";
            Path unknownTable = signed(location, header
                    + "{\"table\":\"person; DROP TABLE task\",\"columns\":[\"id\"]}\n[1]\n");
            assertThatThrownBy(() -> db.restoreFrom(unknownTable)).isInstanceOf(DatabaseException.class)
                    .hasMessageContaining("unbekannte Tabelle").hasMessageContaining("unverändert");
            Path unknownColumn = signed(location, header
                    + "{\"table\":\"subgroup\",\"columns\":[\"id\",\"code\\\" = 1; --\"]}\n[9,\"X\"]\n");
            assertThatThrownBy(() -> db.restoreFrom(unknownColumn)).isInstanceOf(DatabaseException.class)
                    .hasMessageContaining("unbekannte Spalte");
            assertThat(content(db.dsl())).isEqualTo(before);
        }
    }

    private Path signed(DatabaseLocation location, String content) throws Exception {
        return signed(folder, location, content);
    }

    /** A backup with the given content, signed with the database's key (as only the app itself can). */
    static Path signed(Path folder, DatabaseLocation location, String content) throws Exception {
        Path file = Files.createTempFile(folder, "signiert", ".sql.zip");
        try (ZipOutputStream zip = new ZipOutputStream(BackupSignature.signing(Files.newOutputStream(file),
                SiteKey.of(location).mac(BackupSignature.PURPOSE)))) {
            zip.putNextEntry(new ZipEntry(PortableBackup.ENTRY));
            zip.write(content.getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
        }
        return file;
    }

    /** Every row of every table, as text: two equal snapshots mean nothing was changed. */
    static Map<String, String> content(DSLContext dsl) {
        Map<String, String> rows = new LinkedHashMap<>();
        for (Table<?> table : DefaultSchema.DEFAULT_SCHEMA.getTables()) {
            rows.put(table.getName(), dsl.selectFrom(table).orderBy(DSL.inline(1)).fetch().formatCSV());
        }
        return rows;
    }

    /**
     * What an attacker does: unpacks the backup, appends text to its content, packs it again and puts the end of
     * the genuine file (where a signature would be) after it.
     */
    static byte[] withAppendedText(byte[] backup, String text) throws Exception {
        ByteArrayOutputStream crafted = new ByteArrayOutputStream();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(backup));
             ZipOutputStream out = new ZipOutputStream(crafted)) {
            ZipEntry entry = in.getNextEntry();
            out.putNextEntry(new ZipEntry(entry.getName()));
            out.write(in.readAllBytes());
            out.write(("\n" + text).getBytes(StandardCharsets.UTF_8));
            out.closeEntry();
        }
        crafted.write(backup, backup.length - 200, 200);
        return crafted.toByteArray();
    }
}
