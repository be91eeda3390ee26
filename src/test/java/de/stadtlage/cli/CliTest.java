package de.stadtlage.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CliTest {

    @TempDir
    Path folder;

    record Run(int exitCode, String out, String err) {
    }

    static Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Cli.execute(args, new PrintWriter(out), new PrintWriter(err));
        return new Run(code, out.toString(), err.toString());
    }

    @Test
    void demoThenInfoReportsTheSampleCounts() {
        String db = folder.resolve("lage").toString();
        Run demo = run("--db", db, "demo");
        assertThat(demo.exitCode()).isZero();
        assertThat(demo.out()).contains("Vorfälle: ").contains("Sitzungen: 2").contains("Kennzahlen: 18");

        Run info = run("--db", db, "info");
        assertThat(info.exitCode()).isZero();
        assertThat(info.out().lines()).contains("subgroup: 5", "meeting: 2", "key_figure: 18", "person: 11",
                "task: 26", "decision: 6", "action_item: 7", "audit_log: 1");
        int incidents = Integer.parseInt(info.out().lines().filter(l -> l.startsWith("incident: "))
                .findFirst().orElseThrow().substring("incident: ".length()));
        assertThat(incidents).isBetween(4000, 8000);
        assertThat(info.out()).doesNotContain("flyway");
    }

    @Test
    void demoRefusesANonEmptyDatabaseWithExitCode2UnlessForced() {
        String db = folder.resolve("lage").toString();
        assertThat(run("--db", db, "demo").exitCode()).isZero();
        Run again = run("--db", db, "demo");
        assertThat(again.exitCode()).isEqualTo(2);
        assertThat(again.err()).contains("enthält bereits Daten");
        Run forced = run("--db", db, "demo", "--force");
        assertThat(forced.exitCode()).isZero();
        assertThat(run("--db", db, "info").out().lines()).contains("meeting: 2", "person: 11");
    }

    @Test
    void badInputGivesExitCode2AndAGermanMessage() {
        Run unknown = run("--gibtsnicht");
        assertThat(unknown.exitCode()).isEqualTo(2);
        assertThat(unknown.err()).startsWith("Ungültiger Aufruf");
        Run badUrl = run("--db", "jdbc:sqlite:x", "info");
        assertThat(badUrl.exitCode()).isEqualTo(2);
        assertThat(badUrl.err()).contains("Nicht unterstützte Datenbank");
    }

    @Test
    void infoNamesTheKeyFileAndWhetherTheFileIsSharedWhichOnlyDashDashSharedMakesIt() {
        String db = folder.resolve("lage").toString();
        Run info = run("--db", db, "info");
        assertThat(info.exitCode()).as(info.err()).isZero();
        assertThat(info.out().lines()).contains("Schlüsseldatei: " + folder.resolve("lage.key").toAbsolutePath(),
                "Gemeinsame Nutzung: nein");
        assertThat(run("--db", db, "--shared", "info").out().lines()).contains("Gemeinsame Nutzung: ja (--shared)");
    }

    @Test
    void versionNamesTheApp() {
        Run version = run("--version");
        assertThat(version.exitCode()).isZero();
        assertThat(version.out()).startsWith("Stadtlage ").doesNotContain("unbekannt");
    }
}
