package de.stadtlage.meeting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import de.stadtlage.access.AuditLog;
import de.stadtlage.access.CurrentUser;
import de.stadtlage.access.Organisation;
import de.stadtlage.access.Person;
import de.stadtlage.access.PersonRepository;
import de.stadtlage.access.Role;
import de.stadtlage.common.ConflictException;
import de.stadtlage.common.UserMessage;
import de.stadtlage.meeting.MeetingDetails.AttendeeRow;
import de.stadtlage.persistence.Database;
import de.stadtlage.testing.TempDatabase;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.function.Consumer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Two people edit one meeting from two app instances on one database file: the one who saves from an outdated
 * state is refused with a message naming who changed it and when, and nothing of theirs is written.
 */
class MeetingConflictTest {

    private static final LocalDate DAY = LocalDate.of(2026, 12, 3);
    private static final Clock CLOCK = Clock.fixed(DAY.atTime(9, 0).atZone(ZoneId.of("Europe/Berlin")).toInstant(),
            ZoneId.of("Europe/Berlin"));
    private static final String WHO_AND_WHEN = "(?s).*Kai Brandt hat am \\d{2}\\.\\d{2}\\.\\d{4} um \\d{2}:\\d{2} Uhr.*";

    @TempDir
    Path folder;
    private Database database;
    private MeetingService joerg;
    private Meeting meeting;

    @BeforeEach
    void open() {
        database = TempDatabase.open(folder);
        joerg = new MeetingService(database, new CurrentUser("Jörg Weiß", Role.PROTOKOLL, null), CLOCK);
        meeting = joerg.plan(DAY, LocalTime.of(10, 0), "Rathaus", "OB", "Jörg Weiß");
        database.transaction(cfg -> PersonRepository.insert(cfg.dsl(), Person.of("Anna Schmitz", Organisation.POLIZEI,
                "PP Dortmund", Role.LESEND, null)));
    }

    @AfterEach
    void close() {
        database.close();
    }

    /** Kai Brandt's change, made through a second Database on the same file (another app instance). */
    private void kai(Consumer<MeetingService> change) {
        try (Database other = TempDatabase.open(folder)) { // the same file (or schema) again
            change.accept(new MeetingService(other, new CurrentUser("Kai Brandt", Role.VORSITZ, null), CLOCK));
        }
    }

    private Meeting stored() {
        return joerg.find(meeting.id()).orElseThrow();
    }

    private AgendaItem lage() {
        return new MeetingRepository(database.dsl()).agenda(meeting.id()).get(0);
    }

    @Test
    void aHeaderSavedFromAnOutdatedMeetingIsRefusedAndNamesWhoChangedItWhen() {
        Meeting seen = stored();
        kai(service -> service.updateHeader(seen, new MeetingHeader(LocalTime.of(10, 0), null, "Stadthaus", "OB",
                "Jörg Weiß")));
        int entries = AuditLog.entriesFor(database.dsl(), MeetingService.ENTITY, meeting.id()).size();

        assertThatThrownBy(() -> joerg.updateHeader(seen, new MeetingHeader(LocalTime.of(11, 0), null, "Rathaus",
                "OB", "Jörg Weiß")))
                .isInstanceOf(ConflictException.class).hasMessageMatching(WHO_AND_WHEN)
                .hasMessageContaining("Kopf der Sitzung").hasMessageContaining("neu");
        assertThat(stored().place()).isEqualTo("Stadthaus");
        assertThat(stored().startTime()).isEqualTo(LocalTime.of(10, 0));
        assertThat(AuditLog.entriesFor(database.dsl(), MeetingService.ENTITY, meeting.id())).hasSize(entries);

        joerg.updateHeader(stored(), new MeetingHeader(LocalTime.of(11, 0), null, "Stadthaus", "OB", "Jörg Weiß"));
        assertThat(stored().startTime()).isEqualTo(LocalTime.of(11, 0));
    }

    @Test
    void notesSavedFromAnOutdatedAgendaItemAreRefusedAndTheOtherNotesStay() {
        AgendaItem seen = lage();
        kai(service -> service.setNotes(seen, "Lagebild: Rückgang am Nordmarkt"));

        assertThatThrownBy(() -> joerg.setNotes(seen, "Lage wie besprochen"))
                .isInstanceOf(ConflictException.class).hasMessageMatching(WHO_AND_WHEN)
                .hasMessageContaining("„Lage“");
        assertThat(lage().notes()).isEqualTo("Lagebild: Rückgang am Nordmarkt");

        joerg.setNotes(lage(), "Lagebild: Rückgang am Nordmarkt; Keuningpark unverändert");
        assertThat(lage().notes()).endsWith("Keuningpark unverändert");
    }

    @Test
    void notesOfOneItemDoNotConflictWithNotesOfAnotherOrWithTheHeader() {
        AgendaItem seenLage = lage();
        AgendaItem seenOther = new MeetingRepository(database.dsl()).agenda(meeting.id()).get(1);
        Meeting seenMeeting = stored();
        kai(service -> service.setNotes(seenOther, "SV berichtet"));
        joerg.setNotes(seenLage, "Lage ruhig");
        joerg.updateHeader(seenMeeting, MeetingHeader.of(seenMeeting));
        assertThat(lage().notes()).isEqualTo("Lage ruhig");
    }

    @Test
    void attendanceChangedByAnotherPersonMeanwhileIsRefused() {
        AttendeeRow seen = MeetingDetails.load(database.dsl(), stored()).attendees().get(0);
        assertThat(seen.present()).isFalse();
        kai(service -> service.setPresent(meeting.id(), seen, true));

        assertThatThrownBy(() -> joerg.setPresent(meeting.id(), seen, true))
                .isInstanceOf(ConflictException.class).hasMessageMatching(WHO_AND_WHEN)
                .hasMessageContaining(seen.name());
        AttendeeRow now = MeetingDetails.load(database.dsl(), stored()).attendees().get(0);
        assertThat(now.present()).isTrue();
        joerg.setPresent(meeting.id(), now, false);
        assertThat(MeetingDetails.load(database.dsl(), stored()).attendees().get(0).present()).isFalse();
    }

    @Test
    void aDecisionCannotHangOnTheAgendaItemOfAnotherMeeting() {
        Meeting other = joerg.plan(DAY.plusWeeks(1), null, null, null, null);
        AgendaItem otherLage = new MeetingRepository(database.dsl()).agenda(other.id()).get(0);
        assertThatThrownBy(() -> joerg.addDecision(meeting.id(), otherLage.id(), "Präsenz verstärken"))
                .isInstanceOf(UserMessage.class).hasMessageContaining("gehört nicht zu");
        assertThat(new MeetingRepository(database.dsl()).decisions(meeting.id())).isEmpty();
        assertThat(new MeetingRepository(database.dsl()).decisions(other.id())).isEmpty();
    }
}
