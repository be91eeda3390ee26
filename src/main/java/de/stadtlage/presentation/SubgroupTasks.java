package de.stadtlage.presentation;

import de.stadtlage.common.Formats;
import de.stadtlage.meeting.minutes.SubgroupSection;
import de.stadtlage.meeting.minutes.SubgroupSection.TaskLine;
import de.stadtlage.presentation.SlideBlock.Line;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The tasks a subgroup's slide names: overdue ones first, then blocked ones, then the open ones due soonest; as
 * many as fit below the counters, and a line saying how many more there are.
 */
final class SubgroupTasks {

    private static final Comparator<TaskLine> DUE_FIRST = Comparator.comparing(
            (TaskLine t) -> t.due() == null ? LocalDate.MAX : t.due()).thenComparing(TaskLine::title);

    private SubgroupTasks() {
    }

    /** At most {@code rows} text rows of task lines (see {@link SlideDeckBuilder#rows}). */
    static List<Line> topLines(SubgroupSection section, int rows) {
        List<Line> all = new ArrayList<>();
        section.overdue().stream().sorted(DUE_FIRST).forEach(t -> all.add(new Line(t.title(),
                "überfällig seit " + Formats.date(t.due()) + " · " + owner(t), true)));
        section.blocked().stream().sorted(DUE_FIRST).forEach(t -> all.add(new Line(t.title(),
                (t.remark() == null || t.remark().isBlank() ? "blockiert" : "blockiert: " + t.remark())
                        + " · " + owner(t), true)));
        section.open().stream().sorted(DUE_FIRST).forEach(t -> all.add(new Line(t.title(),
                (t.remark() == null || t.remark().isBlank() ? "" : t.remark() + " · ")
                        + SlideDeckBuilder.detail(t.owner(), t.due()), false)));
        List<Line> shown = new ArrayList<>();
        int used = 0;
        for (Line line : all) {
            // one row stays free for the "more" line
            int budget = all.size() - shown.size() > 1 ? rows - 1 : rows;
            if (!shown.isEmpty() && used + SlideDeckBuilder.rows(line) > budget) {
                break;
            }
            shown.add(line);
            used += SlideDeckBuilder.rows(line);
        }
        int more = all.size() - shown.size();
        if (more > 0) {
            shown.add(new Line(more == 1 ? "… und 1 weitere Aufgabe" : "… und " + more + " weitere Aufgaben",
                    null, false));
        }
        return shown;
    }

    private static String owner(TaskLine t) {
        return t.owner() == null || t.owner().isBlank() ? "ohne Verantwortliche" : t.owner();
    }
}
