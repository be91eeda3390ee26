package de.stadtlage.meeting;

import de.stadtlage.access.Organisation;
import de.stadtlage.access.Person;
import de.stadtlage.access.PersonRepository;
import de.stadtlage.actions.ActionItem;
import de.stadtlage.actions.ActionItemRepository;
import de.stadtlage.boards.Subgroup;
import de.stadtlage.boards.SubgroupRepository;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jooq.DSLContext;

/**
 * Everything the Sitzung page shows about one meeting, loaded at once in the background and applied as a whole.
 *
 * @param nextMeeting the next meeting's date (default due date of new action items)
 */
public record MeetingDetails(Meeting meeting, List<AttendeeRow> attendees, List<AgendaItem> agenda,
                             List<Decision> decisions, List<ActionItem> newActionItems, List<Subgroup> subgroups,
                             LocalDate nextMeeting) {

    /** A person of the staff (present or not) or a guest. */
    public record AttendeeRow(Integer personId, String name, String unit, Organisation organisation,
                              boolean present) {

        public boolean guest() {
            return personId == null;
        }
    }

    public boolean closed() {
        return meeting.status() == MeetingStatus.ABGESCHLOSSEN;
    }

    public List<Decision> decisionsOf(AgendaItem item) {
        return decisions.stream().filter(d -> item != null && item.id().equals(d.agendaItemId())).toList();
    }

    /** Loads the details of a meeting, the meeting itself as stored now (its version included). */
    public static MeetingDetails load(DSLContext dsl, Meeting selected) {
        MeetingRepository meetings = new MeetingRepository(dsl);
        List<Meeting> all = meetings.list();
        Meeting meeting = all.stream().filter(m -> m.id().equals(selected.id())).findFirst().orElse(selected);
        List<Attendance> attendance = meetings.attendance(meeting.id());
        Map<Integer, Boolean> present = new java.util.HashMap<>();
        attendance.stream().filter(a -> a.personId() != null).forEach(a -> present.put(a.personId(), a.present()));
        List<AttendeeRow> rows = new ArrayList<>();
        for (Person person : new PersonRepository(dsl).listActive()) {
            rows.add(new AttendeeRow(person.id(), person.displayName(), person.organisationUnit(),
                    person.organisation(), present.getOrDefault(person.id(), false)));
        }
        attendance.stream().filter(a -> a.personId() == null).forEach(a -> rows.add(
                new AttendeeRow(null, a.guestName(), null, a.organisation(), a.present())));
        List<ActionItem> created = new ActionItemRepository(dsl).list().stream()
                .filter(a -> a.originMeetingId() == meeting.id()).toList();
        LocalDate next = all.stream().map(Meeting::date).filter(d -> d.isAfter(meeting.date()))
                .min(LocalDate::compareTo).orElse(meeting.date().plusWeeks(1));
        return new MeetingDetails(meeting, List.copyOf(rows), meetings.agenda(meeting.id()),
                meetings.decisions(meeting.id()), created, new SubgroupRepository(dsl).list(), next);
    }
}
