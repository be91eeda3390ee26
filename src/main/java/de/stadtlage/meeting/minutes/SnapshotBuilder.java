package de.stadtlage.meeting.minutes;

import de.stadtlage.actions.CarryOver;
import de.stadtlage.meeting.IsoWeek;
import de.stadtlage.meeting.minutes.ActionItemSection.ActionLine;
import de.stadtlage.meeting.minutes.StatusQueries.ActionRow;
import de.stadtlage.meeting.minutes.StatusQueries.SubgroupRow;
import de.stadtlage.meeting.minutes.StatusQueries.TaskRow;
import de.stadtlage.meeting.minutes.SubgroupSection.TaskLine;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** Computes a meeting's {@link MeetingSnapshot} from the current database state. */
public final class SnapshotBuilder {

    private final StatusQueries queries;

    public SnapshotBuilder(StatusQueries queries) {
        this.queries = queries;
    }

    /**
     * The state at a meeting.
     *
     * @param meetingId    the meeting
     * @param date         its date
     * @param meetingDates all meeting dates (for carry-over and "since the last meeting")
     */
    public MeetingSnapshot build(int meetingId, LocalDate date, List<LocalDate> meetingDates) {
        LocalDate previous = meetingDates.stream().filter(d -> d.isBefore(date)).max(Comparator.naturalOrder())
                .orElse(date.minusWeeks(1));
        SituationSection situation = new SituationFigures(queries).situation(IsoWeek.reportedAt(date), date);
        return new MeetingSnapshot(situation, subgroups(date, previous),
                actions(meetingId, date, previous, meetingDates));
    }

    private List<SubgroupSection> subgroups(LocalDate date, LocalDate previous) {
        List<TaskRow> tasks = queries.tasks();
        List<SubgroupSection> sections = new ArrayList<>();
        for (SubgroupRow subgroup : queries.subgroups()) {
            List<TaskLine> done = new ArrayList<>();
            List<TaskLine> open = new ArrayList<>();
            List<TaskLine> blocked = new ArrayList<>();
            List<TaskLine> overdue = new ArrayList<>();
            for (TaskRow task : tasks) {
                if (task.subgroupId() != subgroup.id()) {
                    continue;
                }
                boolean finished = "ERLEDIGT".equals(task.status());
                if (finished && task.doneOn() != null && task.doneOn().isAfter(previous)
                        && !task.doneOn().isAfter(date)) {
                    done.add(line(task, null));
                } else if (!finished && task.due() != null && task.due().isBefore(date)) {
                    overdue.add(line(task, remark(task)));
                } else if ("BLOCKIERT".equals(task.status())) {
                    blocked.add(line(task, task.blockedReason()));
                } else if (!finished) {
                    open.add(line(task, remark(task)));
                }
            }
            sections.add(new SubgroupSection(subgroup.code(), subgroup.name(), done, open, blocked, overdue));
        }
        return sections;
    }

    private static TaskLine line(TaskRow task, String remark) {
        return new TaskLine(task.title(), task.owner(), task.due(), remark);
    }

    private static String remark(TaskRow task) {
        return switch (task.status()) {
            case "IN_ARBEIT" -> "in Arbeit";
            case "BLOCKIERT" -> task.blockedReason() == null ? "blockiert" : "blockiert: " + task.blockedReason();
            default -> null;
        };
    }

    private ActionItemSection actions(int meetingId, LocalDate date, LocalDate previous, List<LocalDate> dates) {
        List<ActionLine> created = new ArrayList<>();
        List<ActionLine> carried = new ArrayList<>();
        List<ActionLine> closed = new ArrayList<>();
        for (ActionRow row : queries.actionItems()) {
            boolean closedStatus = "ERLEDIGT".equals(row.status()) || "ENTFALLEN".equals(row.status());
            boolean isOpen = !closedStatus || (row.closedOn() != null && row.closedOn().isAfter(date));
            if (row.originMeetingId() == meetingId) {
                created.add(actionLine(row, new CarryOver(0, 0)));
            } else if (row.originDate().isBefore(date) && isOpen) {
                carried.add(actionLine(row, CarryOver.at(dates, row.originDate(), row.due(), date)));
            } else if (!isOpen && row.closedOn() != null && row.closedOn().isAfter(previous)) {
                closed.add(actionLine(row, new CarryOver(0, 0)));
            }
        }
        carried.sort(Comparator.comparing(ActionLine::escalated).reversed()
                .thenComparing(ActionLine::due, Comparator.nullsLast(Comparator.naturalOrder())));
        return new ActionItemSection(created, carried, closed);
    }

    private static ActionLine actionLine(ActionRow row, CarryOver carry) {
        return new ActionLine(row.id(), row.title(), row.owner(), row.subgroupCode(), row.due(),
                statusLabel(row.status()), row.reason(), row.originDate(), carry.meetingsOpen(), carry.escalated());
    }

    static String statusLabel(String status) {
        return switch (status) {
            case "OFFEN" -> "offen";
            case "ERLEDIGT" -> "erledigt";
            case "VERSCHOBEN" -> "verschoben";
            case "ENTFALLEN" -> "entfallen";
            default -> status.toLowerCase(java.util.Locale.ROOT);
        };
    }

    /** "KW 47/2026 (16.11.–22.11.2026)" for the window before a meeting. */
    static String periodLabel(LocalDate from, LocalDate toExclusive) {
        LocalDate last = toExclusive.minusDays(1);
        return IsoWeek.label(from) + " (" + MinutesFormat.date(from).substring(0, 6) + "–"
                + MinutesFormat.date(last) + ")";
    }
}
