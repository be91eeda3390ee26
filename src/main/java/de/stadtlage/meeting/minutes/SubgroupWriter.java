package de.stadtlage.meeting.minutes;

import de.stadtlage.meeting.minutes.SubgroupSection.TaskLine;
import java.util.List;
import org.w3c.dom.Element;

/** Section 3 of the minutes: each subgroup's tasks, most urgent first (overdue, blocked, open, done). */
final class SubgroupWriter {

    private SubgroupWriter() {
    }

    static void write(Xhtml x, Element body, List<SubgroupSection> subgroups) {
        Element section = x.add(body, "div", "section");
        x.text(section, "h2", null, "3  Untergruppen");
        if (subgroups.isEmpty()) {
            x.text(section, "p", "empty", "Keine Untergruppen erfasst.");
        }
        for (SubgroupSection subgroup : subgroups) {
            writeSubgroup(x, section, subgroup);
        }
    }

    private static void writeSubgroup(Xhtml x, Element parent, SubgroupSection subgroup) {
        Element block = x.add(parent, "div", "subgroup");
        String heading = subgroup.code() == null ? subgroup.name() : subgroup.code() + " – " + subgroup.name();
        x.text(block, "h3", null, heading);
        x.text(block, "p", "summary", "Erledigt seit der letzten Sitzung: " + subgroup.doneSinceLastMeeting().size()
                + " · Offen: " + subgroup.open().size()
                + " · Blockiert: " + subgroup.blocked().size()
                + " · Überfällig: " + subgroup.overdue().size());
        if (subgroup.isEmpty()) {
            x.text(block, "p", "empty", "Keine Aufgaben gemeldet.");
            return;
        }
        Element tbody = x.table(block, "tasks",
                Xhtml.columns("Stand:13", "Aufgabe:32", "Verantwortlich:23", "Fällig:14", "Bemerkung:18"));
        rows(x, tbody, "Überfällig", "overdue", subgroup.overdue());
        rows(x, tbody, "Blockiert", "blocked", subgroup.blocked());
        rows(x, tbody, "Offen", null, subgroup.open());
        rows(x, tbody, "Erledigt", "done", subgroup.doneSinceLastMeeting());
    }

    private static void rows(Xhtml x, Element tbody, String state, String cssClass, List<TaskLine> tasks) {
        for (TaskLine task : tasks) {
            x.row(tbody, cssClass, List.of(state, task.title(), MinutesFormat.orDash(task.owner()),
                    MinutesFormat.date(task.due()), MinutesFormat.orDash(task.remark())));
        }
    }
}
