package de.stadtlage.meeting.minutes;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/** One subgroup's status for the minutes: done since the last meeting, open, blocked and overdue tasks. */
public record SubgroupSection(
        String code,
        String name,
        List<TaskLine> doneSinceLastMeeting,
        List<TaskLine> open,
        List<TaskLine> blocked,
        List<TaskLine> overdue) {

    public SubgroupSection {
        Objects.requireNonNull(name, "name");
        doneSinceLastMeeting = List.copyOf(doneSinceLastMeeting);
        open = List.copyOf(open);
        blocked = List.copyOf(blocked);
        overdue = List.copyOf(overdue);
    }

    public boolean isEmpty() {
        return doneSinceLastMeeting.isEmpty() && open.isEmpty() && blocked.isEmpty() && overdue.isEmpty();
    }

    /** A task as one table row; {@code remark} holds e.g. the reason a task is blocked. */
    public record TaskLine(String title, String owner, LocalDate due, String remark) {
        public TaskLine {
            Objects.requireNonNull(title, "title");
        }
    }
}
