package de.stadtlage.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ImportExportCliTest {

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

    static String fixture(String name) throws URISyntaxException {
        return Path.of(Objects.requireNonNull(ImportExportCliTest.class.getResource("/importing/" + name)).toURI()).toString();
    }

    @Test
    void importPrintsTheCountsAndExportWritesTheSameFormat() throws Exception {
        String db = folder.resolve("lage").toString();
        Run imported = run("--db", db, "import-incidents", fixture("addresses.csv"));
        assertThat(imported.exitCode()).isZero();
        assertThat(imported.out().strip()).isEqualTo("importiert: 4, Duplikate übersprungen: 0, ungefähr verortet: 3");

        Run again = run("--db", db, "import-incidents", fixture("addresses.csv"));
        assertThat(again.out().strip()).isEqualTo("importiert: 0, Duplikate übersprungen: 4, ungefähr verortet: 0");

        Path out = folder.resolve("export.csv");
        Run exported = run("--db", db, "export-incidents", "--out", out.toString());
        assertThat(exported.exitCode()).isZero();
        assertThat(exported.out().strip()).isEqualTo("exportiert: 4");
        String text = Files.readString(out, StandardCharsets.UTF_8);
        assertThat(text).startsWith("\uFEFFZeitpunkt;Kategorie;Quelle;Breite;Länge;Ort;Anzahl;Bemerkung;Ungefähr verortet\r\n")
                .contains(";Campieren;KOD;").contains("Münsterstraße 45");
    }

    @Test
    void aBadFileGivesExitCode2AndTheListOfBadRows() throws Exception {
        String db = folder.resolve("lage").toString();
        Run bad = run("--db", db, "import-incidents", fixture("bad-rows.csv"));
        assertThat(bad.exitCode()).isEqualTo(2);
        assertThat(bad.out()).isEmpty();
        assertThat(bad.err()).startsWith("Die Datei „bad-rows.csv“ wurde nicht importiert: 8 Zeilen sind fehlerhaft.")
                .contains("\nZeile 3: Kategorie „Raub“ ist unbekannt").contains("\nZeile 10: Breite „abc“ ist keine Zahl");
        assertThat(run("--db", db, "info").out().lines()).contains("incident: 0", "import_batch: 0");
    }

    @Test
    void aMissingFileOrMissingOptionGivesExitCode2() throws IOException {
        String db = folder.resolve("lage").toString();
        Run missing = run("--db", db, "import-incidents", folder.resolve("gibtsnicht.csv").toString());
        assertThat(missing.exitCode()).isEqualTo(2);
        assertThat(missing.err()).contains("gibt es nicht");
        Run noOut = run("--db", db, "export-incidents");
        assertThat(noOut.exitCode()).isEqualTo(2);
        assertThat(noOut.err()).startsWith("Ungültiger Aufruf");
    }

    @Test
    void anUnwritableExportTargetGivesExitCode2() {
        String db = folder.resolve("lage").toString();
        Run run = run("--db", db, "export-incidents", "--out", folder.resolve("fehlt/x.csv").toString());
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("konnte nicht geschrieben werden");
    }
}
