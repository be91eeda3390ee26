package de.stadtlage.meeting.minutes;

import static org.assertj.core.api.Assertions.assertThat;

import de.stadtlage.meeting.minutes.MinutesRepository.MeetingRow;
import de.stadtlage.persistence.Database;
import de.stadtlage.persistence.DatabaseLocation;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MinutesExporterTest {

    @TempDir
    Path folder;
    private Database database;
    private MinutesExporter exporter;
    private MinutesFixture fixture;

    @BeforeEach
    void open() {
        database = Database.open(DatabaseLocation.h2File(folder.resolve("test")));
        fixture = new MinutesFixture(database.dsl());
        MinutesRepository meetings = new MinutesRepository(database.dsl());
        MinutesAssembler assembler = new MinutesAssembler(meetings, new StatusQueries(database.dsl()),
                (from, to) -> Optional.of(SampleMinutes.mapPng()), () -> null);
        exporter = new MinutesExporter(meetings, assembler, new MinutesPdfRenderer());
    }

    @AfterEach
    void close() {
        database.close();
    }

    @Test
    void minutesFromTheDatabaseArePdfA3aAndHoldTheMeetingsRecord() throws Exception {
        fixture.twoMeetings("<b>x</b> & \"y\"");
        MeetingRow meeting = exporter.find("2026-11-19", MinutesFixture.SECOND).orElseThrow();
        Path file = folder.resolve("out/protokoll.pdf");
        exporter.export(meeting, file);
        byte[] pdf = Files.readAllBytes(file);
        assertThat(PdfChecks.violations(pdf, "3a")).isEmpty();
        String text = PdfChecks.flatText(pdf);
        assertThat(text).contains("Protokoll der Sitzung vom 19.11.2026 (KW 47/2026)", "Entwurf",
                "Dr. Anna Müller, Ordnungsamt", "Sabine Groß", "Claudia Strauß (Gast)",
                "Präsenz am Keuningpark verstärken", "Dienstplan für Keuningpark anpassen",
                "<b>x</b> & \"y\"", "Streife Reinoldikirche", "Beleuchtung Burgtor", "Keuningpark",
                "Die nächste Sitzung findet am Donnerstag, 26.11.2026 (KW 48/2026) statt.");
        assertThat(text).contains("\u221213 (\u22129,9 %)");
        // one ISO week, Monday to Sunday: the Brückstraße incidents of the meeting's own week are not in it
        assertThat(text).contains("Zeitraum: KW 46/2026 (09.11.–15.11.2026)").doesNotContain("Brückstraße");
    }

    @Test
    void latestMeansTheMostRecentMeetingOnOrBeforeToday() {
        fixture.twoMeetings("Titel");
        assertThat(exporter.find("latest", MinutesFixture.SECOND.plusDays(3)).orElseThrow().header().date())
                .isEqualTo(MinutesFixture.SECOND);
        assertThat(exporter.find("latest", MinutesFixture.FIRST.plusDays(1)).orElseThrow().header().date())
                .isEqualTo(MinutesFixture.FIRST);
        assertThat(exporter.find("latest", MinutesFixture.FIRST.minusDays(1))).isEmpty();
        assertThat(exporter.find("2026-01-01", MinutesFixture.SECOND)).isEmpty();
    }
}
