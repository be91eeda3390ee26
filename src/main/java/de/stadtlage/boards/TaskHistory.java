package de.stadtlage.boards;

import de.stadtlage.access.AuditEntry;
import de.stadtlage.access.AuditLog;
import de.stadtlage.common.Json;
import de.stadtlage.common.Messages;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jooq.DSLContext;

/** A task's history, newest first, told from the audit log's before/after states. */
final class TaskHistory {

    private TaskHistory() {
    }

    static List<TaskHistoryEntry> read(DSLContext dsl, int taskId) {
        TaskNames names = TaskConflicts.names(dsl);
        List<TaskHistoryEntry> result = new ArrayList<>();
        for (AuditEntry entry : AuditLog.entriesFor(dsl, TaskService.ENTITY, taskId)) {
            String action = Messages.get("boards.history." + entry.action().toLowerCase(Locale.ROOT));
            result.add(0, new TaskHistoryEntry(entry.occurredAt(), entry.actor(), action, changes(entry, names)));
        }
        return result;
    }

    private static List<String> changes(AuditEntry entry, TaskNames names) {
        if ("COMMENTED".equals(entry.action()) && entry.afterJson() != null) {
            Object comment = Json.read(entry.afterJson(), Map.class).get("comment");
            return List.of(Messages.get("boards.history.commentText", String.valueOf(comment)));
        }
        if (entry.beforeJson() == null && entry.afterJson() != null) {
            BoardTask created = Json.read(entry.afterJson(), BoardTask.class);
            return List.of(Messages.get("boards.history.createdIn", created.status().label()));
        }
        if (entry.beforeJson() != null && entry.afterJson() != null) {
            return TaskChanges.describe(Json.read(entry.beforeJson(), BoardTask.class),
                    Json.read(entry.afterJson(), BoardTask.class), names);
        }
        return List.of();
    }
}
