package de.stadtlage.situation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import de.stadtlage.access.AuditLog;
import de.stadtlage.access.CurrentUser;
import de.stadtlage.access.PermissionDeniedException;
import de.stadtlage.access.Role;
import de.stadtlage.common.UserMessage;
import de.stadtlage.persistence.Database;
import de.stadtlage.testing.TempDatabase;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.ZoneId;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class IncidentEntryServiceTest {

    private final Database database = TempDatabase.open(TempDatabase.newFolder());
    private final Incident sample = Incident.of(LocalDateTime.of(2023, 8, 21, 22, 15), IncidentCategory.DROGENHANDEL,
            IncidentSource.POLIZEI, 51.5179, 7.4593, "Hauptbahnhof Nordausgang");

    /** The app's clock: 1 September 2023, noon in Dortmund. */
    private final Clock clock = Clock.fixed(LocalDateTime.of(2023, 9, 1, 12, 0).atZone(ZoneId.of("Europe/Berlin"))
            .toInstant(), ZoneId.of("Europe/Berlin"));
    private final IncidentEntryService chairEntry = new IncidentEntryService(database,
            new CurrentUser("Vorsitz Test", Role.VORSITZ, null), clock);

    @AfterEach
    void close() {
        database.close();
    }

    @Test
    void chairRecordsAnIncidentAndTheAuditLogNamesThem() {
        CurrentUser chair = new CurrentUser("Vorsitz Test", Role.VORSITZ, null);
        long id = new IncidentEntryService(database, chair).record(sample);

        assertThat(new IncidentRepository(database.dsl()).findById(id)).get()
                .extracting(Incident::place).isEqualTo("Hauptbahnhof Nordausgang");
        assertThat(AuditLog.entriesFor(database.dsl(), "incident", id)).singleElement()
                .satisfies(e -> assertThat(e.toString()).contains("Vorsitz Test").contains("CREATE"));
    }

    @Test
    void readersCannotRecordOrDeleteIncidents() {
        CurrentUser reader = new CurrentUser("Lesend", Role.LESEND, null);
        IncidentEntryService service = new IncidentEntryService(database, reader);

        assertThatThrownBy(() -> service.record(sample)).isInstanceOf(PermissionDeniedException.class)
                .hasMessageContaining("Vorsitz");
        assertThatThrownBy(() -> service.delete(1)).isInstanceOf(PermissionDeniedException.class);
        assertThat(new IncidentRepository(database.dsl()).count()).isZero();
    }

    @ParameterizedTest
    @CsvSource({"NaN, 7.4593", "51.5179, NaN", "Infinity, 7.4593", "51.5179, -Infinity"})
    void aPositionThatIsNoNumberIsRefused(double lat, double lon) {
        Incident broken = new Incident(null, sample.occurredAt(), sample.category(), sample.source(), lat, lon,
                null, 1, null, false, null);
        assertThatThrownBy(() -> chairEntry.record(broken)).isInstanceOf(UserMessage.class)
                .hasMessageStartingWith("Die Position ist keine gültige Koordinate");
        assertThat(new IncidentRepository(database.dsl()).count()).isZero();
    }

    @Test
    void aPositionOutsideTheMapAreaIsRefused() {
        Incident berlin = new Incident(null, sample.occurredAt(), sample.category(), sample.source(), 52.52, 13.40,
                null, 1, null, false, null);
        assertThatThrownBy(() -> chairEntry.record(berlin)).isInstanceOf(UserMessage.class)
                .hasMessage("Die Position 52,52000 N, 13,40000 O liegt außerhalb des Kartengebiets (Breite 51,497–51,533,"
                        + " Länge 7,435–7,505). Bitte wählen Sie einen Ort auf der Karte.");
        assertThat(new IncidentRepository(database.dsl()).count()).isZero();
    }

    @Test
    void aCountBelowOneIsRefusedNotChangedToOne() {
        Incident minusFive = new Incident(null, sample.occurredAt(), sample.category(), sample.source(),
                sample.latitude(), sample.longitude(), null, -5, null, false, null);
        assertThatThrownBy(() -> chairEntry.record(minusFive)).isInstanceOf(UserMessage.class)
                .hasMessage("Die Anzahl muss mindestens 1 sein, ist aber -5.");
        assertThat(new IncidentRepository(database.dsl()).count()).isZero();
    }

    @Test
    void anIncidentInTheFutureIsRefusedAndACorrectionCannotMoveOneThere() {
        Incident tomorrow = new Incident(null, LocalDateTime.of(2023, 9, 2, 8, 0), sample.category(), sample.source(),
                sample.latitude(), sample.longitude(), null, 1, null, false, null);
        assertThatThrownBy(() -> chairEntry.record(tomorrow)).isInstanceOf(UserMessage.class)
                .hasMessage("Datum liegt in der Zukunft: 02.09.2023 ist nach heute (01.09.2023). Bitte prüfen Sie das Datum.");
        long id = chairEntry.record(sample);
        Incident stored = new IncidentRepository(database.dsl()).findById(id).orElseThrow();
        Incident moved = new Incident(id, LocalDateTime.of(2024, 9, 1, 8, 0), stored.category(), stored.source(),
                stored.latitude(), stored.longitude(), null, 1, null, false, null);
        assertThatThrownBy(() -> chairEntry.update(moved)).isInstanceOf(UserMessage.class)
                .hasMessageStartingWith("Datum liegt in der Zukunft: 01.09.2024");
        assertThat(new IncidentRepository(database.dsl()).findById(id).orElseThrow().occurredAt())
                .isEqualTo(sample.occurredAt());
    }

    @Test
    void aCorrectionStoresTheCount() {
        long id = chairEntry.record(sample);
        Incident stored = new IncidentRepository(database.dsl()).findById(id).orElseThrow();
        chairEntry.update(new Incident(id, stored.occurredAt(), stored.category(), stored.source(), stored.latitude(),
                stored.longitude(), stored.place(), 3, stored.note(), false, null));
        assertThat(new IncidentRepository(database.dsl()).findById(id).orElseThrow().count()).isEqualTo(3);
    }
}
