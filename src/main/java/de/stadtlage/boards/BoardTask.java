package de.stadtlage.boards;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;

/**
 * A task on a subgroup's board. The owner is a person of the staff ({@code ownerPersonId}) or free text; {@code
 * version} guards against two people overwriting each other.
 */
public record BoardTask(Integer id, int subgroupId, String title, String description, TaskStatus status,
                        TaskPriority priority, Integer ownerPersonId, String ownerText, LocalDate dueDate,
                        Integer focusAreaId, String blockedReason, int position, boolean archived,
                        Instant doneAt, Instant createdAt, Instant updatedAt, int version) {

    /** A new task for the given board column, without id and timestamps yet. */
    public static BoardTask draft(int subgroupId, String title, TaskStatus status, TaskPriority priority,
                                  String ownerText, LocalDate dueDate) {
        return new BoardTask(null, subgroupId, title, null, status, priority, null, ownerText, dueDate, null, null,
                0, false, null, null, null, 0);
    }

    /** The task with the fields a person edits replaced (id, column, position and version stay). */
    public BoardTask withInput(TaskInput in) {
        return new BoardTask(id, subgroupId, in.title(), in.description(), status, in.priority(), in.ownerPersonId(),
                in.ownerText(), in.dueDate(), in.focusAreaId(), in.blockedReason(), position, archived, doneAt,
                createdAt, updatedAt, version);
    }

    /** The task in another column or place; {@code doneAt} as the caller decided. */
    public BoardTask withPlacement(TaskStatus newStatus, int newPosition, Instant newDoneAt) {
        return new BoardTask(id, subgroupId, title, description, newStatus, priority, ownerPersonId, ownerText,
                dueDate, focusAreaId, blockedReason, newPosition, archived, newDoneAt, createdAt, updatedAt, version);
    }

    public BoardTask withArchived(boolean newArchived) {
        return new BoardTask(id, subgroupId, title, description, status, priority, ownerPersonId, ownerText, dueDate,
                focusAreaId, blockedReason, position, newArchived, doneAt, createdAt, updatedAt, version);
    }

    /** Due within the current ISO week (Monday to Sunday) and not yet overdue or done. */
    public boolean isDueThisWeek(LocalDate today) {
        if (dueDate == null || status == TaskStatus.ERLEDIGT || dueDate.isBefore(today)) {
            return false;
        }
        LocalDate sunday = today.with(TemporalAdjusters.nextOrSame(DayOfWeek.SUNDAY));
        return !dueDate.isAfter(sunday);
    }

    public boolean isOverdue(LocalDate today) {
        return dueDate != null && status != TaskStatus.ERLEDIGT && dueDate.isBefore(today);
    }
}
