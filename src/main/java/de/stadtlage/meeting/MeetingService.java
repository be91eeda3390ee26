package de.stadtlage.meeting;

import de.stadtlage.access.AuditAnchor;
import de.stadtlage.access.AuditAnchors;
import de.stadtlage.access.AuditLog;
import de.stadtlage.access.CurrentUser;
import de.stadtlage.access.Organisation;
import de.stadtlage.access.PermissionDeniedException;
import de.stadtlage.common.ConflictException;
import de.stadtlage.common.Formats;
import de.stadtlage.common.Messages;
import de.stadtlage.common.Titles;
import de.stadtlage.common.UserMessage;
import de.stadtlage.meeting.MeetingDetails.AttendeeRow;
import de.stadtlage.meeting.minutes.MinutesRepository;
import de.stadtlage.meeting.minutes.SnapshotBuilder;
import de.stadtlage.meeting.minutes.StatusQueries;
import de.stadtlage.meeting.minutes.StatusQueries.SubgroupRow;
import de.stadtlage.persistence.Database;
import de.stadtlage.persistence.SiteKey;
import de.stadtlage.persistence.jooq.tables.records.MeetingRecord;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Optional;
import org.jooq.DSLContext;

/**
 * The rules of the weekly meeting: planning with the standard agenda, attendance, notes and decisions, closing.
 * A closed meeting is frozen; corrections go into dated addenda. Only Vorsitz, Protokoll and Admin may write;
 * every write is one transaction with an audit entry.
 */
public final class MeetingService {

    static final String ENTITY = "meeting";

    private final Database database;
    private final CurrentUser user;
    private final Clock clock;

    public MeetingService(Database database, CurrentUser user, Clock clock) {
        this.database = database;
        this.user = user;
        this.clock = clock;
    }

    /** One week after the last meeting; without meetings, today. */
    public LocalDate proposeNextDate() {
        return new MeetingRepository(database.dsl()).list().stream().findFirst()
                .map(last -> last.date().plusWeeks(1)).orElse(LocalDate.now(clock));
    }

    /** Plans a meeting with the standard agenda: Lage, one item per subgroup, Maßnahmen, Verschiedenes. */
    public Meeting plan(LocalDate date, LocalTime start, String place, String chair, String minuteTaker) {
        requireWriter();
        return database.transactionResult(cfg -> {
            DSLContext tx = cfg.dsl();
            if (new MeetingRepository(tx).findByDate(date).isPresent()) {
                throw new UserMessage("Am " + Formats.date(date) + " gibt es bereits eine Sitzung. Bitte ein anderes"
                        + " Datum wählen.");
            }
            requireAfterLastClosed(new MeetingRepository(tx), date);
            Meeting meeting = MeetingRepository.insert(tx, new Meeting(null, date, start, null, blankToNull(place),
                    blankToNull(chair), blankToNull(minuteTaker), MeetingStatus.GEPLANT, 0));
            int position = 1;
            MeetingRepository.insertAgendaItem(tx, item(meeting, position++, AgendaKind.LAGE, null, "Lage"));
            for (SubgroupRow subgroup : new StatusQueries(tx).subgroups()) {
                MeetingRepository.insertAgendaItem(tx, item(meeting, position++, AgendaKind.UNTERGRUPPE,
                        subgroup.id(), subgroup.code() + " – " + subgroup.name()));
            }
            MeetingRepository.insertAgendaItem(tx, item(meeting, position++, AgendaKind.MASSNAHMEN, null, "Maßnahmen"));
            MeetingRepository.insertAgendaItem(tx, item(meeting, position, AgendaKind.VERSCHIEDENES, null,
                    "Verschiedenes"));
            AuditLog.append(tx, user.name(), ENTITY, meeting.id(), "plan", null, meeting);
            return meeting;
        });
    }

    /** The record of a closed meeting is final: no new meeting may slip in before or on its date. */
    private static void requireAfterLastClosed(MeetingRepository repository, LocalDate date) {
        Optional<LocalDate> lastClosed = lastClosedDate(repository);
        if (lastClosed.isPresent() && !date.isAfter(lastClosed.get())) {
            throw new UserMessage("Die Sitzung vom " + Formats.date(lastClosed.get()) + " ist bereits abgeschlossen."
                    + " Bitte ein Datum nach dem " + Formats.date(lastClosed.get()) + " wählen.");
        }
    }

    /** The date of the newest closed meeting, if any. */
    public Optional<LocalDate> lastClosedDate() {
        return lastClosedDate(new MeetingRepository(database.dsl()));
    }

    private static Optional<LocalDate> lastClosedDate(MeetingRepository repository) {
        return repository.list().stream().filter(m -> m.status() == MeetingStatus.ABGESCHLOSSEN).map(Meeting::date)
                .max(LocalDate::compareTo);
    }

    private static AgendaItem item(Meeting meeting, int position, AgendaKind kind, Integer subgroup, String title) {
        return new AgendaItem(null, meeting.id(), position, kind, subgroup, title, null, null);
    }

    /**
     * Changes times, place, chair or minute-taker of a meeting that is not closed; {@code seen} is the meeting as
     * the person loaded it, and a meeting changed since is not overwritten ({@link ConflictException}).
     */
    public MeetingHeader updateHeader(Meeting seen, MeetingHeader header) {
        if (header.start() != null && header.end() != null && header.end().isBefore(header.start())) {
            throw new UserMessage("Das Ende der Sitzung liegt vor ihrem Beginn. Bitte die Uhrzeiten prüfen.");
        }
        return write(seen.id(), "header", (tx, stored) -> {
            MeetingConflicts.requireMeetingVersion(tx, stored, seen, clock.getZone());
            MeetingUpdates.setHeader(tx, seen.id(), header);
            return header;
        });
    }

    /** Adds an agenda item of this meeting only, after the existing ones. */
    public AgendaItem addAgendaItem(int meetingId, String title) {
        String text = Titles.requireShort(required(title, "Bitte einen Titel für den Tagesordnungspunkt eingeben."));
        return write(meetingId, "agenda.add", (tx, stored) -> {
            int position = MeetingUpdates.nextAgendaPosition(tx, meetingId);
            return MeetingRepository.insertAgendaItem(tx, new AgendaItem(null, meetingId, position,
                    AgendaKind.SONSTIGES, null, text, null, null));
        });
    }

    /** Saves the notes of an agenda item as the person loaded it ({@code seen}), unless they changed since. */
    public void setNotes(AgendaItem seen, String notes) {
        int meetingId = MeetingUpdates.meetingOfAgendaItem(database.dsl(), seen.id());
        write(meetingId, "agenda.notes", (tx, stored) -> {
            if (!MeetingUpdates.setNotes(tx, seen.id(), seen.version(), blankToNull(notes))) {
                MeetingUpdates.meetingOfAgendaItem(tx, seen.id()); // says so when the item is gone
                throw MeetingConflicts.notes(tx, meetingId, seen, clock.getZone());
            }
            return new NotesChange(seen.id(), notes);
        });
    }

    record NotesChange(int agendaItemId, String notes) {
    }

    /** Records a decision of the meeting, under one of its own agenda items or none. */
    public Decision addDecision(int meetingId, Integer agendaItemId, String text) {
        String decision = required(text, "Bitte den Wortlaut des Beschlusses eingeben.");
        return write(meetingId, "decision.add", (tx, stored) -> {
            if (agendaItemId != null && MeetingUpdates.meetingOfAgendaItem(tx, agendaItemId) != meetingId) {
                throw new UserMessage(Messages.get("meeting.decision.otherMeeting"));
            }
            return MeetingRepository.insertDecision(tx, new Decision(null, meetingId, agendaItemId, decision));
        });
    }

    /**
     * Marks a person of the staff present (adding them to the list) or absent; {@code seen} is their row as the
     * person loaded it, and a row someone else changed since is not overwritten ({@link ConflictException}).
     */
    public Attendance setPresent(int meetingId, AttendeeRow seen, boolean present) {
        if (seen.guest()) {
            throw new IllegalArgumentException("guests are always present");
        }
        int personId = seen.personId();
        return write(meetingId, present ? "attendance.present" : "attendance.absent", (tx, stored) -> {
            MeetingConflicts.requireAttendance(tx, meetingId, seen, clock.getZone());
            Attendance attendance = new Attendance(null, meetingId, personId, null, seen.organisation(), present);
            if (!MeetingUpdates.setPresent(tx, meetingId, personId, present)) {
                MeetingRepository.insertAttendance(tx, attendance);
            }
            return attendance;
        });
    }

    public Attendance addGuest(int meetingId, String name, Organisation organisation) {
        String guest = required(name, "Bitte den Namen des Gastes eingeben.");
        return write(meetingId, "attendance.guest", (tx, stored) -> {
            Attendance attendance = new Attendance(null, meetingId, null, guest, organisation, true);
            MeetingRepository.insertAttendance(tx, attendance);
            return attendance;
        });
    }

    /** Starts the meeting (status "laufend"). */
    public void start(int meetingId) {
        write(meetingId, "start", (tx, stored) -> {
            MeetingUpdates.setStatus(tx, meetingId, MeetingStatus.LAUFEND, null, null);
            return MeetingStatus.LAUFEND;
        });
    }

    /**
     * Closes and freezes the meeting; the situation around it is kept as a snapshot, and the audit chain's anchor
     * at this moment (its HMAC made with the key file outside the database) is kept with it, in the meeting and in
     * the closing's audit entry, so that {@code audit verify} notices a chain recomputed after a change.
     */
    public void close(int meetingId) {
        SiteKey key = SiteKey.of(database.location());
        write(meetingId, "close", (tx, stored) -> {
            if (MeetingStatus.GEPLANT.name().equals(stored.getStatus())) {
                // closing a meeting that never began would freeze its minutes before anyone took them
                throw new UserMessage("Die Sitzung vom " + Formats.date(stored.getMeetingDate()) + " hat noch nicht"
                        + " begonnen und kann daher nicht abgeschlossen werden. Bitte zuerst „Sitzung beginnen“ wählen.");
            }
            String snapshot = new SnapshotBuilder(new StatusQueries(tx))
                    .build(meetingId, stored.getMeetingDate(), new MinutesRepository(tx).meetingDates()).toJson();
            MeetingUpdates.setStatus(tx, meetingId, MeetingStatus.ABGESCHLOSSEN, Instant.now(clock), snapshot);
            MeetingUpdates.setEndTimeIfMissing(tx, meetingId, LocalTime.now(clock).withSecond(0).withNano(0));
            AuditAnchor anchor = AuditAnchors.current(tx, key);
            MeetingUpdates.setAuditAnchor(tx, meetingId, anchor.storedText());
            return new Closed(MeetingStatus.ABGESCHLOSSEN, anchor.storedText());
        });
    }

    record Closed(MeetingStatus status, String auditAnchor) {
    }

    /** Adds a dated correction; allowed on closed meetings, which is what addenda are for. */
    public void addAddendum(int meetingId, String text) {
        requireWriter();
        String addendum = required(text, "Bitte den Text des Nachtrags eingeben.");
        database.transaction(cfg -> {
            DSLContext tx = cfg.dsl();
            MeetingUpdates.lock(tx, meetingId).orElseThrow(() -> missing(meetingId));
            int id = MeetingUpdates.insertAddendum(tx, meetingId, addendum, user.name(), Instant.now(clock));
            AuditLog.append(tx, user.name(), ENTITY, meetingId, "addendum.add", null, new AddendumEntry(id, addendum));
        });
    }

    record AddendumEntry(int id, String text) {
    }

    public Optional<Meeting> find(int meetingId) {
        return new MeetingRepository(database.dsl()).list().stream().filter(m -> m.id() == meetingId).findFirst();
    }

    /** Runs a write on an editable meeting: permission, lock, frozen check, the change, an audit entry. */
    private <T> T write(int meetingId, String action, Change<T> change) {
        requireWriter();
        return database.transactionResult(cfg -> {
            DSLContext tx = cfg.dsl();
            MeetingRecord meeting = MeetingUpdates.lock(tx, meetingId).orElseThrow(() -> missing(meetingId));
            if (MeetingStatus.ABGESCHLOSSEN.name().equals(meeting.getStatus())) {
                throw new UserMessage("Die Sitzung vom " + Formats.date(meeting.getMeetingDate()) + " ist abgeschlossen"
                        + " und kann nicht mehr geändert werden. Korrekturen bitte als Nachtrag erfassen.");
            }
            T result = change.apply(tx, meeting);
            AuditLog.append(tx, user.name(), ENTITY, meetingId, action, null, result);
            return result;
        });
    }

    @FunctionalInterface
    private interface Change<T> {
        /** The change, given the meeting's stored row (locked). */
        T apply(DSLContext tx, MeetingRecord stored);
    }

    private void requireWriter() {
        if (!user.canWriteMeetings()) {
            throw new PermissionDeniedException("Sitzungen dürfen nur Vorsitz, Protokollführung und Administration"
                    + " bearbeiten. Bitte wenden Sie sich an die Protokollführung.");
        }
    }

    private static UserMessage missing(int meetingId) {
        return new UserMessage("Die Sitzung " + meetingId + " gibt es nicht (mehr). Bitte die Liste neu laden.");
    }

    private static String required(String text, String message) {
        if (text == null || text.isBlank()) {
            throw new UserMessage(message);
        }
        return text.strip();
    }

    static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
