package de.stadtlage.importing;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class IncidentCsvReaderTest {

    @ParameterizedTest
    @CsvSource({
            "utf8-bom-semicolon.csv, UTF-8 mit BOM, ';'",
            "utf8-semicolon.csv, UTF-8, ';'",
            "windows1252-semicolon.csv, Windows-1252, ';'",
            "utf8-comma.csv, UTF-8, ','",
            "windows1252-comma.csv, Windows-1252, ','"})
    void encodingAndDelimiterAreDetected(String file, String encoding, char delimiter) {
        FileContent content = IncidentCsvReader.read(Fixtures.bytes(file));
        assertThat(content.errors()).isEmpty();
        assertThat(content.csvFormat().encodingName()).isEqualTo(encoding);
        assertThat(content.csvFormat().delimiter()).isEqualTo(delimiter);
        assertThat(content.rows()).extracting(SourceRow::line).startsWith(2, 3);
    }

    @ParameterizedTest
    @CsvSource({"utf8-bom-semicolon.csv", "utf8-semicolon.csv", "windows1252-semicolon.csv"})
    void umlautsSurviveEveryEncodingAndTheBomIsNotPartOfTheFirstHeader(String file) {
        FileContent content = IncidentCsvReader.read(Fixtures.bytes(file));
        assertThat(content.headers().get(0)).isEqualTo("Zeitpunkt");
        assertThat(content.rows().get(2).get(Column.QUELLE)).isEqualTo("Bürgerhinweis");
        assertThat(content.rows().get(2).get(Column.BEMERKUNG)).isEqualTo("Hinweis über Bürgertelefon, Grünfläche");
    }

    @ParameterizedTest
    @CsvSource({"utf8-comma.csv", "windows1252-comma.csv"})
    void headersMatchInAnyOrderAndCaseAndQuotedDelimitersStayInTheField(String file) {
        SourceRow first = IncidentCsvReader.read(Fixtures.bytes(file)).rows().get(0);
        assertThat(first.get(Column.QUELLE)).isEqualTo("Polizei");
        assertThat(first.get(Column.LAENGE)).isEqualTo("7.46564");
        assertThat(first.get(Column.BREITE)).isEqualTo("51.52587");
        assertThat(first.get(Column.BEMERKUNG)).isEqualTo("Übergabe, beobachtet");
    }

    @Test
    void quotedLineBreaksQuotesAndDelimitersStayInOneRecordAndLinesCountPhysically() {
        FileContent content = IncidentCsvReader.read(Fixtures.bytes("quoted-linebreaks.csv"));
        assertThat(content.rows()).extracting(SourceRow::line).containsExactly(2, 5);
        SourceRow first = content.rows().get(0);
        assertThat(first.get(Column.ORT)).isEqualTo("Nordmarkt; Ecke \"Mallinckrodtstraße\"");
        assertThat(first.get(Column.BEMERKUNG)).isEqualTo("Erste Zeile\r\nzweite Zeile\r\ndritte Zeile");
    }

    @Test
    void emptyLinesCountAsLines() {
        String text = "Zeitpunkt;Kategorie;Quelle\n\n03.07.2023;Gewalt;KOD\n\n\n04.07.2023;Gewalt;KOD\n";
        List<SourceRow> rows = IncidentCsvReader.read(text.getBytes(StandardCharsets.UTF_8)).rows();
        assertThat(rows).extracting(SourceRow::line).containsExactly(3, 6);
    }

    @Test
    void aMissingRequiredColumnIsReportedOnLineOne() {
        FileContent content = IncidentCsvReader.read("Zeitpunkt;Quelle\n03.07.2023;KOD\n".getBytes(StandardCharsets.UTF_8));
        assertThat(content.errors()).extracting(RowError::toString)
                .containsExactly("Zeile 1: Die Spalte „Kategorie“ fehlt in der Kopfzeile. Erwartet werden Zeitpunkt,"
                        + " Kategorie, Quelle, Breite, Länge, Ort, Anzahl, Bemerkung (Reihenfolge beliebig).");
    }

    @Test
    void anUnclosedQuoteIsAnError() {
        String text = "Zeitpunkt;Kategorie;Quelle\n03.07.2023;\"Gewalt;KOD\n04.07.2023;Gewalt;KOD\n";
        FileContent content = IncidentCsvReader.read(text.getBytes(StandardCharsets.UTF_8));
        assertThat(content.errors()).singleElement().satisfies(e -> assertThat(e.reason()).contains("Anführungszeichen"));
    }

    @Test
    void aRowWithMoreFieldsThanTheHeaderIsAnError() {
        String text = "Zeitpunkt;Kategorie;Quelle\n03.07.2023;Gewalt;KOD;Nordmarkt\n";
        FileContent content = IncidentCsvReader.read(text.getBytes(StandardCharsets.UTF_8));
        assertThat(content.errors()).extracting(RowError::toString).containsExactly(
                "Zeile 2: Die Zeile hat 4 Felder, die Kopfzeile nur 3. Text mit Trennzeichen bitte in Anführungszeichen setzen.");
    }
}
