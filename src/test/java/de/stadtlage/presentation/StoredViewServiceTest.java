package de.stadtlage.presentation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import de.stadtlage.access.AuditLog;
import de.stadtlage.access.CurrentUser;
import de.stadtlage.access.PermissionDeniedException;
import de.stadtlage.access.Role;
import de.stadtlage.common.UserMessage;
import de.stadtlage.meeting.AgendaItem;
import de.stadtlage.meeting.AgendaKind;
import de.stadtlage.meeting.Meeting;
import de.stadtlage.meeting.MeetingRepository;
import de.stadtlage.meeting.MeetingService;
import de.stadtlage.meeting.MeetingStatus;
import de.stadtlage.persistence.Database;
import de.stadtlage.testing.TempDatabase;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StoredViewServiceTest {

    @TempDir
    Path folder;

    private static final StoredMapView VIEW = new StoredMapView(51.5259, 7.4656, 2.5, List.of("kde"),
            LocalDate.of(2026, 11, 16), LocalDate.of(2026, 11, 23), List.of("DROGENHANDEL"));

    private static Meeting meeting(Database db, LocalDate date, MeetingStatus status) {
        return db.transactionResult(cfg -> {
            Meeting m = MeetingRepository.insert(cfg.dsl(), new Meeting(null, date, LocalTime.of(10, 0), null, "Rathaus",
                    null, null, status, 0));
            MeetingRepository.insertAgendaItem(cfg.dsl(), new AgendaItem(null, m.id(), 0, AgendaKind.LAGE, null, "Lage", null, null));
            return m;
        });
    }

    @Test
    void theChairStoresTheViewOnTheNextOpenMeetingsAgendaItemWithAnAuditEntry() {
        try (Database db = TempDatabase.open(folder)) {
            meeting(db, LocalDate.of(2026, 11, 19), MeetingStatus.ABGESCHLOSSEN);
            Meeting next = meeting(db, LocalDate.of(2026, 11, 26), MeetingStatus.GEPLANT);
            meeting(db, LocalDate.of(2026, 12, 3), MeetingStatus.GEPLANT);
            StoredViewService service = new StoredViewService(db, new CurrentUser("Martina Krüger", Role.VORSITZ, null));

            Meeting target = service.targetMeeting(LocalDate.of(2026, 11, 26)).orElseThrow();
            assertThat(target.date()).isEqualTo(next.date());
            AgendaItem lage = service.agenda(target).get(0);
            service.store(target, lage, VIEW);

            String stored = new MeetingRepository(db.dsl()).agenda(next.id()).get(0).mapViewJson();
            assertThat(StoredMapView.fromJson(stored)).isEqualTo(VIEW);
            assertThat(AuditLog.entriesFor(db.dsl(), "agenda_item", lage.id())).singleElement()
                    .satisfies(e -> assertThat(e.actor()).isEqualTo("Martina Krüger"));
        }
    }

    @Test
    void readersAndClosedMeetingsAreRefused() {
        try (Database db = TempDatabase.open(folder)) {
            Meeting closed = meeting(db, LocalDate.of(2026, 11, 19), MeetingStatus.ABGESCHLOSSEN);
            AgendaItem item = new MeetingRepository(db.dsl()).agenda(closed.id()).get(0);
            StoredViewService reader = new StoredViewService(db, new CurrentUser("Tobias Lang", Role.LESEND, null));
            assertThatThrownBy(() -> reader.store(closed, item, VIEW)).isInstanceOf(PermissionDeniedException.class);
            StoredViewService chair = new StoredViewService(db, new CurrentUser("Martina Krüger", Role.VORSITZ, null));
            assertThatThrownBy(() -> chair.store(closed, item, VIEW)).isInstanceOf(UserMessage.class)
                    .hasMessageContaining("abgeschlossen");
            assertThat(chair.targetMeeting(LocalDate.of(2026, 11, 26))).isEmpty();
            assertThat(new MeetingRepository(db.dsl()).agenda(closed.id()).get(0).mapViewJson()).isNull();
        }
    }

    @Test
    void aMeetingClosedSinceItWasLoadedIsRefusedAndKeepsItsAgenda() {
        try (Database db = TempDatabase.open(folder)) {
            Meeting loaded = meeting(db, LocalDate.of(2026, 11, 26), MeetingStatus.GEPLANT);
            AgendaItem item = new MeetingRepository(db.dsl()).agenda(loaded.id()).get(0);
            MeetingService minutes = new MeetingService(db, new CurrentUser("Jörg Weiß", Role.PROTOKOLL, null),
                    Clock.systemUTC());
            minutes.start(loaded.id());
            minutes.close(loaded.id());
            int entries = AuditLog.entriesFor(db.dsl(), "agenda_item", item.id()).size();

            StoredViewService chair = new StoredViewService(db, new CurrentUser("Martina Krüger", Role.VORSITZ, null));
            assertThatThrownBy(() -> chair.store(loaded, item, VIEW)).isInstanceOf(UserMessage.class)
                    .hasMessageContaining("abgeschlossen");
            assertThat(new MeetingRepository(db.dsl()).agenda(loaded.id()).get(0).mapViewJson()).isNull();
            assertThat(AuditLog.entriesFor(db.dsl(), "agenda_item", item.id())).hasSize(entries);
        }
    }

    @Test
    void anAgendaItemOfAnotherMeetingIsRefused() {
        try (Database db = TempDatabase.open(folder)) {
            Meeting closed = meeting(db, LocalDate.of(2026, 11, 19), MeetingStatus.ABGESCHLOSSEN);
            Meeting open = meeting(db, LocalDate.of(2026, 11, 26), MeetingStatus.GEPLANT);
            AgendaItem ofClosed = new MeetingRepository(db.dsl()).agenda(closed.id()).get(0);
            StoredViewService chair = new StoredViewService(db, new CurrentUser("Martina Krüger", Role.VORSITZ, null));
            assertThatThrownBy(() -> chair.store(open, ofClosed, VIEW)).isInstanceOf(UserMessage.class);
            assertThat(new MeetingRepository(db.dsl()).agenda(closed.id()).get(0).mapViewJson()).isNull();
        }
    }
}
