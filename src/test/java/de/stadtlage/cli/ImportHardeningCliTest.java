package de.stadtlage.cli;

import static org.assertj.core.api.Assertions.assertThat;

import de.stadtlage.cli.ImportExportCliTest.Run;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** import-incidents with files that must be refused as a whole (exit 2) or imported with a remark on stderr. */
class ImportHardeningCliTest {

    private static final String HEADER = "Zeitpunkt;Kategorie;Quelle;Breite;Länge;Ort\n";

    @TempDir
    Path folder;

    private String db() {
        return folder.resolve("lage").toString();
    }

    private static Run run(String... args) {
        return ImportExportCliTest.run(args);
    }

    private void assertNothingStored() {
        assertThat(run("--db", db(), "info").out().lines()).contains("incident: 0", "import_batch: 0");
    }

    @Test
    void aGeoJsonListWithANullEntryImportsNothingAndExitsWith2() throws IOException {
        String feature = "{\"type\": \"Feature\", \"geometry\": {\"type\": \"Point\", \"coordinates\": [7.46564, 51.52587]},"
                + " \"properties\": {\"Zeitpunkt\": \"03.07.2023 10:00\", \"Kategorie\": \"Gewalt\", \"Quelle\": \"Polizei\"}}";
        Path file = Files.writeString(folder.resolve("null.geojson"),
                "{\"type\": \"FeatureCollection\", \"features\": [\n" + feature + ",\nnull,\n" + feature + "\n]}");
        Run run = run("--db", db(), "import-incidents", file.toString());
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.out()).isEmpty();
        assertThat(run.err()).contains("\nZeile 3: Objekt 2 in „features“ ist null");
        assertNothingStored();
    }

    @Test
    void trailingTextAfterTheGeoJsonExitsWith2() throws IOException {
        Path file = Files.writeString(folder.resolve("trailing.geojson"),
                "{\"type\": \"FeatureCollection\", \"features\": []}\n,{\"x\": 1}");
        Run run = run("--db", db(), "import-incidents", file.toString());
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("Zeile 2: Nach dem Ende der FeatureCollection (Spalte 1) folgt noch Text");
        assertNothingStored();
    }

    @Test
    void aRowInTheFutureIsRefusedWithItsLine() throws IOException {
        LocalDate nextYear = LocalDate.now().plusYears(1);
        Path file = Files.writeString(folder.resolve("future.csv"), HEADER
                + "03.07.2023 10:00;Gewalt;Polizei;51,52;7,46;\n"
                + nextYear.getDayOfMonth() + "." + nextYear.getMonthValue() + "." + nextYear.getYear()
                + ";Gewalt;Polizei;51,52;7,46;\n");
        Run run = run("--db", db(), "import-incidents", file.toString());
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("\nZeile 3: Datum liegt in der Zukunft: ");
        assertNothingStored();
    }

    @Test
    void aHugeFieldIsNotEchoedInFull() throws IOException {
        Path file = Files.writeString(folder.resolve("huge.csv"), HEADER
                + "03.07.2023 10:00;Gewalt;Polizei;51,52;" + "7".repeat(5_000_000) + ";\n");
        Run run = run("--db", db(), "import-incidents", file.toString());
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).hasSizeLessThan(2_000).contains("Länge „" + "7".repeat(79) + "…“ (5.000.000 Zeichen)");
        assertNothingStored();
    }

    @Test
    void aWindows1252FileImportsAndStderrSaysSoWithLineAndByte() throws IOException {
        Path file = Files.write(folder.resolve("excel.csv"), (HEADER + "03.07.2023 10:00;Gewalt;Polizei;51,52;7,46;"
                + "Münsterstraße 45\n").getBytes(Charset.forName("windows-1252")));
        Run run = run("--db", db(), "import-incidents", file.toString());
        assertThat(run.exitCode()).isZero();
        assertThat(run.out().strip()).isEqualTo("importiert: 1, Duplikate übersprungen: 0, ungefähr verortet: 0");
        assertThat(run.err()).startsWith("Hinweis: Die Datei ist kein gültiges UTF-8 (erste ungültige Stelle: "
                + "Zeile 1, Byte 36, 0xE4) und wurde als Windows-1252 gelesen");
    }

    @Test
    void aUtf8FileWithAStrayWindows1252ByteExitsWith2() throws IOException {
        byte[] good = (HEADER + "03.07.2023 10:00;Gewalt;Polizei;51,52;7,46;Nordmarkt\n").getBytes(StandardCharsets.UTF_8);
        byte[] bad = "03.07.2023 11:00;Gewalt;Polizei;51,52;7,46;M\u00fcnster\n".getBytes(Charset.forName("windows-1252"));
        byte[] content = new byte[good.length + bad.length];
        System.arraycopy(good, 0, content, 0, good.length);
        System.arraycopy(bad, 0, content, good.length, bad.length);
        Run run = run("--db", db(), "import-incidents", Files.write(folder.resolve("mixed.csv"), content).toString());
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("\nZeile 3: ungültiges UTF-8 bei Byte 45 der Zeile (0xFC)");
        assertNothingStored();
    }
}
