package de.stadtlage.meeting;

import static de.stadtlage.persistence.jooq.Tables.AGENDA_ITEM;
import static de.stadtlage.persistence.jooq.Tables.ATTENDANCE;
import static de.stadtlage.persistence.jooq.Tables.DECISION;
import static de.stadtlage.persistence.jooq.Tables.MEETING;

import de.stadtlage.access.Organisation;
import de.stadtlage.persistence.jooq.tables.records.AgendaItemRecord;
import de.stadtlage.persistence.jooq.tables.records.MeetingRecord;
import java.time.LocalDate;
import java.time.temporal.IsoFields;
import java.util.List;
import java.util.Optional;
import org.jooq.DSLContext;

/** Meetings with their attendance, agenda and decisions. */
public final class MeetingRepository {

    private final DSLContext dsl;

    public MeetingRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    /** All meetings, newest first. */
    public List<Meeting> list() {
        return dsl.selectFrom(MEETING).orderBy(MEETING.MEETING_DATE.desc()).fetch(MeetingRepository::toMeeting);
    }

    public Optional<Meeting> findByDate(LocalDate date) {
        return dsl.selectFrom(MEETING).where(MEETING.MEETING_DATE.eq(date)).fetchOptional(MeetingRepository::toMeeting);
    }

    /** The most recent meeting on or before {@code day}. */
    public Optional<Meeting> latestOnOrBefore(LocalDate day) {
        return dsl.selectFrom(MEETING).where(MEETING.MEETING_DATE.le(day)).orderBy(MEETING.MEETING_DATE.desc())
                .limit(1).fetchOptional(MeetingRepository::toMeeting);
    }

    public List<AgendaItem> agenda(int meetingId) {
        return dsl.selectFrom(AGENDA_ITEM).where(AGENDA_ITEM.MEETING_ID.eq(meetingId)).orderBy(AGENDA_ITEM.POSITION)
                .fetch(MeetingRepository::toAgendaItem);
    }

    /** The agenda item as stored now, read inside the caller's transaction. */
    public static Optional<AgendaItem> findAgendaItem(DSLContext tx, int agendaItemId) {
        return tx.selectFrom(AGENDA_ITEM).where(AGENDA_ITEM.ID.eq(agendaItemId))
                .fetchOptional(MeetingRepository::toAgendaItem);
    }

    /** The meeting as stored now, its row locked for the rest of the caller's transaction. */
    public static Optional<Meeting> lock(DSLContext tx, int meetingId) {
        return MeetingUpdates.lock(tx, meetingId).map(MeetingRepository::toMeeting);
    }

    public List<Attendance> attendance(int meetingId) {
        return dsl.selectFrom(ATTENDANCE).where(ATTENDANCE.MEETING_ID.eq(meetingId)).orderBy(ATTENDANCE.ID)
                .fetch(r -> new Attendance(r.getId(), r.getMeetingId(), r.getPersonId(), r.getGuestName(),
                        Organisation.valueOf(r.getOrganisation()), r.getPresent()));
    }

    public List<Decision> decisions(int meetingId) {
        return dsl.selectFrom(DECISION).where(DECISION.MEETING_ID.eq(meetingId)).orderBy(DECISION.ID)
                .fetch(r -> new Decision(r.getId(), r.getMeetingId(), r.getAgendaItemId(), r.getText()));
    }

    /** Inserts a meeting inside the caller's transaction; the ISO week is derived from the date. */
    public static Meeting insert(DSLContext tx, Meeting meeting) {
        MeetingRecord record = tx.newRecord(MEETING);
        record.setMeetingDate(meeting.date());
        record.setIsoYear(meeting.date().get(IsoFields.WEEK_BASED_YEAR));
        record.setIsoWeek(meeting.date().get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
        record.setStartTime(meeting.startTime());
        record.setEndTime(meeting.endTime());
        record.setPlace(meeting.place());
        record.setChair(meeting.chair());
        record.setMinuteTaker(meeting.minuteTaker());
        record.setStatus(meeting.status().name());
        record.setCreatedAt(java.time.Instant.now());
        record.setVersion(0);
        record.store();
        return toMeeting(record);
    }

    public static AgendaItem insertAgendaItem(DSLContext tx, AgendaItem item) {
        int id = tx.insertInto(AGENDA_ITEM)
                .set(AGENDA_ITEM.MEETING_ID, item.meetingId())
                .set(AGENDA_ITEM.POSITION, item.position())
                .set(AGENDA_ITEM.KIND, item.kind().name())
                .set(AGENDA_ITEM.SUBGROUP_ID, item.subgroupId())
                .set(AGENDA_ITEM.TITLE, item.title())
                .set(AGENDA_ITEM.NOTES, item.notes())
                .set(AGENDA_ITEM.MAP_VIEW, item.mapViewJson())
                .returning(AGENDA_ITEM.ID).fetchOne().getId();
        return new AgendaItem(id, item.meetingId(), item.position(), item.kind(), item.subgroupId(), item.title(),
                item.notes(), item.mapViewJson());
    }

    public static void insertAttendance(DSLContext tx, Attendance attendance) {
        tx.insertInto(ATTENDANCE)
                .set(ATTENDANCE.MEETING_ID, attendance.meetingId())
                .set(ATTENDANCE.PERSON_ID, attendance.personId())
                .set(ATTENDANCE.GUEST_NAME, attendance.guestName())
                .set(ATTENDANCE.ORGANISATION, attendance.organisation().name())
                .set(ATTENDANCE.PRESENT, attendance.present())
                .execute();
    }

    public static Decision insertDecision(DSLContext tx, Decision decision) {
        int id = tx.insertInto(DECISION)
                .set(DECISION.MEETING_ID, decision.meetingId())
                .set(DECISION.AGENDA_ITEM_ID, decision.agendaItemId())
                .set(DECISION.TEXT, decision.text())
                .returning(DECISION.ID).fetchOne().getId();
        return new Decision(id, decision.meetingId(), decision.agendaItemId(), decision.text());
    }

    /** Stores (or clears, with {@code null}) the map view shown on an agenda item's slide. */
    public static int setMapView(DSLContext tx, int agendaItemId, String json) {
        return tx.update(AGENDA_ITEM).set(AGENDA_ITEM.MAP_VIEW, json).where(AGENDA_ITEM.ID.eq(agendaItemId)).execute();
    }

    private static AgendaItem toAgendaItem(AgendaItemRecord r) {
        return new AgendaItem(r.getId(), r.getMeetingId(), r.getPosition(), AgendaKind.valueOf(r.getKind()),
                r.getSubgroupId(), r.getTitle(), r.getNotes(), r.getMapView(), r.getVersion());
    }

    static Meeting toMeeting(MeetingRecord r) {
        return new Meeting(r.getId(), r.getMeetingDate(), r.getStartTime(), r.getEndTime(), r.getPlace(), r.getChair(),
                r.getMinuteTaker(), MeetingStatus.valueOf(r.getStatus()), r.getVersion());
    }
}
