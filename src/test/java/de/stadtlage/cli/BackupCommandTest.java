package de.stadtlage.cli;

import static org.assertj.core.api.Assertions.assertThat;

import de.stadtlage.cli.CliTest.Run;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BackupCommandTest {

    @TempDir
    Path folder;

    @Test
    void backupThenRestoreIntoAFreshDatabaseBringsBackTheContent() {
        String source = folder.resolve("quelle").toString();
        String target = folder.resolve("ziel").toString();
        String file = folder.resolve("sicherung.sql.zip").toString();
        assertThat(CliTest.run("--db", source, "demo").exitCode()).isZero();
        Run backup = CliTest.run("--db", source, "backup", "--out", file);
        assertThat(backup.exitCode()).isZero();
        assertThat(backup.out()).contains("Sicherung geschrieben");

        Run restore = CliTest.run("--db", target, "restore", file, "--key-file", source + ".key");
        assertThat(restore.exitCode()).as(restore.err()).isZero();
        assertThat(restore.out()).contains("vor-wiederherstellung").contains("Das Änderungsprotokoll ist unverändert");
        Run info = CliTest.run("--db", target, "info");
        assertThat(info.out().lines()).as(info.err()).contains("meeting: 2", "person: 11", "task: 26");
        assertThat(CliTest.run("--db", target, "audit", "verify").exitCode()).isZero();
    }

    @Test
    void aTruncatedBackupIsRefusedWithExit2AndTheDatabaseKeepsItsContent() throws Exception {
        String db = folder.resolve("lage").toString();
        Path file = folder.resolve("sicherung.sql.zip");
        assertThat(CliTest.run("--db", db, "demo").exitCode()).isZero();
        assertThat(CliTest.run("--db", db, "backup", "--out", file.toString()).exitCode()).isZero();
        String before = CliTest.run("--db", db, "info").out();
        byte[] whole = Files.readAllBytes(file);
        Files.write(file, java.util.Arrays.copyOf(whole, whole.length / 2));

        Run restore = CliTest.run("--db", db, "restore", file.toString(), "--force");

        assertThat(restore.exitCode()).as(restore.err()).isEqualTo(2);
        assertThat(restore.err()).contains("unvollständig").contains("unverändert");
        assertThat(CliTest.run("--db", db, "info").out()).isEqualTo(before);
        assertThat(CliTest.run("--db", db, "audit", "verify").exitCode()).isZero();
    }

    @Test
    void restoreIsRefusedWithExit2WhileAnotherStadtlageHasTheFileOpen() {
        String db = folder.resolve("lage").toString();
        String file = folder.resolve("sicherung.sql.zip").toString();
        assertThat(CliTest.run("--db", db, "demo").exitCode()).isZero();
        assertThat(CliTest.run("--db", db, "backup", "--out", file).exitCode()).isZero();
        try (var open = de.stadtlage.persistence.Database.open(de.stadtlage.persistence.DatabaseLocation.parse(db))) {
            Run restore = CliTest.run("--db", db, "restore", file, "--force");
            assertThat(restore.exitCode()).isEqualTo(2);
            assertThat(restore.err()).contains("in einem anderen Stadtlage geöffnet");
        }
    }

    @Test
    void restoringOnANewMachineNeedsTheKeyFileOfTheOldOne() throws Exception {
        Path oldMachine = Files.createDirectories(folder.resolve("alter-rechner"));
        Path newMachine = Files.createDirectories(folder.resolve("neuer-rechner"));
        String file = oldMachine.resolve("sicherung.sql.zip").toString();
        assertThat(CliTest.run("--db", oldMachine.resolve("lage").toString(), "demo").exitCode()).isZero();
        assertThat(CliTest.run("--db", oldMachine.resolve("lage").toString(), "backup", "--out", file).exitCode())
                .isZero();
        String db = newMachine.resolve("lage").toString();

        Run withoutKey = CliTest.run("--db", db, "restore", file);
        assertThat(withoutKey.exitCode()).isEqualTo(2);
        assertThat(withoutKey.err()).contains("Schlüsseldatei").contains("--key-file")
                .contains(newMachine.resolve("lage.key").toString());
        assertThat(CliTest.run("--db", db, "info").out().lines()).contains("task: 0");

        Path oldKey = oldMachine.resolve("lage.key");
        Run withKey = CliTest.run("--db", db, "restore", file, "--key-file", oldKey.toString(), "--force");
        assertThat(withKey.exitCode()).as(withKey.err()).isZero();
        assertThat(CliTest.run("--db", db, "info").out().lines()).contains("task: 26", "meeting: 2");
        assertThat(CliTest.run("--db", db, "audit", "verify").exitCode()).isZero();
        // the database now signs with the old key, so the old machine's backups restore without --key-file
        assertThat(Files.readString(newMachine.resolve("lage.key"))).isEqualTo(Files.readString(oldKey));
        assertThat(CliTest.run("--db", db, "restore", file, "--force").exitCode()).isZero();
    }

    @Test
    void restoreRefusesANonEmptyDatabaseWithoutForce() {
        String db = folder.resolve("lage").toString();
        String file = folder.resolve("leer.sql.zip").toString();
        String empty = folder.resolve("leer").toString();
        assertThat(CliTest.run("--db", empty, "backup", "--out", file).exitCode()).isZero();
        assertThat(CliTest.run("--db", db, "demo").exitCode()).isZero();

        Run refused = CliTest.run("--db", db, "restore", file);
        assertThat(refused.exitCode()).isEqualTo(2);
        assertThat(refused.err()).contains("enthält bereits Daten").contains("--force");
        assertThat(CliTest.run("--db", db, "info").out().lines()).contains("task: 26");

        assertThat(CliTest.run("--db", db, "restore", file, "--force", "--key-file", empty + ".key").exitCode())
                .isZero();
        assertThat(CliTest.run("--db", db, "info").out().lines()).contains("task: 0", "meeting: 0");
    }

    @Test
    void aDamagedDatabaseFileIsReportedWithExit2AndRestoredBesideTheKeptDamagedFile() throws Exception {
        String db = folder.resolve("lage").toString();
        String file = folder.resolve("sicherung.sql.zip").toString();
        assertThat(CliTest.run("--db", db, "demo").exitCode()).isZero();
        assertThat(CliTest.run("--db", db, "backup", "--out", file).exitCode()).isZero();
        byte[] garbage = new byte[50_000];
        new Random(1).nextBytes(garbage);
        Files.write(Path.of(db + ".mv.db"), garbage);

        Run info = CliTest.run("--db", db, "info");
        assertThat(info.exitCode()).isEqualTo(2);
        assertThat(info.err()).contains("ist beschädigt oder nicht lesbar").contains(db + ".mv.db");
        assertThat(Files.readAllBytes(Path.of(db + ".mv.db"))).isEqualTo(garbage);

        assertThat(CliTest.run("--db", db, "restore", file).exitCode()).isEqualTo(2);
        Run restore = CliTest.run("--db", db, "restore", file, "--force");
        assertThat(restore.exitCode()).as(restore.err()).isZero();
        assertThat(restore.out()).contains("aufbewahrt");
        assertThat(CliTest.run("--db", db, "info").out().lines()).contains("task: 26");
        try (Stream<Path> files = Files.list(folder)) {
            Path kept = files.filter(p -> p.getFileName().toString().startsWith("lage.mv.db.beschaedigt-"))
                    .findFirst().orElseThrow();
            assertThat(Files.readAllBytes(kept)).isEqualTo(garbage);
        }
    }
}
