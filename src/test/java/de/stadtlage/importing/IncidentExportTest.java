package de.stadtlage.importing;

import static org.assertj.core.api.Assertions.assertThat;

import de.stadtlage.access.CurrentUser;
import de.stadtlage.persistence.Database;
import de.stadtlage.testing.TempDatabase;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class IncidentExportTest {

    @TempDir
    Path folder;

    @Test
    void formulaTextsAreStoredAsGivenAndNeutralisedOnExport() throws IOException {
        try (Database db = TempDatabase.open(folder)) {
            new IncidentImportService(db, CurrentUser.system()).importFile(Fixtures.path("formula.csv"), ImportProgress.NONE);
            assertThat(db.dsl().fetch("select place, note from incident order by occurred_at").map(r -> r.get(0) + "|" + r.get(1)))
                    .containsExactly("@SUMME(1;2)|=HYPERLINK(\"http://x\";\"klick\")", "+49 231 0|-Minus");

            Path out = folder.resolve("export.csv");
            assertThat(new IncidentExportService(db, CurrentUser.system()).exportAll(out)).isEqualTo(2);
            byte[] bytes = Files.readAllBytes(out);
            assertThat(bytes).startsWith(0xEF, 0xBB, 0xBF);
            List<String> lines = new String(bytes, StandardCharsets.UTF_8).substring(1).lines().toList();
            assertThat(lines).containsExactly(
                    "Zeitpunkt;Kategorie;Quelle;Breite;Länge;Ort;Anzahl;Bemerkung;Ungefähr verortet",
                    "03.07.2023 14:05;Drogenkonsum;Polizei;51,525870;7,465640;\"'@SUMME(1;2)\";1;\"'=HYPERLINK(\"\"http://x\"\";\"\"klick\"\")\";",
                    "03.07.2023 14:06;Drogenkonsum;Polizei;51,525870;7,465640;'+49 231 0;1;'-Minus;");
        }
    }

    @Test
    void anExportCanBeImportedAgainAndEveryRowIsADuplicate() {
        try (Database db = TempDatabase.open(folder)) {
            IncidentImportService importer = new IncidentImportService(db, CurrentUser.system());
            importer.importFile(Fixtures.path("addresses.csv"), ImportProgress.NONE);
            importer.importFile(Fixtures.path("utf8-bom-semicolon.csv"), ImportProgress.NONE);
            Path out = folder.resolve("alle.csv");
            new IncidentExportService(db, CurrentUser.system()).exportAll(out);
            ImportCheck check = importer.check(out, ImportProgress.NONE);
            assertThat(check.formatDescription()).isEqualTo("CSV, UTF-8 mit BOM, Semikolon (;)");
            assertThat(importer.importChecked(check, ImportProgress.NONE).summary())
                    .isEqualTo("importiert: 0, Duplikate übersprungen: 7, ungefähr verortet: 0");
        }
    }

    @Test
    void approximatePlacementSurvivesExportIntoAnotherDatabase() throws IOException {
        Path out = folder.resolve("verortet.csv");
        try (Database db = TempDatabase.open(folder.resolve("erste"))) {
            new IncidentImportService(db, CurrentUser.system()).importFile(Fixtures.path("addresses.csv"), ImportProgress.NONE);
            new IncidentExportService(db, CurrentUser.system()).exportAll(out);
        }
        List<String> lines = Files.readAllLines(out, StandardCharsets.UTF_8);
        assertThat(lines.get(0)).endsWith(";Bemerkung;Ungefähr verortet");
        assertThat(lines.subList(1, lines.size())).filteredOn(line -> line.endsWith(";ja")).hasSize(3);
        assertThat(lines.get(4)).as("the row with coordinates of its own").endsWith("Hauptbahnhof;1;;");
        try (Database other = TempDatabase.open(folder.resolve("zweite"))) {
            ImportResult result = new IncidentImportService(other, CurrentUser.system()).importFile(out, ImportProgress.NONE);
            assertThat(result.summary()).isEqualTo("importiert: 4, Duplikate übersprungen: 0, ungefähr verortet: 3");
            assertThat(other.dsl().fetchValue("select count(*) from incident where approximate")).isEqualTo(3L);
        }
    }

    @Test
    void anUnreadableApproximateFlagIsARowError() throws IOException {
        Path file = folder.resolve("flag.csv");
        Files.writeString(file, "Zeitpunkt;Kategorie;Quelle;Breite;Länge;Ungefähr verortet\n"
                + "03.07.2023 14:05;Drogenkonsum;Polizei;51,5258;7,4656;ja\n"
                + "03.07.2023 14:06;Drogenkonsum;Polizei;51,5258;7,4656;vielleicht\n", StandardCharsets.UTF_8);
        ImportCheck check = new IncidentImportService(null, CurrentUser.system()).check(file, ImportProgress.NONE);
        assertThat(check.errors()).extracting(RowError::line, RowError::reason).containsExactly(org.assertj.core.groups.Tuple.tuple(3,
                "„Ungefähr verortet“ ist „vielleicht“; erlaubt sind „ja“ oder „nein“ (oder leer)."));
        assertThat(check.rows().get(0).incident().approximate()).isTrue();
    }

    @Test
    void theGuardCoversEveryFormulaStart() {
        for (String text : new String[] {"=1+1", "+1", "-1", "@A1", "\tx", "\rx"}) {
            assertThat(FormulaGuard.neutralise(text)).isEqualTo("'" + text);
        }
        assertThat(FormulaGuard.neutralise("Nordmarkt")).isEqualTo("Nordmarkt");
        assertThat(FormulaGuard.neutralise("")).isEmpty();
    }
}
