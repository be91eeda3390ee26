package de.stadtlage.meeting.minutes;

import static de.stadtlage.persistence.jooq.Tables.ACTION_ITEM;
import static de.stadtlage.persistence.jooq.Tables.INCIDENT;
import static de.stadtlage.persistence.jooq.Tables.KEY_FIGURE;
import static de.stadtlage.persistence.jooq.Tables.MEETING;
import static de.stadtlage.persistence.jooq.Tables.PERSON;
import static de.stadtlage.persistence.jooq.Tables.SUBGROUP;
import static de.stadtlage.persistence.jooq.Tables.TASK;

import de.stadtlage.situation.Area;
import de.stadtlage.situation.AreaKind;
import de.stadtlage.situation.AreaRepository;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;

/** Read-only queries for the state around a meeting: boards, action items, key figures, incidents. */
public final class StatusQueries {

    private final DSLContext dsl;

    public StatusQueries(DSLContext dsl) {
        this.dsl = dsl;
    }

    public record SubgroupRow(int id, String code, String name) {
    }

    /** A task; {@code doneOn} is the local date it was finished, or null. */
    public record TaskRow(int subgroupId, String title, String owner, LocalDate due, String status,
                          String blockedReason, LocalDate doneOn) {
    }

    /** An action item with its origin meeting's date; {@code closedOn} is null while it is open. */
    public record ActionRow(int id, int originMeetingId, LocalDate originDate, String subgroupCode, String title,
                            String owner, LocalDate due, String status, String reason, LocalDate closedOn) {
    }

    public record FigureRow(String metric, String source, LocalDate periodStart, LocalDate periodEnd,
                            BigDecimal value) {
    }

    /** Incidents of one category at one place, with their mean position. */
    public record IncidentRow(String place, String category, int count, double latitude, double longitude) {
    }

    /** The district outlines (empty without a map package). */
    public List<Area> districts() {
        return new AreaRepository(dsl).list(AreaKind.DISTRICT);
    }

    public List<SubgroupRow> subgroups() {
        return dsl.selectFrom(SUBGROUP).orderBy(SUBGROUP.SORT_ORDER)
                .fetch(s -> new SubgroupRow(s.getId(), s.getCode(), s.getName()));
    }

    public List<TaskRow> tasks() {
        return dsl.select(TASK.SUBGROUP_ID, TASK.TITLE, PERSON.DISPLAY_NAME, TASK.OWNER_TEXT, TASK.DUE_DATE,
                        TASK.STATUS, TASK.BLOCKED_REASON, TASK.DONE_AT)
                .from(TASK).leftJoin(PERSON).on(PERSON.ID.eq(TASK.OWNER_PERSON_ID))
                .where(TASK.ARCHIVED.isFalse())
                .orderBy(TASK.SUBGROUP_ID, TASK.DUE_DATE.asc().nullsLast(), TASK.TITLE)
                .fetch(r -> new TaskRow(r.get(TASK.SUBGROUP_ID), r.get(TASK.TITLE),
                        r.get(PERSON.DISPLAY_NAME) != null ? r.get(PERSON.DISPLAY_NAME) : r.get(TASK.OWNER_TEXT),
                        r.get(TASK.DUE_DATE), r.get(TASK.STATUS), r.get(TASK.BLOCKED_REASON),
                        localDate(r.get(TASK.DONE_AT))));
    }

    public List<ActionRow> actionItems() {
        return dsl.select(ACTION_ITEM.ID, ACTION_ITEM.ORIGIN_MEETING_ID, MEETING.MEETING_DATE, SUBGROUP.CODE,
                        ACTION_ITEM.TITLE, ACTION_ITEM.OWNER, ACTION_ITEM.DUE_DATE, ACTION_ITEM.STATUS,
                        ACTION_ITEM.STATUS_REASON, ACTION_ITEM.CLOSED_AT)
                .from(ACTION_ITEM)
                .join(MEETING).on(MEETING.ID.eq(ACTION_ITEM.ORIGIN_MEETING_ID))
                .leftJoin(SUBGROUP).on(SUBGROUP.ID.eq(ACTION_ITEM.SUBGROUP_ID))
                .orderBy(ACTION_ITEM.DUE_DATE.asc().nullsLast(), ACTION_ITEM.ID)
                .fetch(r -> new ActionRow(r.get(ACTION_ITEM.ID), r.get(ACTION_ITEM.ORIGIN_MEETING_ID),
                        r.get(MEETING.MEETING_DATE), r.get(SUBGROUP.CODE), r.get(ACTION_ITEM.TITLE),
                        r.get(ACTION_ITEM.OWNER), r.get(ACTION_ITEM.DUE_DATE), r.get(ACTION_ITEM.STATUS),
                        r.get(ACTION_ITEM.STATUS_REASON), localDate(r.get(ACTION_ITEM.CLOSED_AT))));
    }

    /** Key-figure values whose period ended before the date, newest first. */
    public List<FigureRow> figuresBefore(LocalDate date) {
        return dsl.selectFrom(KEY_FIGURE).where(KEY_FIGURE.PERIOD_END.lt(date))
                .orderBy(KEY_FIGURE.PERIOD_END.desc(), KEY_FIGURE.METRIC)
                .fetch(k -> new FigureRow(k.getMetric(), k.getSource(), k.getPeriodStart(), k.getPeriodEnd(),
                        k.getFigureValue()));
    }

    /** Incidents between the dates (from inclusive, to exclusive), summed per place and category. */
    public List<IncidentRow> incidentsByPlace(LocalDate from, LocalDate to) {
        var count = DSL.sum(INCIDENT.INCIDENT_COUNT).cast(Integer.class);
        return dsl.select(INCIDENT.PLACE, INCIDENT.CATEGORY, count, DSL.avg(INCIDENT.LATITUDE),
                        DSL.avg(INCIDENT.LONGITUDE))
                .from(INCIDENT)
                .where(INCIDENT.OCCURRED_AT.ge(from.atStartOfDay()).and(INCIDENT.OCCURRED_AT.lt(to.atStartOfDay())))
                .and(INCIDENT.PLACE.isNotNull())
                .groupBy(INCIDENT.PLACE, INCIDENT.CATEGORY)
                .fetch(r -> new IncidentRow(r.value1(), r.value2(), r.value3(), r.value4().doubleValue(),
                        r.value5().doubleValue()));
    }

    private static LocalDate localDate(Instant instant) {
        return instant == null ? null : instant.atZone(MinutesRepository.ZONE).toLocalDate();
    }
}
