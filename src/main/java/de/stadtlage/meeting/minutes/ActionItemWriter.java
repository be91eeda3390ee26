package de.stadtlage.meeting.minutes;

import de.stadtlage.meeting.minutes.ActionItemSection.ActionLine;
import java.util.List;
import org.w3c.dom.Element;

/** Section 5 of the minutes: action items decided now, carried over (escalated first), closed. */
final class ActionItemWriter {

    private ActionItemWriter() {
    }

    static void write(Xhtml x, Element body, ActionItemSection actions) {
        Element section = x.add(body, "div", "section");
        x.text(section, "h2", null, "5  Maßnahmen");
        writeCreated(x, section, actions.created());
        writeCarriedOver(x, section, actions.carriedOver());
        writeClosed(x, section, actions.closed());
    }

    private static void writeCreated(Xhtml x, Element section, List<ActionLine> lines) {
        Element tbody = x.headedTable(section, "Neu beschlossen", lines,
                "In dieser Sitzung wurden keine Maßnahmen beschlossen.", "actions",
                Xhtml.columns("Nr.:7", "Maßnahme:49", "Verantwortlich:22", "UG:7", "Fällig:15"));
        if (tbody == null) {
            return;
        }
        for (ActionLine line : lines) {
            x.row(tbody, null, List.of(Integer.toString(line.number()), line.title(),
                    MinutesFormat.orDash(line.owner()), MinutesFormat.orDash(line.subgroupCode()),
                    MinutesFormat.date(line.due())));
        }
    }

    private static void writeCarriedOver(Xhtml x, Element section, List<ActionLine> lines) {
        Element tbody = x.headedTable(section, "Übertragen aus früheren Sitzungen", lines,
                "Keine offenen Maßnahmen aus früheren Sitzungen.", "actions",
                Xhtml.columns("Nr.:7", "Maßnahme:33", "Verantwortlich:17", "Fällig:15", "Aus Sitzung:15",
                        "Offen seit:13"));
        if (tbody == null) {
            return;
        }
        for (ActionLine line : lines) {
            String age = line.meetingsOpen() == 1 ? "1 Sitzung" : line.meetingsOpen() + " Sitzungen";
            String title = line.escalated() ? "Eskaliert: " + line.title() : line.title();
            if (line.reason() != null) {
                title = title + " (" + line.status() + ": " + line.reason() + ")";
            }
            x.row(tbody, line.escalated() ? "escalated" : null, List.of(Integer.toString(line.number()), title,
                    MinutesFormat.orDash(line.owner()), MinutesFormat.date(line.due()),
                    MinutesFormat.date(line.originMeeting()), age));
        }
        if (lines.stream().anyMatch(ActionLine::escalated)) {
            x.text(section, "p", "note", "Eskaliert: seit zwei oder mehr Sitzungen überfällig; zur Entscheidung "
                    + "durch den Vorsitz.");
        }
    }

    private static void writeClosed(Xhtml x, Element section, List<ActionLine> lines) {
        Element tbody = x.headedTable(section, "Abgeschlossen seit der letzten Sitzung", lines,
                "Seit der letzten Sitzung wurden keine Maßnahmen abgeschlossen.", "actions",
                Xhtml.columns("Nr.:7", "Maßnahme:43", "Verantwortlich:20", "Status:12", "Begründung:18"));
        if (tbody == null) {
            return;
        }
        for (ActionLine line : lines) {
            x.row(tbody, null, List.of(Integer.toString(line.number()), line.title(),
                    MinutesFormat.orDash(line.owner()), MinutesFormat.orDash(line.status()),
                    MinutesFormat.orDash(line.reason())));
        }
    }
}
