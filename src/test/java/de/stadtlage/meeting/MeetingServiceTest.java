package de.stadtlage.meeting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import de.stadtlage.access.AuditLog;
import de.stadtlage.access.CurrentUser;
import de.stadtlage.access.Organisation;
import de.stadtlage.access.PermissionDeniedException;
import de.stadtlage.access.Role;
import de.stadtlage.common.UserMessage;
import de.stadtlage.persistence.Database;
import de.stadtlage.testing.TempDatabase;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MeetingServiceTest {

    private static final CurrentUser MINUTE_TAKER = new CurrentUser("Jörg Weiß", Role.PROTOKOLL, null);
    private static final LocalDate NEW_YEARS_EVE = LocalDate.of(2026, 12, 31);

    @TempDir
    Path folder;
    private Database database;
    private MeetingService service;

    @BeforeEach
    void open() {
        database = TempDatabase.open(folder);
        service = serviceFor(MINUTE_TAKER);
    }

    @AfterEach
    void close() {
        database.close();
    }

    private MeetingService serviceFor(CurrentUser user) {
        return new MeetingService(database, user,
                Clock.fixed(NEW_YEARS_EVE.atTime(16, 0).atZone(ZoneId.of("Europe/Berlin")).toInstant(),
                        ZoneId.of("Europe/Berlin")));
    }

    @Test
    void plannedMeetingGetsItsIsoWeekAndTheStandardAgenda() {
        Meeting meeting = service.plan(NEW_YEARS_EVE, LocalTime.of(10, 0), "Rathaus", "OB", "Jörg Weiß");
        assertThat(meeting.isoWeekLabel()).isEqualTo("KW 53/2026");
        assertThat(new MeetingRepository(database.dsl()).agenda(meeting.id())).extracting(AgendaItem::title)
                .containsExactly("Lage", "SV – Stadtraum verschönern", "CR – Campieren reduzieren",
                        "BB – Belästigung bekämpfen", "SU – Sucht vermeiden", "SH – Suchthilfe weiterentwickeln",
                        "Maßnahmen", "Verschiedenes");
    }

    @Test
    void nextMeetingIsProposedOneWeekAfterTheLastAcrossNewYear() {
        assertThat(service.proposeNextDate()).isEqualTo(NEW_YEARS_EVE);
        service.plan(NEW_YEARS_EVE, null, null, null, null);
        LocalDate proposed = service.proposeNextDate();
        assertThat(proposed).isEqualTo(LocalDate.of(2027, 1, 7));
        assertThat(IsoWeek.label(proposed)).isEqualTo("KW 1/2027");
    }

    @Test
    void secondMeetingOnTheSameDayIsRefusedInGerman() {
        service.plan(NEW_YEARS_EVE, null, null, null, null);
        assertThatThrownBy(() -> service.plan(NEW_YEARS_EVE, null, null, null, null))
                .isInstanceOf(UserMessage.class).hasMessageContaining("bereits eine Sitzung");
    }

    @Test
    void aMeetingOnOrBeforeTheLastClosedOneIsRefusedInGerman() {
        Meeting closed = service.plan(NEW_YEARS_EVE, null, null, null, null);
        service.start(closed.id());
        service.close(closed.id());
        assertThatThrownBy(() -> service.plan(NEW_YEARS_EVE.minusWeeks(1), null, null, null, null))
                .isInstanceOf(UserMessage.class)
                .hasMessage("Die Sitzung vom 31.12.2026 ist bereits abgeschlossen. Bitte ein Datum nach dem"
                        + " 31.12.2026 wählen.");
        assertThatThrownBy(() -> service.plan(NEW_YEARS_EVE.minusDays(1), null, null, null, null))
                .isInstanceOf(UserMessage.class).hasMessageContaining("bereits abgeschlossen");
        assertThat(service.plan(NEW_YEARS_EVE.plusDays(1), null, null, null, null).date())
                .isEqualTo(NEW_YEARS_EVE.plusDays(1));
    }

    @Test
    void anAgendaItemTitleOverOneHundredTwentyCharactersIsRefused() {
        Meeting meeting = service.plan(NEW_YEARS_EVE, null, null, null, null);
        assertThatThrownBy(() -> service.addAgendaItem(meeting.id(), "x".repeat(121)))
                .isInstanceOf(UserMessage.class)
                .hasMessage("Der Titel ist zu lang. Bitte kürzen Sie ihn auf höchstens 120 Zeichen.");
        assertThat(service.addAgendaItem(meeting.id(), "y".repeat(120)).title()).hasSize(120);
    }

    @Test
    void aMeetingThatNeverBeganCannotBeClosedAndStaysPlannedAndEditable() {
        Meeting meeting = service.plan(NEW_YEARS_EVE, null, null, null, null);
        int entries = AuditLog.entriesFor(database.dsl(), MeetingService.ENTITY, meeting.id()).size();

        assertThatThrownBy(() -> service.close(meeting.id()))
                .isInstanceOf(UserMessage.class)
                .hasMessage("Die Sitzung vom 31.12.2026 hat noch nicht begonnen und kann daher nicht abgeschlossen"
                        + " werden. Bitte zuerst „Sitzung beginnen“ wählen.");
        assertThat(service.find(meeting.id()).orElseThrow().status()).isEqualTo(MeetingStatus.GEPLANT);
        assertThat(AuditLog.entriesFor(database.dsl(), MeetingService.ENTITY, meeting.id())).hasSize(entries);
        AgendaItem lage = new MeetingRepository(database.dsl()).agenda(meeting.id()).get(0);
        service.addDecision(meeting.id(), lage.id(), "Nach dem Beginn abschließen");

        service.start(meeting.id());
        service.close(meeting.id());
        assertThat(service.find(meeting.id()).orElseThrow().status()).isEqualTo(MeetingStatus.ABGESCHLOSSEN);
    }

    @Test
    void closedMeetingRejectsEditsButTakesAddenda() {
        Meeting meeting = service.plan(NEW_YEARS_EVE, null, null, null, null);
        AgendaItem lageItem = new MeetingRepository(database.dsl()).agenda(meeting.id()).get(0);
        int lage = lageItem.id();
        service.addDecision(meeting.id(), lage, "Präsenz verstärken");
        service.start(meeting.id());
        service.close(meeting.id());

        assertThatThrownBy(() -> service.addDecision(meeting.id(), lage, "Nachträglich"))
                .isInstanceOf(UserMessage.class)
                .hasMessage("Die Sitzung vom 31.12.2026 ist abgeschlossen und kann nicht mehr geändert werden."
                        + " Korrekturen bitte als Nachtrag erfassen.");
        assertThatThrownBy(() -> service.setNotes(lageItem, "geändert")).isInstanceOf(UserMessage.class);
        assertThatThrownBy(() -> service.addGuest(meeting.id(), "Gast", Organisation.SONSTIGE))
                .isInstanceOf(UserMessage.class);

        service.addAddendum(meeting.id(), "Zu TOP 1: Präsenz ab 02.01.2027.");
        assertThat(new MeetingRepository(database.dsl()).decisions(meeting.id())).hasSize(1);
        assertThat(service.find(meeting.id()).orElseThrow().status()).isEqualTo(MeetingStatus.ABGESCHLOSSEN);
    }

    @Test
    void closingKeepsASnapshotOfTheSituation() {
        Meeting meeting = service.plan(NEW_YEARS_EVE, null, null, null, null);
        service.start(meeting.id());
        service.close(meeting.id());
        String snapshot = database.dsl().select(de.stadtlage.persistence.jooq.Tables.MEETING.SNAPSHOT)
                .from(de.stadtlage.persistence.jooq.Tables.MEETING).fetchOne().value1();
        assertThat(snapshot).contains("\"subgroups\"", "Stadtraum verschönern", "\"keyFigures\"");
    }

    @Test
    void headerCanBeCorrectedUntilClosingButNotWithEndBeforeStart() {
        Meeting meeting = service.plan(NEW_YEARS_EVE, LocalTime.of(10, 0), "Rathaus", null, null);
        assertThatThrownBy(() -> service.updateHeader(meeting,
                new MeetingHeader(LocalTime.of(10, 0), LocalTime.of(9, 0), "Rathaus", null, null)))
                .isInstanceOf(UserMessage.class).hasMessageContaining("vor ihrem Beginn");
        service.updateHeader(meeting, new MeetingHeader(LocalTime.of(10, 0), LocalTime.of(11, 30),
                "Stadthaus, Raum 5", "OB", " "));
        Meeting changed = service.find(meeting.id()).orElseThrow();
        assertThat(changed.place()).isEqualTo("Stadthaus, Raum 5");
        assertThat(changed.endTime()).isEqualTo(LocalTime.of(11, 30));
        assertThat(changed.minuteTaker()).isNull();
        service.start(meeting.id());
        service.close(meeting.id());
        Meeting closed = service.find(meeting.id()).orElseThrow();
        assertThatThrownBy(() -> service.updateHeader(closed, MeetingHeader.of(changed)))
                .isInstanceOf(UserMessage.class).hasMessageContaining("abgeschlossen");
    }

    @Test
    void readersMayNotWrite() {
        MeetingService reader = serviceFor(new CurrentUser("Gast", Role.LESEND, null));
        assertThatThrownBy(() -> reader.plan(NEW_YEARS_EVE, null, null, null, null))
                .isInstanceOf(PermissionDeniedException.class).hasMessageContaining("Protokollführung");
    }

    @Test
    void everyWriteLeavesAnAuditEntry() {
        Meeting meeting = service.plan(NEW_YEARS_EVE, null, null, null, null);
        service.addGuest(meeting.id(), "Claudia Strauß", Organisation.SONSTIGE);
        service.addAgendaItem(meeting.id(), "Silvester");
        service.start(meeting.id());
        service.close(meeting.id());
        assertThat(AuditLog.entriesFor(database.dsl(), MeetingService.ENTITY, meeting.id()))
                .extracting(e -> e.action())
                .containsExactly("plan", "attendance.guest", "agenda.add", "start", "close");
        assertThat(AuditLog.firstBrokenEntry(database.dsl())).isEmpty();
    }
}
