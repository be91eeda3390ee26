package de.stadtlage.boards;

import de.stadtlage.access.CurrentUser;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/** Sorts the loaded tasks into the four columns of the current scope, filtered. Pure, so it is cheap to redo. */
final class BoardColumns {

    private BoardColumns() {
    }

    static Map<TaskStatus, List<CardItem>> of(BoardData data, BoardScope scope, TaskFilter filter, CurrentUser user,
                                              LocalDate today) {
        Map<TaskStatus, List<CardItem>> columns = new EnumMap<>(TaskStatus.class);
        for (TaskStatus status : TaskStatus.values()) {
            columns.put(status, new ArrayList<>());
        }
        List<BoardTask> tasks = new ArrayList<>(data.tasks());
        // "Meine Aufgaben" mixes boards: keep each board's order, boards in their usual order.
        tasks.sort(Comparator.comparingInt((BoardTask t) -> data.subgroup(t.subgroupId()).map(Subgroup::sortOrder).orElse(0))
                .thenComparing(TaskRepository.COLUMN_ORDER));
        for (BoardTask task : tasks) {
            if (inScope(task, scope, data, user) && filter.matches(task, data.names(), today)) {
                columns.get(task.status()).add(card(task, data, user, today));
            }
        }
        return columns;
    }

    static boolean inScope(BoardTask task, BoardScope scope, BoardData data, CurrentUser user) {
        if (scope instanceof BoardScope.Board board) {
            return task.subgroupId() == board.subgroupId();
        }
        if (scope instanceof BoardScope.MyTasks) {
            boolean byPerson = data.currentPersonId() != null && data.currentPersonId().equals(task.ownerPersonId());
            boolean byText = task.ownerPersonId() == null && task.ownerText() != null
                    && task.ownerText().strip().equalsIgnoreCase(user.name());
            return byPerson || byText;
        }
        return false;
    }

    private static CardItem card(BoardTask task, BoardData data, CurrentUser user, LocalDate today) {
        Subgroup subgroup = data.subgroup(task.subgroupId()).orElse(null);
        AreaTrend trend = task.focusAreaId() == null ? null : data.trends().get(task.focusAreaId());
        return new CardItem(task, subgroup, data.names().owner(task), data.names().area(task.focusAreaId()), trend,
                task.isOverdue(today), task.isDueThisWeek(today), data.commentCounts().getOrDefault(task.id(), 0),
                user.canWriteSubgroup(task.subgroupId()));
    }
}
