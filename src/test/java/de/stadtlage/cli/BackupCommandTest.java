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

        Run restore = CliTest.run("--db", target, "restore", file);
        assertThat(restore.exitCode()).as(restore.err()).isZero();
        assertThat(CliTest.run("--db", target, "info").out().lines()).contains("meeting: 2", "person: 11", "task: 26");
        assertThat(CliTest.run("--db", target, "audit", "verify").exitCode()).isZero();
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

        assertThat(CliTest.run("--db", db, "restore", file, "--force").exitCode()).isZero();
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
