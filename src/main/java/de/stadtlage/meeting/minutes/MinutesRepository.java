package de.stadtlage.meeting.minutes;

import static de.stadtlage.persistence.jooq.Tables.AGENDA_ITEM;
import static de.stadtlage.persistence.jooq.Tables.APP_SETTING;
import static de.stadtlage.persistence.jooq.Tables.ATTENDANCE;
import static de.stadtlage.persistence.jooq.Tables.DECISION;
import static de.stadtlage.persistence.jooq.Tables.MEETING;
import static de.stadtlage.persistence.jooq.Tables.MEETING_ADDENDUM;
import static de.stadtlage.persistence.jooq.Tables.PERSON;

import de.stadtlage.persistence.DatabaseContent;
import de.stadtlage.meeting.minutes.MinutesDocument.Addendum;
import de.stadtlage.meeting.minutes.MinutesDocument.AgendaEntry;
import de.stadtlage.meeting.minutes.MinutesDocument.Attendee;
import de.stadtlage.meeting.minutes.MinutesDocument.Organisation;
import de.stadtlage.persistence.jooq.tables.records.MeetingRecord;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jooq.DSLContext;

/** Read-only queries that gather one meeting's record for its minutes. */
public final class MinutesRepository {

    static final ZoneId ZONE = ZoneId.of("Europe/Berlin");

    private final DSLContext dsl;

    public MinutesRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    /** Key of the app setting that holds the marking line printed in the footer. */
    public static final String MARKING_SETTING = "minutes.marking";

    /**
     * The configured marking line, or null for the default; on a database with the synthetic sample data always
     * {@link MinutesDocument#SAMPLE_MARKING}, so no sample record can pass for a real one.
     */
    public String marking() {
        if (DatabaseContent.hasSampleData(dsl)) {
            return MinutesDocument.SAMPLE_MARKING;
        }
        return dsl.select(APP_SETTING.SETTING_VALUE).from(APP_SETTING)
                .where(APP_SETTING.SETTING_KEY.eq(MARKING_SETTING)).fetchOptional(APP_SETTING.SETTING_VALUE)
                .orElse(null);
    }

    /** A meeting as the minutes need it; {@code snapshot} is the JSON frozen at closing, or null. */
    public record MeetingRow(int id, MinutesHeader header, String snapshot) {
    }

    public Optional<MeetingRow> meetingOn(LocalDate date) {
        return dsl.selectFrom(MEETING).where(MEETING.MEETING_DATE.eq(date)).fetchOptional().map(this::toRow);
    }

    /** The most recent meeting on or before the date. */
    public Optional<MeetingRow> latestOnOrBefore(LocalDate date) {
        return dsl.selectFrom(MEETING).where(MEETING.MEETING_DATE.le(date))
                .orderBy(MEETING.MEETING_DATE.desc()).limit(1).fetchOptional().map(this::toRow);
    }

    public Optional<MeetingRow> meeting(int id) {
        return dsl.selectFrom(MEETING).where(MEETING.ID.eq(id)).fetchOptional().map(this::toRow);
    }

    /** All meeting dates in ascending order (for carry-over counts). */
    public List<LocalDate> meetingDates() {
        return dsl.select(MEETING.MEETING_DATE).from(MEETING).orderBy(MEETING.MEETING_DATE).fetch(MEETING.MEETING_DATE);
    }

    private MeetingRow toRow(MeetingRecord r) {
        MinutesHeader header = new MinutesHeader(r.getMeetingDate(), r.getStartTime(), r.getEndTime(), r.getPlace(),
                r.getChair(), r.getMinuteTaker(), "ABGESCHLOSSEN".equals(r.getStatus()));
        return new MeetingRow(r.getId(), header, r.getSnapshot());
    }

    /** People present, Stadt first, then Polizei, then others; guests after staff, each by name. */
    public List<Attendee> attendees(int meetingId) {
        return dsl.select(ATTENDANCE.GUEST_NAME, ATTENDANCE.ORGANISATION, PERSON.DISPLAY_NAME, PERSON.ORGANISATION,
                        PERSON.ORGANISATION_UNIT)
                .from(ATTENDANCE).leftJoin(PERSON).on(PERSON.ID.eq(ATTENDANCE.PERSON_ID))
                .where(ATTENDANCE.MEETING_ID.eq(meetingId).and(ATTENDANCE.PRESENT.isTrue()))
                .orderBy(ATTENDANCE.ID)
                .fetch(r -> {
                    boolean guest = r.get(PERSON.DISPLAY_NAME) == null;
                    String name = guest ? r.get(ATTENDANCE.GUEST_NAME) : r.get(PERSON.DISPLAY_NAME);
                    String organisation = guest ? r.get(ATTENDANCE.ORGANISATION) : r.get(PERSON.ORGANISATION);
                    return new Attendee(name, guest ? null : r.get(PERSON.ORGANISATION_UNIT),
                            Organisation.valueOf(organisation), guest);
                })
                .stream()
                .sorted((a, b) -> a.guest() != b.guest() ? Boolean.compare(a.guest(), b.guest())
                        : a.name().compareToIgnoreCase(b.name()))
                .toList();
    }

    /** Agenda items in order with their decisions. */
    public List<AgendaEntry> agenda(int meetingId) {
        Map<Integer, List<String>> decisions = new java.util.HashMap<>();
        dsl.selectFrom(DECISION).where(DECISION.MEETING_ID.eq(meetingId)).orderBy(DECISION.ID)
                .forEach(d -> decisions.computeIfAbsent(d.getAgendaItemId(), k -> new ArrayList<>()).add(d.getText()));
        List<AgendaEntry> entries = new ArrayList<>();
        dsl.selectFrom(AGENDA_ITEM).where(AGENDA_ITEM.MEETING_ID.eq(meetingId)).orderBy(AGENDA_ITEM.POSITION)
                .forEach(a -> entries.add(new AgendaEntry(entries.size() + 1, a.getTitle(), a.getNotes(),
                        decisions.getOrDefault(a.getId(), List.of()))));
        List<String> loose = decisions.get(null);
        if (loose != null) {
            entries.add(new AgendaEntry(entries.size() + 1, "Weitere Beschlüsse", null, loose));
        }
        return entries;
    }

    public List<Addendum> addenda(int meetingId) {
        return dsl.selectFrom(MEETING_ADDENDUM).where(MEETING_ADDENDUM.MEETING_ID.eq(meetingId))
                .orderBy(MEETING_ADDENDUM.CREATED_AT, MEETING_ADDENDUM.ID)
                .fetch(a -> new Addendum(a.getCreatedAt().atZone(ZONE).toLocalDate(), a.getAuthor(), a.getText()));
    }
}
