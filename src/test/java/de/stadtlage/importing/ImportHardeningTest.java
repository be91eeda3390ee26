package de.stadtlage.importing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import de.stadtlage.access.CurrentUser;
import de.stadtlage.persistence.Database;
import de.stadtlage.persistence.DatabaseContent;
import de.stadtlage.situation.IncidentRepository;
import de.stadtlage.testing.TempDatabase;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.ZoneId;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Files that must be refused as a whole, or imported with a visible remark: item 7 of issue 13. */
class ImportHardeningTest {

    private static final String HEADER = "Zeitpunkt;Kategorie;Quelle;Breite;Länge\n";
    /** The app's clock: Tuesday, 1 August 2023, noon in Dortmund. */
    private static final Clock CLOCK = Clock.fixed(LocalDateTime.of(2023, 8, 1, 12, 0)
            .atZone(ZoneId.of("Europe/Berlin")).toInstant(), ZoneId.of("Europe/Berlin"));

    @TempDir
    Path folder;
    private Database db;
    private IncidentImportService service;

    @BeforeEach
    void open() {
        db = TempDatabase.open(folder);
        service = new IncidentImportService(db, CurrentUser.system(), StreetIndex::ofMapPackage, CLOCK);
    }

    @AfterEach
    void close() {
        db.close();
    }

    private ImportRejectedException rejected(Path file) {
        ImportRejectedException e = catchThrowableOfType(ImportRejectedException.class,
                () -> service.importFile(file, ImportProgress.NONE));
        assertThat(e).as("the file is refused").isNotNull();
        assertThat(new IncidentRepository(db.dsl()).count()).as("nothing stored").isZero();
        assertThat(DatabaseContent.rowCounts(db.dsl())).containsEntry("import_batch", 0).containsEntry("audit_log", 0);
        return e;
    }

    private static String feature(String time) {
        return "{\"type\": \"Feature\", \"geometry\": {\"type\": \"Point\", \"coordinates\": [7.46564, 51.52587]},"
                + " \"properties\": {\"Zeitpunkt\": \"" + time + "\", \"Kategorie\": \"Gewalt\", \"Quelle\": \"Polizei\"}}";
    }

    private static String collection(String... entries) {
        return "{\"type\": \"FeatureCollection\", \"features\": [\n" + String.join(",\n", entries) + "\n]}";
    }

    @Test
    void aNullFeatureRefusesTheWholeGeoJsonFileNamingItsNumber() {
        Path file = write("null.geojson", collection(feature("03.07.2023 10:00"), "null", feature("03.07.2023 11:00")));
        ImportRejectedException e = rejected(file);
        assertThat(e.errors()).extracting(RowError::toString).singleElement().asString()
                .startsWith("Zeile 3: Objekt 2 in „features“ ist null, kein GeoJSON-Feature.");
    }

    @Test
    void aNumberOrTextInTheFeatureListIsRefusedToo() {
        Path file = write("mixed.geojson", collection(feature("03.07.2023 10:00"), "42", "\"x\""));
        assertThat(rejected(file).errors()).extracting(RowError::reason)
                .anySatisfy(r -> assertThat(r).startsWith("Objekt 2 in „features“ ist eine Zahl"))
                .anySatisfy(r -> assertThat(r).startsWith("Objekt 3 in „features“ ist ein Text"));
    }

    @Test
    void textAfterTheFeatureCollectionRefusesTheFile() {
        Path garbage = write("garbage.geojson", collection(feature("03.07.2023 10:00")) + "\nxyz trailing");
        assertThat(rejected(garbage).getMessage()).contains("Zeile 4: Nach dem Ende der FeatureCollection (Spalte 1)"
                + " folgt noch Text");
        Path second = write("second.geojson", collection(feature("03.07.2023 10:00")) + " {}");
        assertThat(rejected(second).getMessage()).contains("Zeile 3: Nach dem Ende der FeatureCollection (Spalte 4)");
        Path whitespace = write("ws.geojson", collection(feature("03.07.2023 10:00")) + "\n  \r\n\t");
        assertThat(service.importFile(whitespace, ImportProgress.NONE).imported()).isEqualTo(1);
    }

    @Test
    void fieldsAfterTheFeatureListAreStillRead() {
        Path file = write("order.geojson", "{\"features\": [" + feature("03.07.2023 10:00") + "], \"type\": "
                + "\"FeatureCollection\", \"bbox\": [7.4, 51.5, 7.5, 51.6]}\n");
        assertThat(service.importFile(file, ImportProgress.NONE).imported()).isEqualTo(1);
    }

    @Test
    void datesBefore1900OrAfter2200AreRefusedWithTheirLine() {
        Path file = write("years.csv", HEADER
                + "03.07.2023 10:00;Gewalt;Polizei;51,52;7,46\n"
                + "31.12.1899 23:59;Gewalt;Polizei;51,52;7,46\n"
                + "01.01.2201;Gewalt;Polizei;51,52;7,46\n"
                + "0023-07-03T10:00;Gewalt;Polizei;51,52;7,46\n");
        assertThat(rejected(file).errors()).extracting(RowError::toString).containsExactly(
                "Zeile 3: Datum 31.12.1899 liegt vor dem 01.01.1900. Bitte prüfen Sie das Jahr.",
                "Zeile 4: Datum 01.01.2201 liegt nach dem 31.12.2200. Bitte prüfen Sie das Jahr.",
                "Zeile 5: Datum 03.07.0023 liegt vor dem 01.01.1900. Bitte prüfen Sie das Jahr.");
    }

    @Test
    void anIncidentAfterTodayIsRefusedSoItCannotMoveTheDefaultWindow() {
        Path file = write("future.csv", HEADER
                + "01.08.2023 23:59;Gewalt;Polizei;51,52;7,46\n"
                + "02.08.2023 00:00;Gewalt;Polizei;51,52;7,46\n"
                + "03.07.2024 10:00;Gewalt;Polizei;51,52;7,46\n");
        assertThat(rejected(file).errors()).extracting(RowError::toString).containsExactly(
                "Zeile 3: Datum liegt in der Zukunft: 02.08.2023 ist nach heute (01.08.2023). Bitte prüfen Sie das Datum.",
                "Zeile 4: Datum liegt in der Zukunft: 03.07.2024 ist nach heute (01.08.2023). Bitte prüfen Sie das Datum.");

        Path today = write("today.csv", HEADER + "01.08.2023 23:59;Gewalt;Polizei;51,52;7,46\n");
        assertThat(service.importFile(today, ImportProgress.NONE).imported()).isEqualTo(1);
    }

    @Test
    void aHugeValueIsQuotedWithItsFirst80CharactersAndItsLength() {
        String huge = "X".repeat(3_000_000);
        Path file = write("huge.csv", HEADER + "03.07.2023 10:00;" + huge + ";Polizei;51,52;7,46\n");
        ImportRejectedException e = rejected(file);
        assertThat(e.getMessage()).hasSizeLessThan(1_000)
                .contains("Kategorie „" + "X".repeat(79) + "…“ (3.000.000 Zeichen) ist unbekannt");
    }

    @Test
    void aWindows1252FileIsReadAsSuchAndTheCheckSaysWhereUtf8Failed() {
        byte[] content = (HEADER + "03.07.2023 10:00;Gewalt;Polizei;51,52;7,46\n"
                + "04.07.2023 10:00;Gewalt;Polizei;;;Münsterstraße 45\n").replace("Länge", "Länge;Ort")
                .getBytes(CsvFormat.WINDOWS_1252);
        Path file = write("excel.csv", content);
        ImportCheck check = service.check(file, ImportProgress.NONE);
        assertThat(check.formatDescription()).isEqualTo("CSV, Windows-1252, Semikolon (;)");
        assertThat(check.encodingNotice()).isEqualTo("Die Datei ist kein gültiges UTF-8 (erste ungültige Stelle: "
                + "Zeile 1, Byte 36, 0xE4) und wurde als Windows-1252 gelesen, wie Excel „CSV (Trennzeichen-getrennt)“ "
                + "speichert. Bitte prüfen Sie die Umlaute; sind sie falsch, speichern Sie die Datei als "
                + "„CSV UTF-8 (durch Trennzeichen getrennt)“.");
        ImportResult result = service.importChecked(check, ImportProgress.NONE);
        assertThat(result.encodingNotice()).isEqualTo(check.encodingNotice());
        assertThat(new IncidentRepository(db.dsl()).findById(2).orElseThrow().place()).isEqualTo("Münsterstraße 45");
    }

    @Test
    void aUtf8FileHasNoEncodingNotice() {
        ImportCheck check = service.check(Fixtures.path("utf8-semicolon.csv"), ImportProgress.NONE);
        assertThat(check.encodingNotice()).isEmpty();
    }

    @Test
    void aUtf8FileWithOneWindows1252ByteIsRefusedNamingLineAndByte() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        bytes.writeBytes((HEADER.replace("Länge", "Länge;Ort") + "03.07.2023 10:00;Gewalt;Polizei;51,52;7,46;Nordmarkt\n"
                + "03.07.2023 11:00;Gewalt;Polizei;51,52;7,46;Kampstra").getBytes(StandardCharsets.UTF_8));
        bytes.write(0xDF); // ß in Windows-1252
        bytes.writeBytes("e 40\n".getBytes(StandardCharsets.UTF_8));
        ImportRejectedException e = rejected(write("mixed.csv", bytes.toByteArray()));
        assertThat(e.errors()).extracting(RowError::toString).containsExactly("Zeile 3: ungültiges UTF-8 bei Byte 52"
                + " der Zeile (0xDF), obwohl die Datei sonst UTF-8 ist (z. B. Zeile 1). Speichern Sie die Datei als UTF-8"
                + " (in Excel „CSV UTF-8 (durch Trennzeichen getrennt)“) oder ganz als Windows-1252 und importieren Sie sie"
                + " erneut.");
    }

    @Test
    void aFileWithUtf8ByteOrderMarkAndAnInvalidByteIsRefused() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        bytes.writeBytes(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
        bytes.writeBytes("Zeitpunkt;Kategorie;Quelle;Breite;Lange;Ort\n03.07.2023 10:00;Gewalt;Polizei;51,52;7,46;M"
                .getBytes(StandardCharsets.US_ASCII));
        bytes.write(0xFC); // ü in Windows-1252
        bytes.writeBytes("nsterstra\n".getBytes(StandardCharsets.US_ASCII));
        assertThat(rejected(write("bom.csv", bytes.toByteArray())).errors()).extracting(RowError::toString)
                .singleElement().asString().startsWith("Zeile 2: ungültiges UTF-8 bei Byte 45 der Zeile (0xFC), obwohl "
                        + "die Datei mit einer UTF-8-Kennung (BOM) beginnt.");
    }

    @Test
    void aGeoJsonFileMustBeUtf8() {
        byte[] content = collection(feature("03.07.2023 10:00").replace("Polizei\"", "Polizei\", \"Ort\": \"Münsterstraße\""))
                .getBytes(CsvFormat.WINDOWS_1252);
        assertThat(rejected(write("latin.geojson", content)).errors()).extracting(RowError::toString).singleElement()
                .asString().startsWith("Zeile 2: ungültiges UTF-8 bei Byte 189 der Zeile (0xFC). GeoJSON-Dateien sind "
                        + "immer UTF-8: Speichern Sie die Datei als UTF-8 und importieren Sie sie erneut.");
    }

    private Path write(String name, String text) {
        return write(name, text.getBytes(StandardCharsets.UTF_8));
    }

    private Path write(String name, byte[] content) {
        try {
            return Files.write(folder.resolve(name), content);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
