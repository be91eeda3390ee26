package de.stadtlage.meeting;

import static de.stadtlage.persistence.jooq.Tables.AGENDA_ITEM;
import static de.stadtlage.persistence.jooq.Tables.ATTENDANCE;
import static de.stadtlage.persistence.jooq.Tables.MEETING;
import static de.stadtlage.persistence.jooq.Tables.MEETING_ADDENDUM;

import de.stadtlage.common.Messages;
import de.stadtlage.common.UserMessage;
import de.stadtlage.persistence.jooq.tables.records.MeetingRecord;
import java.time.Instant;
import java.util.Optional;
import org.jooq.DSLContext;

/**
 * The meeting writes the repository does not have yet: status changes, notes, attendance switches, addenda.
 * jOOQ only, always inside the caller's transaction.
 */
final class MeetingUpdates {

    private MeetingUpdates() {
    }

    /** The meeting row, locked for the rest of the transaction so two closings cannot interleave. */
    static Optional<MeetingRecord> lock(DSLContext tx, int meetingId) {
        return tx.selectFrom(MEETING).where(MEETING.ID.eq(meetingId)).forUpdate().fetchOptional();
    }

    static int meetingOfAgendaItem(DSLContext tx, int agendaItemId) {
        Integer id = tx.select(AGENDA_ITEM.MEETING_ID).from(AGENDA_ITEM).where(AGENDA_ITEM.ID.eq(agendaItemId))
                .fetchOne(AGENDA_ITEM.MEETING_ID);
        if (id == null) {
            throw new UserMessage(Messages.get("meeting.agendaItem.gone"));
        }
        return id;
    }

    static void setStatus(DSLContext tx, int meetingId, MeetingStatus status, Instant closedAt, String snapshot) {
        tx.update(MEETING).set(MEETING.STATUS, status.name()).set(MEETING.CLOSED_AT, closedAt)
                .set(MEETING.SNAPSHOT, snapshot).set(MEETING.VERSION, MEETING.VERSION.plus(1))
                .where(MEETING.ID.eq(meetingId)).execute();
    }

    /** The audit chain's anchor at closing, kept with the frozen record. */
    static void setAuditAnchor(DSLContext tx, int meetingId, String anchor) {
        tx.update(MEETING).set(MEETING.AUDIT_ANCHOR, anchor).where(MEETING.ID.eq(meetingId)).execute();
    }

    /** Times, place and people of a meeting. */
    static void setHeader(DSLContext tx, int meetingId, MeetingHeader header) {
        tx.update(MEETING).set(MEETING.START_TIME, header.start()).set(MEETING.END_TIME, header.end())
                .set(MEETING.PLACE, header.place()).set(MEETING.CHAIR, header.chair())
                .set(MEETING.MINUTE_TAKER, header.minuteTaker()).set(MEETING.VERSION, MEETING.VERSION.plus(1))
                .where(MEETING.ID.eq(meetingId)).execute();
    }

    /** Records the end of the meeting when nobody entered it. */
    static void setEndTimeIfMissing(DSLContext tx, int meetingId, java.time.LocalTime end) {
        tx.update(MEETING).set(MEETING.END_TIME, end)
                .where(MEETING.ID.eq(meetingId).and(MEETING.END_TIME.isNull())).execute();
    }

    /** Sets the notes if the item still has {@code version}; returns false (and changes nothing) otherwise. */
    static boolean setNotes(DSLContext tx, int agendaItemId, int version, String notes) {
        return tx.update(AGENDA_ITEM).set(AGENDA_ITEM.NOTES, notes).set(AGENDA_ITEM.VERSION, version + 1)
                .where(AGENDA_ITEM.ID.eq(agendaItemId).and(AGENDA_ITEM.VERSION.eq(version))).execute() == 1;
    }

    static int nextAgendaPosition(DSLContext tx, int meetingId) {
        Integer max = tx.select(org.jooq.impl.DSL.max(AGENDA_ITEM.POSITION)).from(AGENDA_ITEM)
                .where(AGENDA_ITEM.MEETING_ID.eq(meetingId)).fetchOne().value1();
        return max == null ? 1 : max + 1;
    }

    /** Whether the person is marked present; not on the list yet counts as absent. */
    static boolean isPresent(DSLContext tx, int meetingId, int personId) {
        return tx.fetchExists(ATTENDANCE, ATTENDANCE.MEETING_ID.eq(meetingId).and(ATTENDANCE.PERSON_ID.eq(personId))
                .and(ATTENDANCE.PRESENT.isTrue()));
    }

    /** Marks a person present or absent; returns false when the person is not on the list yet. */
    static boolean setPresent(DSLContext tx, int meetingId, int personId, boolean present) {
        return tx.update(ATTENDANCE).set(ATTENDANCE.PRESENT, present)
                .where(ATTENDANCE.MEETING_ID.eq(meetingId).and(ATTENDANCE.PERSON_ID.eq(personId))).execute() > 0;
    }

    static int insertAddendum(DSLContext tx, int meetingId, String text, String author, Instant at) {
        return tx.insertInto(MEETING_ADDENDUM).set(MEETING_ADDENDUM.MEETING_ID, meetingId)
                .set(MEETING_ADDENDUM.TEXT, text).set(MEETING_ADDENDUM.AUTHOR, author)
                .set(MEETING_ADDENDUM.CREATED_AT, at).returning(MEETING_ADDENDUM.ID).fetchOne().getId();
    }
}
