package de.stadtlage.meeting;

import de.stadtlage.access.AuditEntry;
import de.stadtlage.access.AuditLog;
import de.stadtlage.common.ConflictException;
import de.stadtlage.common.Json;
import de.stadtlage.common.Messages;
import de.stadtlage.meeting.MeetingDetails.AttendeeRow;
import de.stadtlage.persistence.jooq.tables.records.MeetingRecord;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import org.jooq.DSLContext;

/**
 * Optimistic locking for meetings, as for tasks: the header is saved from the meeting's version, notes from their
 * agenda item's version, attendance from the state the person saw. A save from an outdated state is refused with
 * a message naming who changed it when (from the audit log).
 */
final class MeetingConflicts {

    /** The audit actions that raise the meeting's version. */
    private static final Set<String> VERSION_ACTIONS = Set.of("plan", "header", "start", "close");

    private MeetingConflicts() {
    }

    static void requireMeetingVersion(DSLContext tx, MeetingRecord stored, Meeting seen, ZoneId zone) {
        if (stored.getVersion() != seen.version()) {
            throw conflict("meeting.conflict.header", last(tx, seen.id(), e -> VERSION_ACTIONS.contains(e.action())),
                    zone);
        }
    }

    static ConflictException notes(DSLContext tx, int meetingId, AgendaItem seen, ZoneId zone) {
        return conflict("meeting.conflict.notes", last(tx, meetingId, e -> e.action().equals("agenda.notes")
                && refersTo(e, "agendaItemId", seen.id())), zone, seen.title());
    }

    static void requireAttendance(DSLContext tx, int meetingId, AttendeeRow seen, ZoneId zone) {
        if (MeetingUpdates.isPresent(tx, meetingId, seen.personId()) != seen.present()) {
            throw conflict("meeting.conflict.attendance", last(tx, meetingId, e -> e.action().startsWith("attendance.")
                    && refersTo(e, "personId", seen.personId())), zone, seen.name());
        }
    }

    private static ConflictException conflict(String key, AuditEntry last, ZoneId zone, Object... more) {
        Object[] arguments = new Object[2 + more.length];
        arguments[0] = ConflictException.who(last == null ? null : last.actor());
        arguments[1] = ConflictException.when(last == null ? null : last.occurredAt(), zone);
        System.arraycopy(more, 0, arguments, 2, more.length);
        return new ConflictException(Messages.get(key, arguments));
    }

    private static AuditEntry last(DSLContext tx, int meetingId, Predicate<AuditEntry> about) {
        List<AuditEntry> entries = AuditLog.entriesFor(tx, MeetingService.ENTITY, meetingId);
        for (int i = entries.size() - 1; i >= 0; i--) {
            if (about.test(entries.get(i))) {
                return entries.get(i);
            }
        }
        return null;
    }

    private static boolean refersTo(AuditEntry entry, String field, int id) {
        Map<?, ?> after = entry.afterJson() == null ? null : Json.read(entry.afterJson(), Map.class);
        return after != null && after.get(field) instanceof Number number && number.intValue() == id;
    }
}
