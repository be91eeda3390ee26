package de.stadtlage.cli;

import static org.assertj.core.api.Assertions.assertThat;

import de.stadtlage.cli.CliTest.Run;
import de.stadtlage.meeting.IsoWeek;
import de.stadtlage.meeting.minutes.PdfChecks;
import de.stadtlage.sample.SampleData;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ExportCommandsTest {

    /** The sample data are dated from today: the last sample meeting is the one a week before the next. */
    private static final LocalDate LAST = SampleData.nextMeeting(LocalDate.now()).minusWeeks(1);
    private static final DateTimeFormatter GERMAN = DateTimeFormatter.ofPattern("dd.MM.yyyy");

    @TempDir
    Path folder;
    private String db;

    @BeforeEach
    void loadSampleData() {
        db = folder.resolve("lage").toString();
        assertThat(CliTest.run("--db", db, "demo").exitCode()).isZero();
    }

    @Test
    void sampleMinutesArePdfA3aWithEveryAttendeeDecisionAndActionItem() throws Exception {
        Path pdf = folder.resolve("protokoll.pdf");
        Run run = CliTest.run("--db", db, "export-minutes", "--meeting", LAST.toString(), "--out", pdf.toString());
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).contains("Protokoll der Sitzung vom " + GERMAN.format(LAST) + " geschrieben");
        byte[] bytes = Files.readAllBytes(pdf);
        assertThat(PdfChecks.violations(bytes, "3a")).isEmpty();
        assertThat(PdfChecks.violations(bytes, "ua1")).isEmpty();
        String text = PdfChecks.flatText(bytes);
        IsoWeek reported = IsoWeek.reportedAt(LAST);
        assertThat(text).contains("Protokoll der Sitzung vom " + GERMAN.format(LAST), IsoWeek.label(LAST),
                "Zeitraum: " + reported.label() + " (" + GERMAN.format(reported.firstDay()).substring(0, 6) + "–"
                        + GERMAN.format(reported.endExclusive().minusDays(1)) + ")",
                "Beispieldaten: Dieses Protokoll wurde aus den erfundenen Beispieldaten",
                "BEISPIELDATEN (SYNTHETISCH) – KEIN ECHTES PROTOKOLL",
                "Rathaus Dortmund, Friedensplatz 1, Raum 110", "Vertretung der Einzelhändler (Gast)",
                "Die Videobeobachtung Münsterstraße wird nach vier Wochen ausgewertet.",
                "An drei Berufskollegs startet im nächsten Schulhalbjahr ein Präventionsprojekt zu Crack.",
                "Offene Maßnahmen mit mehr als zwei Sitzungen Verzug werden der Leitung vorgelegt.",
                "Auswertung Videobeobachtung Münsterstraße vorlegen", "Schulen für Präventionsprojekt gewinnen",
                "Liste überfälliger Maßnahmen für die Leitung", "Entwurf Allgemeinverfügung an Rechtsamt geben",
                "Kostenschätzung Rauchraum einholen", "Einsatzplan Präsenz Keuningpark vorlegen",
                "Wärmestube: Öffnungszeiten mit Trägern abstimmen");
        if (ExportCommandsTest.class.getResource("/de/stadtlage/map/package/") != null) {
            // with the map package installed, the top places name their district
            assertThat(text).contains("Rang Ort Stadtbezirk Häufigste Kategorie Vorfälle 1 Hauptbahnhof");
        }
        Files.copy(pdf, Path.of("target", "minutes-sample-data.pdf"),
                java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    }

    @Test
    void latestExportsTheMostRecentMeeting() throws Exception {
        Path pdf = folder.resolve("latest.pdf");
        Run run = CliTest.run("--db", db, "export-minutes", "--meeting", "latest", "--out", pdf.toString());
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(PdfChecks.flatText(Files.readAllBytes(pdf))).contains("Protokoll der Sitzung vom " + GERMAN.format(LAST));
    }

    @Test
    void missingMeetingGivesExitCode2AndAGermanMessage() {
        Path pdf = folder.resolve("nichts.pdf");
        LocalDate next = LAST.plusWeeks(1);
        Run run = CliTest.run("--db", db, "export-minutes", "--meeting", next.toString(), "--out", pdf.toString());
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("Am " + GERMAN.format(next) + " gibt es keine Sitzung.");
        assertThat(pdf).doesNotExist();
        Run bad = CliTest.run("--db", db, "export-minutes", "--meeting", "31.08.2023", "--out", pdf.toString());
        assertThat(bad.exitCode()).isEqualTo(2);
        assertThat(bad.err()).contains("Ungültiges Datum");
    }

    @Test
    void actionItemsExportAsExcelCsv() throws Exception {
        Path csv = folder.resolve("massnahmen.csv");
        Run run = CliTest.run("--db", db, "export-actions", "--out", csv.toString());
        assertThat(run.exitCode()).as(run.err()).isZero();
        byte[] bytes = Files.readAllBytes(csv);
        assertThat(bytes).startsWith(0xEF, 0xBB, 0xBF);
        String text = new String(bytes, StandardCharsets.UTF_8);
        assertThat(text.lines()).hasSize(8);
        assertThat(text).contains("Nr.;Maßnahme;Verantwortlich;Untergruppe;Fällig;Status",
                "Kostenschätzung Rauchraum einholen;Frank Becker;SH;" + GERMAN.format(LAST) + ";verschoben;"
                        + "Angebot des Trägers kommt erst im nächsten Monat");
    }
}
