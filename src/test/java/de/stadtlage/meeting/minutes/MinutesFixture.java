package de.stadtlage.meeting.minutes;

import static de.stadtlage.persistence.jooq.Tables.ACTION_ITEM;
import static de.stadtlage.persistence.jooq.Tables.AGENDA_ITEM;
import static de.stadtlage.persistence.jooq.Tables.ATTENDANCE;
import static de.stadtlage.persistence.jooq.Tables.DECISION;
import static de.stadtlage.persistence.jooq.Tables.INCIDENT;
import static de.stadtlage.persistence.jooq.Tables.KEY_FIGURE;
import static de.stadtlage.persistence.jooq.Tables.MEETING;
import static de.stadtlage.persistence.jooq.Tables.PERSON;
import static de.stadtlage.persistence.jooq.Tables.SUBGROUP;
import static de.stadtlage.persistence.jooq.Tables.TASK;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalTime;
import org.jooq.DSLContext;

/** Writes a small meeting history straight into the tables (independent of the services under test). */
final class MinutesFixture {

    static final LocalDate FIRST = LocalDate.of(2026, 11, 12);
    static final LocalDate SECOND = FIRST.plusWeeks(1);

    private final DSLContext dsl;

    MinutesFixture(DSLContext dsl) {
        this.dsl = dsl;
    }

    int meeting(LocalDate date) {
        return dsl.insertInto(MEETING).set(MEETING.MEETING_DATE, date)
                .set(MEETING.ISO_YEAR, de.stadtlage.meeting.IsoWeek.of(date).year())
                .set(MEETING.ISO_WEEK, de.stadtlage.meeting.IsoWeek.of(date).week())
                .set(MEETING.START_TIME, LocalTime.of(14, 0)).set(MEETING.END_TIME, LocalTime.of(15, 30))
                .set(MEETING.PLACE, "Rathaus, Saal Westfalen").set(MEETING.CHAIR, "Thomas Westphal")
                .set(MEETING.MINUTE_TAKER, "Jörg Weiß").returning(MEETING.ID).fetchOne().getId();
    }

    int person(String name, String organisation, String unit) {
        return dsl.insertInto(PERSON).set(PERSON.DISPLAY_NAME, name).set(PERSON.ORGANISATION, organisation)
                .set(PERSON.ORGANISATION_UNIT, unit).returning(PERSON.ID).fetchOne().getId();
    }

    void attend(int meetingId, int personId) {
        dsl.insertInto(ATTENDANCE).set(ATTENDANCE.MEETING_ID, meetingId).set(ATTENDANCE.PERSON_ID, personId).execute();
    }

    void guest(int meetingId, String name) {
        dsl.insertInto(ATTENDANCE).set(ATTENDANCE.MEETING_ID, meetingId).set(ATTENDANCE.GUEST_NAME, name).execute();
    }

    int agendaItem(int meetingId, int position, String kind, String title) {
        return dsl.insertInto(AGENDA_ITEM).set(AGENDA_ITEM.MEETING_ID, meetingId).set(AGENDA_ITEM.POSITION, position)
                .set(AGENDA_ITEM.KIND, kind).set(AGENDA_ITEM.TITLE, title).returning(AGENDA_ITEM.ID).fetchOne()
                .getId();
    }

    int decision(int meetingId, int agendaItemId, String text) {
        return dsl.insertInto(DECISION).set(DECISION.MEETING_ID, meetingId).set(DECISION.AGENDA_ITEM_ID, agendaItemId)
                .set(DECISION.TEXT, text).returning(DECISION.ID).fetchOne().getId();
    }

    int actionItem(int meetingId, String title, String owner, LocalDate due) {
        return dsl.insertInto(ACTION_ITEM).set(ACTION_ITEM.ORIGIN_MEETING_ID, meetingId).set(ACTION_ITEM.TITLE, title)
                .set(ACTION_ITEM.OWNER, owner).set(ACTION_ITEM.DUE_DATE, due).returning(ACTION_ITEM.ID).fetchOne()
                .getId();
    }

    void task(String subgroupCode, String title, String status, LocalDate due) {
        int subgroup = dsl.select(SUBGROUP.ID).from(SUBGROUP).where(SUBGROUP.CODE.eq(subgroupCode)).fetchOne().value1();
        dsl.insertInto(TASK).set(TASK.SUBGROUP_ID, subgroup).set(TASK.TITLE, title).set(TASK.STATUS, status)
                .set(TASK.DUE_DATE, due).set(TASK.OWNER_TEXT, "Ordnungsamt").execute();
    }

    void figure(String metric, LocalDate start, LocalDate end, int value) {
        dsl.insertInto(KEY_FIGURE).set(KEY_FIGURE.METRIC, metric).set(KEY_FIGURE.SOURCE, "Polizei")
                .set(KEY_FIGURE.PERIOD_START, start).set(KEY_FIGURE.PERIOD_END, end)
                .set(KEY_FIGURE.FIGURE_VALUE, BigDecimal.valueOf(value)).execute();
    }

    void incidents(LocalDate day, String place, String category, int count) {
        dsl.insertInto(INCIDENT).set(INCIDENT.OCCURRED_AT, day.atTime(21, 30)).set(INCIDENT.CATEGORY, category)
                .set(INCIDENT.SOURCE, "POLIZEI").set(INCIDENT.LATITUDE, 51.52).set(INCIDENT.LONGITUDE, 7.46)
                .set(INCIDENT.PLACE, place).set(INCIDENT.INCIDENT_COUNT, count).execute();
    }

    /** Two meetings: the first decided two items, the second is the one to print. Returns the second's id. */
    int twoMeetings(String hostileTitle) {
        int first = meeting(FIRST);
        int second = meeting(SECOND);
        int anna = person("Dr. Anna Müller", "STADT", "Ordnungsamt");
        int sabine = person("Sabine Groß", "POLIZEI", "Polizeipräsidium Dortmund");
        attend(second, anna);
        attend(second, sabine);
        guest(second, "Claudia Strauß");
        int lage = agendaItem(second, 1, "LAGE", "Lage");
        agendaItem(second, 2, "VERSCHIEDENES", "Verschiedenes");
        int decision = decision(second, lage, "Präsenz am Keuningpark verstärken");
        dsl.update(ACTION_ITEM).set(ACTION_ITEM.DECISION_ID, decision).where(ACTION_ITEM.ID.eq(
                actionItem(second, "Dienstplan für Keuningpark anpassen", "Polizei", SECOND.plusWeeks(1)))).execute();
        actionItem(first, hostileTitle, "Ordnungsamt", SECOND);
        task("BB", "Streife Reinoldikirche", "BLOCKIERT", SECOND.plusWeeks(2));
        task("SV", "Beleuchtung Burgtor", "OFFEN", FIRST);
        figure("Platzverweise", FIRST.minusWeeks(1), FIRST.minusDays(1), 131);
        figure("Platzverweise", FIRST, SECOND.minusDays(1), 118);
        // the Lage of a meeting reports the complete ISO week before the meeting's week (KW 46 for 19.11.2026)
        incidents(SECOND.minusDays(5), "Keuningpark", "DROGENKONSUM", 12);
        incidents(SECOND.minusDays(4), "Münsterstraße", "DROGENHANDEL", 5);
        incidents(SECOND.minusDays(3), "Brückstraße", "AGGRESSIVES_BETTELN", 3);
        return second;
    }
}
