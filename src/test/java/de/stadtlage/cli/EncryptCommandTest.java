package de.stadtlage.cli;

import static org.assertj.core.api.Assertions.assertThat;

import de.stadtlage.cli.CliTest.Run;
import de.stadtlage.persistence.Database;
import de.stadtlage.persistence.DatabaseLocation;
import de.stadtlage.persistence.FileEncryption;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EncryptCommandTest {

    private static final String FILE_PASSWORD = "Keuningpark-2023";

    @TempDir
    Path folder;

    @Test
    void encryptTurnsTheFileIntoAnEncryptedOneAndEveryCommandThenNeedsTheFilePassword() throws Exception {
        String db = folder.resolve("lage").toString();
        Map<String, String> file = Map.of("STADTLAGE_FILE_PASSWORD", FILE_PASSWORD);
        assertThat(LoginCommandTest.run(Map.of(), "--db", db, "demo").exitCode()).isZero();
        String before = LoginCommandTest.run(Map.of(), "--db", db, "info").out();

        Run noPassword = LoginCommandTest.run(Map.of(), "--db", db, "--encrypt");
        assertThat(noPassword.exitCode()).isEqualTo(2);
        assertThat(noPassword.err()).contains("STADTLAGE_FILE_PASSWORD");
        Run encrypt = LoginCommandTest.run(file, "--db", db, "--encrypt");
        assertThat(encrypt.exitCode()).as(encrypt.err()).isZero();
        assertThat(encrypt.out()).contains("ist jetzt verschlüsselt").contains("vor-verschluesselung");
        assertThat(FileEncryption.isEncrypted(Path.of(db + ".mv.db"))).isTrue();

        Run missing = LoginCommandTest.run(Map.of(), "--db", db, "info");
        assertThat(missing.exitCode()).isEqualTo(2);
        assertThat(missing.err()).contains("ist verschlüsselt").contains("STADTLAGE_FILE_PASSWORD");
        Run wrong = LoginCommandTest.run(Map.of("STADTLAGE_FILE_PASSWORD", "Falsch-Falsch-1"), "--db", db, "info");
        assertThat(wrong.exitCode()).isEqualTo(2);
        assertThat(wrong.err()).contains("Dateipasswort").contains("ist falsch");
        Run info = LoginCommandTest.run(file, "--db", db, "info");
        assertThat(info.exitCode()).as(info.err()).isZero();
        assertThat(info.out().lines().filter(l -> !l.startsWith("audit_log")))
                .containsExactlyElementsOf(before.lines().filter(l -> !l.startsWith("audit_log")).toList());
        assertThat(LoginCommandTest.run(file, "--db", db, "audit", "verify").exitCode()).isZero();
        Run again = LoginCommandTest.run(file, "--db", db, "--encrypt");
        assertThat(again.exitCode()).isEqualTo(2);
        assertThat(again.err()).contains("bereits verschlüsselt");
    }

    @Test
    void backupAndRestoreOfAnEncryptedDatabaseUseTheFilePassword() throws Exception {
        String db = folder.resolve("lage").toString();
        Map<String, String> file = Map.of("STADTLAGE_FILE_PASSWORD", FILE_PASSWORD);
        assertThat(LoginCommandTest.run(Map.of(), "--db", db, "demo").exitCode()).isZero();
        assertThat(LoginCommandTest.run(file, "--db", db, "--encrypt").exitCode()).isZero();
        Path backup = folder.resolve("lage.sql.zip");
        assertThat(LoginCommandTest.run(file, "--db", db, "backup", "--out", backup.toString()).exitCode()).isZero();
        assertThat(FileEncryption.isEncrypted(backup)).isTrue();

        String other = folder.resolve("neu").toString();
        String key = db + ".key";
        Run plainRestore = LoginCommandTest.run(Map.of(), "--db", other, "restore", backup.toString(), "--key-file", key);
        assertThat(plainRestore.exitCode()).isEqualTo(2);
        assertThat(plainRestore.err()).contains("ist verschlüsselt");
        Run restore = LoginCommandTest.run(file, "--db", other, "restore", backup.toString(), "--force", "--key-file",
                key);
        assertThat(restore.exitCode()).as(restore.err()).isZero();
        assertThat(LoginCommandTest.run(Map.of(), "--db", other, "info").out()).contains("meeting: 2");
    }

    @Test
    void onceThereIsAnAdminOnlyTheAdminEncryptsAndTheAuditLogSaysWho() {
        String db = folder.resolve("lage").toString();
        Map<String, String> admin = Map.of("STADTLAGE_PASSWORD", "Wallring-2023!", "STADTLAGE_FILE_PASSWORD",
                FILE_PASSWORD);
        assertThat(LoginCommandTest.run(admin, "--db", db, "init-admin", "--user", "admin", "--name", "Petra Admin")
                .exitCode()).isZero();
        Run anonymous = LoginCommandTest.run(admin, "--db", db, "--encrypt");
        assertThat(anonymous.exitCode()).isEqualTo(2);
        assertThat(anonymous.err()).contains("durch eine Anmeldung geschützt");
        assertThat(FileEncryption.isEncrypted(Path.of(db + ".mv.db"))).isFalse();

        Run encrypt = LoginCommandTest.run(admin, "--db", db, "--user", "admin", "--encrypt");
        assertThat(encrypt.exitCode()).as(encrypt.err()).isZero();
        try (Database database = Database.open(DatabaseLocation.parse(db)
                .withFilePassword(FILE_PASSWORD.toCharArray()))) {
            var log = de.stadtlage.persistence.jooq.Tables.AUDIT_LOG;
            assertThat(database.dsl().select(log.ACTOR).from(log).where(log.ACTION.eq("ENCRYPTED")).fetch(log.ACTOR))
                    .containsExactly("Petra Admin");
        }
        Run subcommand = LoginCommandTest.run(admin, "--db", db, "--user", "admin", "--encrypt", "info");
        assertThat(subcommand.exitCode()).isEqualTo(2);
        assertThat(subcommand.err()).contains("--encrypt steht ohne Unterbefehl");
    }

    @Test
    void encryptIsRefusedWhileAnotherInstanceHasTheFileOpen() throws Exception {
        String db = folder.resolve("lage").toString();
        assertThat(LoginCommandTest.run(Map.of(), "--db", db, "info").exitCode()).isZero();
        try (Database open = Database.open(DatabaseLocation.parse(db))) {
            assertThat(open.location().isH2File()).as("this instance holds the file").isTrue();
            Run refused = LoginCommandTest.run(Map.of("STADTLAGE_FILE_PASSWORD", FILE_PASSWORD), "--db", db, "--encrypt");
            assertThat(refused.exitCode()).isEqualTo(2);
            assertThat(refused.err()).contains("in einem anderen Stadtlage geöffnet");
        }
        assertThat(FileEncryption.isEncrypted(Path.of(db + ".mv.db"))).isFalse();
        assertThat(LoginCommandTest.run(Map.of(), "--db", db, "info").exitCode()).isZero(); // still plain, still fine
    }
}
