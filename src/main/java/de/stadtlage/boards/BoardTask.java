package de.stadtlage.boards;

import java.time.Instant;
import java.time.LocalDate;

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

    public boolean isOverdue(LocalDate today) {
        return dueDate != null && status != TaskStatus.ERLEDIGT && dueDate.isBefore(today);
    }
}
