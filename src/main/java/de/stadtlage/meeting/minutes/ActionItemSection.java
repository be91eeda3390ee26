package de.stadtlage.meeting.minutes;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/** The action items of a meeting: decided in it, carried over from earlier meetings, closed since the last one. */
public record ActionItemSection(List<ActionLine> created, List<ActionLine> carriedOver, List<ActionLine> closed) {

    public static final ActionItemSection EMPTY = new ActionItemSection(List.of(), List.of(), List.of());

    public ActionItemSection {
        created = List.copyOf(created);
        carriedOver = List.copyOf(carriedOver);
        closed = List.copyOf(closed);
    }

    /**
     * One action item.
     *
     * @param number        the item's number as shown in the app (e.g. its id)
     * @param subgroupCode  e.g. "SV", or null
     * @param status        German status label ("offen", "erledigt", …)
     * @param reason        the reason for "verschoben"/"entfallen", or null
     * @param originMeeting the date of the meeting that decided it
     * @param meetingsOpen  in how many meetings it has been open so far (0 for new items)
     * @param escalated     overdue for two or more meetings
     */
    public record ActionLine(
            int number,
            String title,
            String owner,
            String subgroupCode,
            LocalDate due,
            String status,
            String reason,
            LocalDate originMeeting,
            int meetingsOpen,
            boolean escalated) {

        public ActionLine {
            Objects.requireNonNull(title, "title");
        }
    }
}
