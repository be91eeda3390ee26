package de.stadtlage.boards;

import java.time.LocalDate;

/**
 * What a person fills in when creating or editing a task. The owner is a person of the staff or free text (a
 * contact outside the staff); when both are given, the person wins.
 */
public record TaskInput(String title, String description, TaskPriority priority, Integer ownerPersonId,
                        String ownerText, LocalDate dueDate, Integer focusAreaId, String blockedReason) {

    /** The fields of an existing task, as the edit dialog starts with them. */
    public static TaskInput of(BoardTask task) {
        return new TaskInput(task.title(), task.description(), task.priority(), task.ownerPersonId(),
                task.ownerText(), task.dueDate(), task.focusAreaId(), task.blockedReason());
    }

    /** A minimal input: title, priority and due date. */
    public static TaskInput simple(String title, TaskPriority priority, LocalDate dueDate) {
        return new TaskInput(title, null, priority, null, null, dueDate, null, null);
    }

    public TaskInput withTitle(String newTitle) {
        return new TaskInput(newTitle, description, priority, ownerPersonId, ownerText, dueDate, focusAreaId,
                blockedReason);
    }

    public TaskInput withBlockedReason(String reason) {
        return new TaskInput(title, description, priority, ownerPersonId, ownerText, dueDate, focusAreaId, reason);
    }
}
