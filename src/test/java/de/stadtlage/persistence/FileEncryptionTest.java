package de.stadtlage.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import de.stadtlage.access.AuditLog;
import de.stadtlage.testing.ChildJvm;
import de.stadtlage.testing.EncryptedFileReader;
import de.stadtlage.testing.TempDatabase;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FileEncryptionTest {

    private static final char[] PASSWORD = "Dortmund-Nordstadt-1".toCharArray();
    private static final String SECRET = "Hinweis-Hoeschpark-XYZ";

    @TempDir
    Path folder;

    private DatabaseLocation plainDatabaseWithSecret(BackupFolder backups) {
        DatabaseLocation location = TempDatabase.location(folder);
        try (Database db = Database.open(location, backups)) {
            db.transaction(cfg -> AuditLog.append(cfg.dsl(), "Anna", "task", 1, SECRET, null, null));
        }
        return location;
    }

    @Test
    void anEncryptedFileKeepsItsDataAndOpensOnlyWithTheFilePassword() throws Exception {
        BackupFolder backups = new BackupFolder(folder.resolve("backups"));
        DatabaseLocation location = plainDatabaseWithSecret(backups);
        assertThat(FileEncryption.isEncrypted(location)).isFalse();
        assertThat(contains(location.file(), SECRET)).isTrue();

        FileEncryption.encrypt(location, PASSWORD);

        assertThat(FileEncryption.isEncrypted(location)).isTrue();
        assertThat(contains(location.file(), SECRET)).isFalse();
        assertThat(folder.toFile().list()).allMatch(name -> !name.contains("verschluesselung"));
        assertThatThrownBy(() -> Database.open(location, backups)).isInstanceOf(DatabaseException.class)
                .hasMessageContaining("ist verschlüsselt").hasMessageContaining("STADTLAGE_FILE_PASSWORD");
        assertThatThrownBy(() -> Database.open(location.withFilePassword("Falsches-Passwort".toCharArray()), backups))
                .isInstanceOf(WrongFilePasswordException.class).hasMessageContaining("Dateipasswort")
                .hasMessageContaining("ist falsch");
        try (Database db = Database.open(location.withFilePassword(PASSWORD), backups)) {
            assertThat(db.dsl().fetchCount(db.dsl().selectFrom(de.stadtlage.persistence.jooq.Tables.AUDIT_LOG)
                    .where(de.stadtlage.persistence.jooq.Tables.AUDIT_LOG.ACTION.eq(SECRET)))).isEqualTo(1);
            assertThat(AuditLog.verify(db.dsl()).intact()).isTrue();
        }
    }

    @Test
    void encryptingIsRefusedWhileTheFileIsOpenAndForAnEncryptedFileAndLeavesTheFileAlone() throws Exception {
        BackupFolder backups = new BackupFolder(folder.resolve("backups"));
        DatabaseLocation location = plainDatabaseWithSecret(backups);
        byte[] before;
        try (Database open = Database.open(location, backups)) {
            before = Files.readAllBytes(location.file());
            assertThatThrownBy(() -> FileEncryption.encrypt(location, PASSWORD)).isInstanceOf(DatabaseException.class)
                    .hasMessageContaining("in einem anderen Stadtlage geöffnet");
            assertThat(Files.readAllBytes(location.file())).isEqualTo(before);
        }
        assertThatThrownBy(() -> FileEncryption.encrypt(location, "kurz".toCharArray()))
                .hasMessageContaining("mindestens 10 Zeichen");
        assertThatThrownBy(() -> FileEncryption.encrypt(location, "mit Leerzeichen".toCharArray()))
                .hasMessageContaining("keine Leerzeichen");
        FileEncryption.encrypt(location, PASSWORD);
        assertThatThrownBy(() -> FileEncryption.encrypt(location, PASSWORD)).hasMessageContaining("bereits verschlüsselt");
    }

    @Test
    void backupsOfAnEncryptedDatabaseAreEncryptedAndRestoreOnlyWithTheFilePassword() throws Exception {
        BackupFolder backups = new BackupFolder(folder.resolve("backups"));
        DatabaseLocation location = plainDatabaseWithSecret(backups);
        FileEncryption.encrypt(location, PASSWORD);
        Path backup = folder.resolve("lage.sql.zip");
        try (Database db = Database.open(location.withFilePassword(PASSWORD), backups)) {
            db.backupTo(backup);
            assertThat(FileEncryption.isEncrypted(backup)).isTrue();
            assertThat(contains(backup, "stadtlage.sql")).isFalse(); // a plain zip names its entry in clear
            assertThat(unzipped(backup)).isFalse();
            db.transaction(cfg -> AuditLog.append(cfg.dsl(), "Anna", "task", 2, "DANACH", null, null));
            int entries = db.dsl().fetchCount(de.stadtlage.persistence.jooq.Tables.AUDIT_LOG);

            assertThatThrownBy(() -> db.restoreFrom(backup, "Falsches-Passwort".toCharArray()))
                    .isInstanceOf(WrongFilePasswordException.class);
            assertThatThrownBy(() -> db.restoreFrom(backup, null)).hasMessageContaining("ist verschlüsselt");
            assertThat(db.dsl().fetchCount(de.stadtlage.persistence.jooq.Tables.AUDIT_LOG)).isEqualTo(entries);

            db.restoreFrom(backup);
            assertThat(db.dsl().fetchCount(de.stadtlage.persistence.jooq.Tables.AUDIT_LOG)).isEqualTo(entries - 1);
            assertThat(AuditLog.verify(db.dsl()).intact()).isTrue();
        }
        // the automatic backups written since the file is encrypted (older ones stay as they were written)
        assertThat(backups.backupsOf(location)).filteredOn(f -> f.toString().contains("vor-wiederherstellung"))
                .isNotEmpty().allMatch(FileEncryption::isEncrypted);
    }

    @Test
    void aCutOrEditedEncryptedBackupIsRefusedAndChangesNothing() throws Exception {
        BackupFolder backups = new BackupFolder(folder.resolve("backups"));
        DatabaseLocation location = plainDatabaseWithSecret(backups);
        FileEncryption.encrypt(location, PASSWORD);
        Path backup = folder.resolve("lage.sql.zip");
        try (Database db = Database.open(location.withFilePassword(PASSWORD), backups)) {
            db.backupTo(backup);
            db.transaction(cfg -> AuditLog.append(cfg.dsl(), "Anna", "task", 2, "DANACH", null, null));
            int entries = db.dsl().fetchCount(de.stadtlage.persistence.jooq.Tables.AUDIT_LOG);
            byte[] genuine = Files.readAllBytes(backup);
            byte[] edited = genuine.clone();
            edited[genuine.length - 10] ^= 0x01;
            for (byte[] bad : new byte[][] {java.util.Arrays.copyOf(genuine, genuine.length - 4096),
                    java.util.Arrays.copyOf(genuine, genuine.length - 100), edited}) {
                Files.write(backup, bad);
                assertThatThrownBy(() -> db.restoreFrom(backup)).isInstanceOf(DatabaseException.class)
                        .hasMessageContaining("unverändert");
                assertThat(db.dsl().fetchCount(de.stadtlage.persistence.jooq.Tables.AUDIT_LOG)).isEqualTo(entries);
            }
        }
    }

    @Test
    void aSecondInstanceOpensTheEncryptedFileThroughTheFirstOneInMixedMode() throws Exception {
        BackupFolder backups = new BackupFolder(folder.resolve("backups"));
        DatabaseLocation location = plainDatabaseWithSecret(backups);
        FileEncryption.encrypt(location, PASSWORD);
        String path = location.file().toString().replace(".mv.db", "");
        try (Database serving = Database.open(location.shared().withFilePassword(PASSWORD), backups)) {
            int entries = serving.dsl().fetchCount(de.stadtlage.persistence.jooq.Tables.AUDIT_LOG);
            assertThat(child(path, new String(PASSWORD))).isEqualTo("AUDIT true " + entries);
            assertThat(child(path, "Falsches-Passwort")).startsWith("WRONG Das Dateipasswort");
        }
    }

    private String child(String path, String password) throws Exception {
        Path err = Files.createTempFile(folder, "child", ".err");
        Process process = ChildJvm.start(EncryptedFileReader.class, err, path, password);
        String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
        assertThat(process.waitFor(90, TimeUnit.SECONDS)).isTrue();
        assertThat(process.exitValue()).as(Files.readString(err)).isZero();
        return out;
    }

    private static boolean unzipped(Path file) throws Exception {
        try (ZipInputStream zip = new ZipInputStream(Files.newInputStream(file))) {
            return zip.getNextEntry() != null;
        } catch (java.util.zip.ZipException e) {
            return false;
        }
    }

    private static boolean contains(Path file, String text) throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (InputStream in = Files.newInputStream(file)) {
            in.transferTo(bytes);
        }
        return bytes.toString(StandardCharsets.ISO_8859_1).contains(text);
    }
}
