package de.stadtlage.situation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import de.stadtlage.access.AuditLog;
import de.stadtlage.access.CurrentUser;
import de.stadtlage.access.PermissionDeniedException;
import de.stadtlage.access.Role;
import de.stadtlage.persistence.Database;
import de.stadtlage.testing.TempDatabase;
import java.time.LocalDateTime;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class IncidentEntryServiceTest {

    private final Database database = TempDatabase.open(TempDatabase.newFolder());
    private final Incident sample = Incident.of(LocalDateTime.of(2023, 8, 21, 22, 15), IncidentCategory.DROGENHANDEL,
            IncidentSource.POLIZEI, 51.5179, 7.4593, "Hauptbahnhof Nordausgang");

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
}
