package de.stadtlage.meeting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import de.stadtlage.access.Organisation;
import de.stadtlage.actions.ActionItem;
import de.stadtlage.actions.ActionItemRepository;
import de.stadtlage.actions.ActionStatus;
import de.stadtlage.persistence.Database;
import de.stadtlage.testing.TempDatabase;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalTime;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MeetingRepositoryTest {

    @TempDir
    Path folder;

    @Test
    void meetingKeepsAgendaAttendanceDecisionsAndItsIsoWeek() {
        try (Database db = TempDatabase.open(folder)) {
            Meeting meeting = db.transactionResult(cfg -> {
                Meeting m = MeetingRepository.insert(cfg.dsl(), Meeting.planned(LocalDate.of(2026, 12, 31), LocalTime.of(10, 0), "Rathaus"));
                AgendaItem lage = MeetingRepository.insertAgendaItem(cfg.dsl(),
                        new AgendaItem(null, m.id(), 0, AgendaKind.LAGE, null, "Lage", null, null));
                MeetingRepository.insertAgendaItem(cfg.dsl(), new AgendaItem(null, m.id(), 1, AgendaKind.VERSCHIEDENES, null, "Verschiedenes", null, null));
                MeetingRepository.insertAttendance(cfg.dsl(), new Attendance(null, m.id(), null, "Gast Müller", Organisation.SONSTIGE, true));
                MeetingRepository.insertDecision(cfg.dsl(), new Decision(null, m.id(), lage.id(), "Mehr Präsenz am Nordmarkt"));
                return m;
            });
            MeetingRepository meetings = new MeetingRepository(db.dsl());
            assertThat(meeting.isoWeekLabel()).isEqualTo("KW 53/2026");
            assertThat(db.dsl().resultQuery("select iso_week from meeting").fetchOne(0, Integer.class)).isEqualTo(53);
            assertThat(meetings.agenda(meeting.id())).extracting(AgendaItem::kind).containsExactly(AgendaKind.LAGE, AgendaKind.VERSCHIEDENES);
            assertThat(meetings.attendance(meeting.id())).extracting(Attendance::guestName).containsExactly("Gast Müller");
            assertThat(meetings.decisions(meeting.id())).extracting(Decision::text).containsExactly("Mehr Präsenz am Nordmarkt");
            assertThat(meetings.latestOnOrBefore(LocalDate.of(2027, 1, 5))).map(Meeting::id).contains(meeting.id());
            assertThat(meetings.latestOnOrBefore(LocalDate.of(2026, 12, 30))).isEmpty();
        }
    }

    @Test
    void actionItemsAreSortedByDueDateAndNeedAReasonWhenPostponed() {
        try (Database db = TempDatabase.open(folder)) {
            int meetingId = db.transactionResult(cfg ->
                    MeetingRepository.insert(cfg.dsl(), Meeting.planned(LocalDate.of(2023, 8, 24), null, null)).id());
            db.transaction(cfg -> {
                ActionItemRepository.insert(cfg.dsl(), ActionItem.open(meetingId, null, null, "Später", "KOD", LocalDate.of(2023, 9, 14)));
                ActionItemRepository.insert(cfg.dsl(), ActionItem.open(meetingId, null, null, "Früher", "Polizei", LocalDate.of(2023, 8, 31)));
            });
            assertThat(new ActionItemRepository(db.dsl()).list()).extracting(ActionItem::title).containsExactly("Früher", "Später");
            ActionItem postponedWithoutReason = new ActionItem(null, meetingId, null, null, "X", "Y", null,
                    ActionStatus.VERSCHOBEN, null, null, 0);
            assertThatThrownBy(() -> db.transaction(cfg -> ActionItemRepository.insert(cfg.dsl(), postponedWithoutReason)))
                    .hasMessageFindingMatch("(?i)action_item_reason"); // H2 names it in upper case, PostgreSQL in lower
            assertThat(new ActionItemRepository(db.dsl()).list()).hasSize(2);
        }
    }
}
