package de.stadtlage.importing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import de.stadtlage.access.CurrentUser;
import de.stadtlage.access.PermissionDeniedException;
import de.stadtlage.access.Role;
import de.stadtlage.persistence.Database;
import de.stadtlage.persistence.DatabaseContent;
import de.stadtlage.situation.Incident;
import de.stadtlage.situation.IncidentCategory;
import de.stadtlage.situation.IncidentRepository;
import de.stadtlage.situation.IncidentSource;
import de.stadtlage.testing.TempDatabase;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class IncidentImportServiceTest {

    @TempDir
    Path folder;
    private Database db;
    private IncidentImportService service;

    @BeforeEach
    void open() {
        db = TempDatabase.open(folder);
        service = new IncidentImportService(db, CurrentUser.system());
    }

    @AfterEach
    void close() {
        db.close();
    }

    private List<Incident> stored() {
        return new IncidentRepository(db.dsl()).findBetween(LocalDateTime.of(2000, 1, 1, 0, 0), LocalDateTime.of(2100, 1, 1, 0, 0));
    }

    @ParameterizedTest
    @ValueSource(strings = {"utf8-bom-semicolon.csv", "utf8-semicolon.csv", "windows1252-semicolon.csv"})
    void everyEncodingImportsTheSameIncidents(String file) {
        ImportResult result = service.importFile(Fixtures.path(file), ImportProgress.NONE);
        assertThat(result.summary()).isEqualTo("importiert: 3, Duplikate übersprungen: 0, ungefähr verortet: 0");
        List<Incident> incidents = stored();
        assertThat(incidents).extracting(Incident::source)
                .containsExactly(IncidentSource.POLIZEI, IncidentSource.KOD, IncidentSource.BUERGERHINWEIS);
        Incident first = incidents.get(0);
        assertThat(first.occurredAt()).isEqualTo(LocalDateTime.of(2023, 7, 3, 14, 5));
        assertThat(first.latitude()).isEqualTo(51.52587);
        assertThat(first.longitude()).isEqualTo(7.46564);
        assertThat(incidents.get(1).count()).isEqualTo(2);
        assertThat(incidents.get(2).occurredAt()).isEqualTo(LocalDateTime.of(2023, 7, 4, 0, 0));
        assertThat(incidents.get(2).count()).isEqualTo(1);
        assertThat(incidents.get(2).note()).isEqualTo("Hinweis über Bürgertelefon, Grünfläche");
        assertThat(incidents).allSatisfy(i -> assertThat(i.importBatchId()).isEqualTo(result.batchId()));
    }

    @ParameterizedTest
    @ValueSource(strings = {"utf8-comma.csv", "windows1252-comma.csv"})
    void commaFilesWithIsoTimesDecimalPointsAndAnyHeaderOrderImport(String file) {
        service.importFile(Fixtures.path(file), ImportProgress.NONE);
        Incident first = stored().get(0);
        assertThat(first.category()).isEqualTo(IncidentCategory.DROGENHANDEL);
        assertThat(first.count()).isEqualTo(3);
        assertThat(first.latitude()).isEqualTo(51.52587);
        assertThat(first.note()).isEqualTo("Übergabe, beobachtet");
        assertThat(stored().get(1).category()).isEqualTo(IncidentCategory.SACHBESCHAEDIGUNG);
    }

    @Test
    void geoJsonPointsAndAddressesImport() {
        ImportResult result = service.importFile(Fixtures.path("incidents.geojson"), ImportProgress.NONE);
        assertThat(result.summary()).isEqualTo("importiert: 3, Duplikate übersprungen: 0, ungefähr verortet: 1");
        assertThat(result.format()).isEqualTo("GeoJSON");
        assertThat(stored()).filteredOn(Incident::approximate).singleElement()
                .satisfies(i -> assertThat(i.count()).isEqualTo(2));
    }

    @Test
    void geoJsonErrorsNameTheLineWhereTheFeatureStarts() {
        assertThatThrownBy(() -> service.importFile(Fixtures.path("bad.geojson"), ImportProgress.NONE))
                .isInstanceOf(ImportRejectedException.class)
                .hasMessageContaining("Zeile 14: Kategorie „Raub“ ist unbekannt");
        assertThat(stored()).isEmpty();
    }

    @Test
    void everyValidationRuleIsReportedWithItsLineAndNothingIsImported() {
        ImportRejectedException rejected = (ImportRejectedException) org.assertj.core.api.Assertions.catchThrowable(
                () -> service.importFile(Fixtures.path("bad-rows.csv"), ImportProgress.NONE));
        assertThat(rejected.errors()).extracting(RowError::toString).containsExactly(
                "Zeile 3: Kategorie „Raub“ ist unbekannt; erlaubt sind: Drogenkonsum, Drogenhandel, Aggressives Betteln,"
                        + " Campieren, Belästigung, Gewalt, Messer, Diebstahl, Sachbeschädigung, Platzverweis, Sonstiges.",
                "Zeile 4: Quelle „Ordnungsamt“ ist unbekannt; erlaubt sind: Polizei, KOD, Streetwork, Bürgerhinweis.",
                "Zeile 5: Zeitpunkt „31.02.2023 14:05“ ist nicht lesbar; erwartet wird TT.MM.JJJJ HH:MM, TT.MM.JJJJ"
                        + " oder JJJJ-MM-TTTHH:MM.",
                "Zeile 6: Koordinaten 52,52 / 13,40 liegen außerhalb des Kartengebiets (Breite 51,497–51,533,"
                        + " Länge 7,435–7,505).",
                "Zeile 7: Anzahl muss mindestens 1 sein, ist aber 0.",
                "Zeile 8: „Bemerkung“ ist 2001 Zeichen lang; erlaubt sind höchstens 2000.",
                "Zeile 9: Keine Koordinaten, und der Ort „Irgendwo 5“ ist keine Straße des Kartengebiets: bitte Breite"
                        + " und Länge angeben oder die Straße wie im Stadtplan schreiben.",
                "Zeile 10: Breite „abc“ ist keine Zahl (Dezimalkomma oder -punkt, z. B. 51,5176).");
        assertThat(rejected.getMessage()).startsWith("Die Datei „bad-rows.csv“ wurde nicht importiert: 8 Zeilen sind"
                + " fehlerhaft. Bitte korrigieren Sie die Datei und importieren Sie sie erneut.\nZeile 3: ");
        assertThat(stored()).isEmpty();
        assertThat(DatabaseContent.rowCounts(db.dsl())).containsEntry("import_batch", 0).containsEntry("audit_log", 0);
    }

    @Test
    void aMessageListsAtMostTwentyRows() {
        List<RowError> errors = java.util.stream.IntStream.rangeClosed(2, 31)
                .mapToObj(line -> new RowError(line, "kaputt")).toList();
        String report = new ImportRejectedException("x.csv", errors).getMessage();
        assertThat(report.lines().filter(l -> l.startsWith("Zeile "))).hasSize(20);
        assertThat(report).endsWith("Zeile 21: kaputt\n… und 10 weitere.");
    }

    @Test
    void quotedLineBreaksKeepTheLineNumbersOfTheFile() {
        assertThatThrownBy(() -> service.importFile(Fixtures.path("quoted-linebreaks.csv"), ImportProgress.NONE))
                .isInstanceOf(ImportRejectedException.class)
                .hasMessageContaining("\nZeile 5: Kategorie „Raub“ ist unbekannt");
    }

    @Test
    void addressesArePlacedOnTheirStreetAndMarkedApproximate() {
        ImportResult result = service.importFile(Fixtures.path("addresses.csv"), ImportProgress.NONE);
        assertThat(result.summary()).isEqualTo("importiert: 4, Duplikate übersprungen: 0, ungefähr verortet: 3");
        List<Incident> incidents = stored();
        assertThat(incidents).extracting(Incident::approximate).containsExactly(true, true, true, false);
        assertThat(incidents.get(0).place()).isEqualTo("Münsterstraße 45");
        assertThat(incidents.get(0).latitude()).isBetween(51.5195, 51.5240);
        assertThat(incidents).allSatisfy(i -> assertThat(MapArea.contains(i.latitude(), i.longitude())).isTrue());
    }

    @Test
    void duplicatesInTheDatabaseAndInTheFileAreSkippedAndCounted() {
        service.importFile(Fixtures.path("utf8-semicolon.csv"), ImportProgress.NONE);
        ImportResult again = service.importFile(Fixtures.path("utf8-bom-semicolon.csv"), ImportProgress.NONE);
        assertThat(again.summary()).isEqualTo("importiert: 0, Duplikate übersprungen: 3, ungefähr verortet: 0");

        String text = "Zeitpunkt;Kategorie;Quelle;Breite;Länge\n"
                + "01.08.2023 10:00;Gewalt;Polizei;51,52000;7,46000\n"
                + "01.08.2023 10:00;Gewalt;Polizei;51,52015;7,46000\n"   // 17 m away: the same incident
                + "01.08.2023 10:00;Gewalt;Polizei;51,52040;7,46000\n"   // 44 m away: another one
                + "01.08.2023 10:00;Gewalt;KOD;51,52000;7,46000\n"       // other source
                + "01.08.2023 10:01;Gewalt;Polizei;51,52000;7,46000\n";  // other time
        ImportResult inFile = service.importFile(write("dups.csv", text), ImportProgress.NONE);
        assertThat(inFile.summary()).isEqualTo("importiert: 4, Duplikate übersprungen: 1, ungefähr verortet: 0");
        assertThat(stored()).hasSize(7);
    }

    @Test
    void anImportIsOneBatchWithAnAuditEntry() {
        ImportResult result = service.importFile(Fixtures.path("addresses.csv"), ImportProgress.NONE);
        var batch = db.dsl().fetchOne("select file_name, row_count, imported_by, file_format, approximate_count "
                + "from import_batch where id = ?", result.batchId());
        assertThat(batch.intoArray()).containsExactly("addresses.csv", 4, "System", "CSV, UTF-8, Semikolon (;)", 3);
        var audit = de.stadtlage.access.AuditLog.entriesFor(db.dsl(), "import_batch", result.batchId());
        assertThat(audit).singleElement().satisfies(e -> {
            assertThat(e.action()).isEqualTo("IMPORTED");
            assertThat(e.afterJson()).contains("\"imported\":4").contains("\"approximate\":3");
        });
    }

    @Test
    void aCancelledImportLeavesTheDatabaseUnchanged() {
        service.importFile(Fixtures.path("utf8-semicolon.csv"), ImportProgress.NONE);
        Map<String, Integer> before = DatabaseContent.rowCounts(db.dsl());
        StringBuilder big = new StringBuilder("Zeitpunkt;Kategorie;Quelle;Breite;Länge\n");
        for (int i = 0; i < 12_000; i++) {
            big.append(LocalDateTime.of(2023, 9, 1, 0, 0).plusMinutes(i).format(IncidentTimes.EXPORT))
                    .append(";Gewalt;Polizei;51,52;7,46\n");
        }
        CancelAfter cancel = new CancelAfter("Vorfälle werden gespeichert …", 2);
        assertThatThrownBy(() -> service.importFile(write("big.csv", big.toString()), cancel))
                .isInstanceOf(ImportCancelledException.class)
                .hasMessage("Der Import wurde abgebrochen. Es wurde nichts gespeichert.");
        assertThat(cancel.savedChunks).as("rows were stored before the cancel").isGreaterThanOrEqualTo(2);
        assertThat(DatabaseContent.rowCounts(db.dsl())).isEqualTo(before);
    }

    @Test
    void readersMayNotImport() {
        var reader = new IncidentImportService(db, new CurrentUser("Leser", Role.LESEND, null));
        assertThatThrownBy(() -> reader.importFile(Fixtures.path("utf8-semicolon.csv"), ImportProgress.NONE))
                .isInstanceOf(PermissionDeniedException.class).hasMessageContaining("Vorsitz und Administration");
        var chair = new IncidentImportService(db, new CurrentUser("Vorsitz", Role.VORSITZ, null));
        assertThat(chair.importFile(Fixtures.path("utf8-semicolon.csv"), ImportProgress.NONE).imported()).isEqualTo(3);
    }

    @Test
    void theSampleFileForUsersImports() {
        ImportResult result = service.importFile(Path.of("assets/sample-data/vorfaelle-beispiel.csv"), ImportProgress.NONE);
        assertThat(result.summary()).isEqualTo("importiert: 11, Duplikate übersprungen: 0, ungefähr verortet: 3");
        assertThat(result.format()).isEqualTo("CSV, UTF-8 mit BOM, Semikolon (;)");
    }

    private Path write(String name, String text) {
        try {
            return java.nio.file.Files.writeString(folder.resolve(name), text);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** Cancels once the given phase has been reported {@code times} times (i.e. after that many chunks were stored). */
    private static final class CancelAfter implements ImportProgress {
        private final String phase;
        private final int times;
        private int seen;
        int savedChunks;

        CancelAfter(String phase, int times) {
            this.phase = phase;
            this.times = times;
        }

        @Override
        public void update(long done, long total, String message) {
            if (phase.equals(message)) {
                seen++;
                savedChunks = seen;
            }
        }

        @Override
        public boolean isCancelled() {
            return seen > times;
        }
    }
}
