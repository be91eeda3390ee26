package de.stadtlage.importing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import de.stadtlage.access.CurrentUser;
import de.stadtlage.persistence.Database;
import de.stadtlage.situation.KeyFigureService;
import de.stadtlage.testing.TempDatabase;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class KeyFigureCsvImportTest {

    @TempDir
    Path folder;

    @Test
    void figuresAreImportedAndReproduceTheReportedChange() throws IOException {
        try (Database db = TempDatabase.open(folder)) {
            KeyFigureService service = new KeyFigureService(db, CurrentUser.system());
            Path file = Files.writeString(folder.resolve("kennzahlen.csv"), "Kennzahl;Quelle;Von;Bis;Wert\n"
                    + "Rauschgiftdelikte;Polizei;01.01.2022;31.07.2022;2.132\n"
                    + "rauschgiftdelikte;Polizei;2023-01-01;2023-07-31;2495\n"
                    + "sichergestelltes Bargeld (EUR);Polizei;03.07.2023;27.08.2023;50.000,50\n");
            assertThat(new KeyFigureCsvImport(service).importFile(file)).isEqualTo(3);
            assertThat(service.trends().get(0).changeVsYearAgo()).isEqualTo("+17,0 %");
            assertThat(service.figures()).anySatisfy(f -> assertThat(f.value()).isEqualByComparingTo("50000.50"));
        }
    }

    @Test
    void aBadRowRejectsTheWholeFileWithLineNumbers() throws IOException {
        try (Database db = TempDatabase.open(folder)) {
            KeyFigureService service = new KeyFigureService(db, CurrentUser.system());
            Path file = Files.writeString(folder.resolve("k.csv"), "Kennzahl;Quelle;Von;Bis;Wert\n"
                    + "Straftaten;Polizei;01.01.2022;31.07.2022;10\n"
                    + "Raubzüge;Polizei;01.01.2022;31.07.2022;10\n"
                    + "Straftaten;Polizei;01.08.2022;31.07.2022;10\n"
                    + "Straftaten;Polizei;01.01.2022;31.07.2022;viel\n");
            assertThatThrownBy(() -> new KeyFigureCsvImport(service).importFile(file))
                    .isInstanceOf(ImportRejectedException.class)
                    .hasMessageContaining("\nZeile 3: Die Kennzahl „Raubzüge“ ist unbekannt")
                    .hasMessageContaining("\nZeile 4: Der Zeitraum ist ungültig")
                    .hasMessageContaining("\nZeile 5: Wert „viel“ ist keine Zahl.");
            assertThat(service.figures()).isEmpty();
        }
    }

    @Test
    void theSampleFileForUsersImports() {
        try (Database db = TempDatabase.open(folder)) {
            KeyFigureService service = new KeyFigureService(db, CurrentUser.system());
            assertThat(new KeyFigureCsvImport(service).importFile(Path.of("assets/sample-data/kennzahlen-beispiel.csv")))
                    .isEqualTo(9);
            var kod = service.trends().stream().filter(t -> t.metric().equals("Platzverweise")).findFirst().orElseThrow();
            assertThat(kod.changeVsPrevious()).isEqualTo("+17,1 %");
            assertThat(kod.changeVsYearAgo()).isEqualTo("+241,7 %");
        }
    }

    @Test
    void numbersInGermanAndPlainWriting() {
        assertThat(KeyFigureCsvImport.number("2.495")).isEqualByComparingTo("2495");
        assertThat(KeyFigureCsvImport.number("12,5")).isEqualByComparingTo("12.5");
        assertThat(KeyFigureCsvImport.number("12.5")).isEqualByComparingTo("12.5");
        assertThat(KeyFigureCsvImport.number("x")).isNull();
    }
}
