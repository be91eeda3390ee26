package de.stadtlage.boards;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/** One board in the overview: open, overdue and done-this-week counts, and the size of each column. */
public record BoardSummary(Subgroup subgroup, int open, int overdue, int doneThisWeek, Map<TaskStatus, Integer> columns,
                           List<String> overdueTitles, List<String> blockedTitles) {

    /** Counts for {@code subgroup}; "this week" is the ISO week (from Monday) that contains {@code today}. */
    public static BoardSummary of(Subgroup subgroup, List<BoardTask> tasks, LocalDate today, ZoneId zone) {
        LocalDate monday = today.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        Map<TaskStatus, Integer> columns = new EnumMap<>(TaskStatus.class);
        for (TaskStatus status : TaskStatus.values()) {
            columns.put(status, 0);
        }
        List<String> overdueTitles = new ArrayList<>();
        List<String> blockedTitles = new ArrayList<>();
        int open = 0;
        int overdue = 0;
        int done = 0;
        for (BoardTask task : tasks) {
            if (task.subgroupId() != subgroup.id()) {
                continue;
            }
            columns.merge(task.status(), 1, Integer::sum);
            if (task.status() != TaskStatus.ERLEDIGT) {
                open++;
            } else if (task.doneAt() != null && !task.doneAt().atZone(zone).toLocalDate().isBefore(monday)) {
                done++;
            }
            if (task.isOverdue(today)) {
                overdue++;
                overdueTitles.add(task.title());
            }
            if (task.status() == TaskStatus.BLOCKIERT) {
                blockedTitles.add(task.title());
            }
        }
        return new BoardSummary(subgroup, open, overdue, done, Map.copyOf(columns), List.copyOf(overdueTitles),
                List.copyOf(blockedTitles));
    }
}
