package de.stadtlage.actions;

import static de.stadtlage.persistence.jooq.Tables.ACTION_ITEM;
import static de.stadtlage.persistence.jooq.Tables.MEETING;
import static de.stadtlage.persistence.jooq.Tables.SUBGROUP;

import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jooq.DSLContext;

/** Action-item writes and lookups the repository does not have yet; jOOQ only, inside the caller's transaction. */
final class ActionItemUpdates {

    private ActionItemUpdates() {
    }

    static Optional<ActionItem> find(DSLContext dsl, int id) {
        return dsl.selectFrom(ACTION_ITEM).where(ACTION_ITEM.ID.eq(id)).fetchOptional()
                .map(ActionItemRepository::toItem);
    }

    /**
     * Updates status, reason and due date if the row still has the expected version.
     *
     * @return false when someone else changed the item in the meantime
     */
    static boolean update(DSLContext tx, ActionItem item, Instant now) {
        return tx.update(ACTION_ITEM)
                .set(ACTION_ITEM.STATUS, item.status().name())
                .set(ACTION_ITEM.STATUS_REASON, item.statusReason())
                .set(ACTION_ITEM.DUE_DATE, item.dueDate())
                .set(ACTION_ITEM.CLOSED_AT, item.closedAt())
                .set(ACTION_ITEM.UPDATED_AT, now)
                .set(ACTION_ITEM.VERSION, item.version() + 1)
                .where(ACTION_ITEM.ID.eq(item.id()).and(ACTION_ITEM.VERSION.eq(item.version())))
                .execute() == 1;
    }

    /** Meeting dates ascending. */
    static List<LocalDate> meetingDates(DSLContext dsl) {
        return dsl.select(MEETING.MEETING_DATE).from(MEETING).orderBy(MEETING.MEETING_DATE).fetch(MEETING.MEETING_DATE);
    }

    static Map<Integer, LocalDate> meetingDatesById(DSLContext dsl) {
        Map<Integer, LocalDate> dates = new HashMap<>();
        dsl.select(MEETING.ID, MEETING.MEETING_DATE).from(MEETING).forEach(r -> dates.put(r.value1(), r.value2()));
        return dates;
    }

    static Map<Integer, String> subgroupCodes(DSLContext dsl) {
        Map<Integer, String> codes = new HashMap<>();
        dsl.select(SUBGROUP.ID, SUBGROUP.CODE).from(SUBGROUP).forEach(r -> codes.put(r.value1(), r.value2()));
        return codes;
    }

    static Optional<String> meetingStatus(DSLContext tx, int meetingId) {
        return tx.select(MEETING.STATUS).from(MEETING).where(MEETING.ID.eq(meetingId)).forUpdate()
                .fetchOptional(MEETING.STATUS);
    }
}
