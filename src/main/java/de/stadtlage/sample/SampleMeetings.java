package de.stadtlage.sample;

import de.stadtlage.access.Organisation;
import de.stadtlage.access.Person;
import de.stadtlage.actions.ActionItem;
import de.stadtlage.actions.ActionItemRepository;
import de.stadtlage.actions.ActionStatus;
import de.stadtlage.boards.Subgroup;
import de.stadtlage.meeting.AgendaItem;
import de.stadtlage.meeting.AgendaKind;
import de.stadtlage.meeting.Attendance;
import de.stadtlage.meeting.Decision;
import de.stadtlage.meeting.Meeting;
import de.stadtlage.meeting.MeetingRepository;
import de.stadtlage.meeting.MeetingStatus;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jooq.DSLContext;

/** Two past weekly meetings with attendance, agenda, decisions and action items (some done, some open, one overdue). */
final class SampleMeetings {

    private static final String PLACE = "Rathaus Dortmund, Friedensplatz 1, Raum 110";

    record Result(int meetings, int decisions, int actionItems) {
    }

    private SampleMeetings() {
    }

    /**
     * The next meeting: the Thursday of today's week, or of next week when this week's is past. The two sample
     * meetings are the two Thursdays before it, so "the next meeting" has last week's incidents to show.
     */
    static LocalDate nextMeeting(LocalDate today) {
        return today.with(TemporalAdjusters.nextOrSame(DayOfWeek.THURSDAY));
    }

    static Result insert(DSLContext tx, List<Subgroup> subgroups, Map<String, Person> people, LocalDate today) {
        LocalDate next = nextMeeting(today);
        LocalDate second = next.minusWeeks(1);
        Result result = insertFirst(tx, subgroups, people, next.minusWeeks(2), second);
        return insertSecond(tx, subgroups, people, second, result);
    }

    private static Result insertFirst(DSLContext tx, List<Subgroup> subgroups, Map<String, Person> people,
                                      LocalDate date, LocalDate second) {
        Meeting first = insertMeeting(tx, date, people, true);
        List<AgendaItem> agenda1 = insertAgenda(tx, first.id(), subgroups, "Hotspots Hbf und Keuningpark; Anstieg am Nordmarkt.");
        Decision d1 = decide(tx, first, agenda1.get(0), "Gemeinsame Präsenz von Polizei und KOD am Keuningpark wird ab sofort verstärkt.");
        Decision d2 = decide(tx, first, agenda1.get(3), "Für aggressives Betteln in der Brückstraße wird eine Allgemeinverfügung geprüft.");
        Decision d3 = decide(tx, first, agenda1.get(5), "Ein Rauchraum für Crack-Konsum wird im Drogenkonsumraum eingerichtet.");
        Subgroup bb = subgroups.get(2);
        Subgroup sh = subgroups.get(4);
        Subgroup cr = subgroups.get(1);
        List<ActionItem> items = new ArrayList<>();
        items.add(closed(ActionItem.open(first.id(), d1.id(), null, "Einsatzplan Präsenz Keuningpark vorlegen",
                "Polizeipräsidium Dortmund", second), ActionStatus.ERLEDIGT, null, second));
        items.add(ActionItem.open(first.id(), d2.id(), bb.id(), "Entwurf Allgemeinverfügung an Rechtsamt geben",
                "Kai Brandt", date.plusDays(4)));
        items.add(closed(ActionItem.open(first.id(), d3.id(), sh.id(), "Kostenschätzung Rauchraum einholen",
                "Frank Becker", second), ActionStatus.VERSCHOBEN, "Angebot des Trägers kommt erst im nächsten Monat", second));
        items.add(closed(ActionItem.open(first.id(), null, cr.id(), "Wärmestube: Öffnungszeiten mit Trägern abstimmen",
                "Leonie Wagner", second), ActionStatus.ERLEDIGT, null, second));
        items.forEach(item -> ActionItemRepository.insert(tx, item));
        return new Result(1, 3, items.size());
    }

    private static Result insertSecond(DSLContext tx, List<Subgroup> subgroups, Map<String, Person> people,
                                       LocalDate date, Result first) {
        Subgroup bb = subgroups.get(2);
        Meeting second = insertMeeting(tx, date, people, false);
        List<AgendaItem> agenda2 = insertAgenda(tx, second.id(), subgroups, "Keuningpark weiter steigend, Brückstraße rückläufig.");
        Decision d4 = decide(tx, second, agenda2.get(0), "Die Videobeobachtung Münsterstraße wird nach vier Wochen ausgewertet.");
        Decision d5 = decide(tx, second, agenda2.get(4), "An drei Berufskollegs startet im nächsten Schulhalbjahr ein Präventionsprojekt zu Crack.");
        Decision d6 = decide(tx, second, agenda2.get(6), "Offene Maßnahmen mit mehr als zwei Sitzungen Verzug werden der Leitung vorgelegt.");
        LocalDate next = date.plusWeeks(1);
        List<ActionItem> items = new ArrayList<>();
        items.add(ActionItem.open(second.id(), d4.id(), bb.id(), "Auswertung Videobeobachtung Münsterstraße vorlegen",
                "Polizeipräsidium Dortmund", next.plusWeeks(3)));
        items.add(ActionItem.open(second.id(), d5.id(), subgroups.get(3).id(), "Schulen für Präventionsprojekt gewinnen",
                "Dr. Miriam Özdemir", next));
        items.add(ActionItem.open(second.id(), d6.id(), null, "Liste überfälliger Maßnahmen für die Leitung",
                "Sabine Yilmaz", next));
        items.forEach(item -> ActionItemRepository.insert(tx, item));
        return new Result(first.meetings() + 1, first.decisions() + 3, first.actionItems() + items.size());
    }

    private static ActionItem closed(ActionItem item, ActionStatus status, String reason, LocalDate on) {
        boolean done = status == ActionStatus.ERLEDIGT || status == ActionStatus.ENTFALLEN;
        return new ActionItem(null, item.originMeetingId(), item.decisionId(), item.subgroupId(), item.title(),
                item.owner(), item.dueDate(), status, reason,
                done ? on.atTime(11, 0).atZone(ZoneId.of("Europe/Berlin")).toInstant() : null, 0);
    }

    private static Meeting insertMeeting(DSLContext tx, LocalDate date, Map<String, Person> people, boolean oneAbsent) {
        Meeting meeting = MeetingRepository.insert(tx, new Meeting(null, date, LocalTime.of(10, 0), LocalTime.of(11, 30),
                PLACE, "Martina Krüger, Jens Hoffmann", "Sabine Yilmaz", MeetingStatus.ABGESCHLOSSEN, 0));
        for (Person person : people.values()) {
            boolean present = !(oneAbsent && person.displayName().equals("Claudia Neumann"));
            MeetingRepository.insertAttendance(tx, new Attendance(null, meeting.id(), person.id(), null,
                    person.organisation(), present));
        }
        MeetingRepository.insertAttendance(tx, new Attendance(null, meeting.id(), null,
                "Vertretung der Einzelhändler (Gast)", Organisation.SONSTIGE, true));
        return meeting;
    }

    private static List<AgendaItem> insertAgenda(DSLContext tx, int meetingId, List<Subgroup> subgroups, String lageNotes) {
        List<AgendaItem> items = new ArrayList<>();
        int position = 0;
        items.add(MeetingRepository.insertAgendaItem(tx, new AgendaItem(null, meetingId, position++, AgendaKind.LAGE,
                null, "Lage", lageNotes, null)));
        for (Subgroup subgroup : subgroups) {
            items.add(MeetingRepository.insertAgendaItem(tx, new AgendaItem(null, meetingId, position++,
                    AgendaKind.UNTERGRUPPE, subgroup.id(), "Untergruppe " + subgroup.name(),
                    "Bericht der Untergruppenleitung.", null)));
        }
        items.add(MeetingRepository.insertAgendaItem(tx, new AgendaItem(null, meetingId, position++,
                AgendaKind.MASSNAHMEN, null, "Maßnahmen", null, null)));
        items.add(MeetingRepository.insertAgendaItem(tx, new AgendaItem(null, meetingId, position, AgendaKind.VERSCHIEDENES,
                null, "Verschiedenes", null, null)));
        return items;
    }

    private static Decision decide(DSLContext tx, Meeting meeting, AgendaItem item, String text) {
        return MeetingRepository.insertDecision(tx, new Decision(null, meeting.id(), item.id(), text));
    }
}
