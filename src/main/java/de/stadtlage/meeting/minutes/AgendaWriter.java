package de.stadtlage.meeting.minutes;

import de.stadtlage.meeting.minutes.MinutesDocument.AgendaEntry;
import java.util.List;
import org.w3c.dom.Element;

/** Section 4 of the minutes: per agenda item its notes and its numbered decisions. */
final class AgendaWriter {

    private AgendaWriter() {
    }

    static void write(Xhtml x, Element body, List<AgendaEntry> agenda) {
        Element section = x.add(body, "div", "section");
        x.text(section, "h2", null, "4  Tagesordnung und Beschlüsse");
        if (agenda.isEmpty()) {
            x.text(section, "p", "empty", "Keine Tagesordnung erfasst.");
        }
        for (AgendaEntry entry : agenda) {
            writeEntry(x, section, entry);
        }
    }

    private static void writeEntry(Xhtml x, Element section, AgendaEntry entry) {
        Element block = x.add(section, "div", "agenda-item");
        x.text(block, "h3", null, "TOP " + entry.position() + "  " + entry.title());
        if (entry.notes() != null && !entry.notes().isBlank()) {
            for (String paragraph : entry.notes().strip().split("\\R\\s*\\R")) {
                x.text(block, "p", "notes", paragraph.strip());
            }
        }
        if (entry.decisions().isEmpty()) {
            x.text(block, "p", "empty", "Keine Beschlüsse.");
            return;
        }
        Element list = x.add(block, "div", "decisions");
        int number = 1;
        for (String decision : entry.decisions()) {
            Element item = x.add(list, "div", "decision");
            x.text(item, "span", "label", "Beschluss " + entry.position() + "." + number++ + ": ");
            x.append(item, decision);
        }
    }
}
