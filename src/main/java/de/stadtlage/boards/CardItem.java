package de.stadtlage.boards;

/**
 * What one card shows: the task with its owner's and area's names resolved, its due state for today, and whether
 * the current person may change it.
 */
public record CardItem(BoardTask task, Subgroup subgroup, String owner, String areaName, AreaTrend trend,
                       boolean overdue, boolean dueThisWeek, int comments, boolean writable) {

    public int id() {
        return task.id();
    }
}
