package de.stadtlage.sample;

import static de.stadtlage.persistence.jooq.Tables.INCIDENT;
import static de.stadtlage.persistence.jooq.Tables.MEETING;
import static org.assertj.core.api.Assertions.assertThat;

import de.stadtlage.access.CurrentUser;
import de.stadtlage.meeting.IsoWeek;
import de.stadtlage.persistence.Database;
import de.stadtlage.testing.TempDatabase;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The sample situation is dated from the day it is loaded, so every screen has something current to show. */
class SampleDataTest {

    @TempDir
    Path folder;

    @ParameterizedTest
    @ValueSource(strings = {"2026-12-05", "2026-11-30", "2026-12-03"})
    void theSampleEndsYesterdayAndTheNextMeetingHasLastWeeksIncidents(String day) {
        LocalDate today = LocalDate.parse(day);
        try (Database db = TempDatabase.open(folder)) {
            SampleSummary summary = SampleData.load(db, CurrentUser.system(), today, false);

            LocalDateTime newest = db.dsl().select(org.jooq.impl.DSL.max(INCIDENT.OCCURRED_AT)).from(INCIDENT).fetchOne().value1();
            LocalDateTime oldest = db.dsl().select(org.jooq.impl.DSL.min(INCIDENT.OCCURRED_AT)).from(INCIDENT).fetchOne().value1();
            assertThat(newest.toLocalDate()).isBefore(today).isAfterOrEqualTo(today.minusDays(7));
            assertThat(oldest.toLocalDate()).isEqualTo(today.with(DayOfWeek.MONDAY).minusWeeks(7));
            assertThat(summary.describe()).contains(summary.firstIncident().toString().substring(0, 4))
                    .contains(String.format("%02d.%02d.%d", newest.getDayOfMonth(), newest.getMonthValue(), newest.getYear()));

            LocalDate next = SampleData.nextMeeting(today);
            assertThat(next.getDayOfWeek()).isEqualTo(DayOfWeek.THURSDAY);
            assertThat(next).isAfterOrEqualTo(today).isBefore(today.plusWeeks(1));
            List<LocalDate> meetings = db.dsl().select(MEETING.MEETING_DATE).from(MEETING).orderBy(MEETING.MEETING_DATE)
                    .fetch(MEETING.MEETING_DATE);
            assertThat(meetings).containsExactly(next.minusWeeks(2), next.minusWeeks(1));

            IsoWeek reported = IsoWeek.reportedAt(next);
            int inReportedWeek = db.dsl().fetchCount(INCIDENT, INCIDENT.OCCURRED_AT.ge(reported.firstDay().atStartOfDay())
                    .and(INCIDENT.OCCURRED_AT.lt(reported.endExclusive().atStartOfDay())));
            assertThat(inReportedWeek).as("incidents in %s, the week the next meeting reports", reported).isGreaterThan(100);
        }
    }
}
