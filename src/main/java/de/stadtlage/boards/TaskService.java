package de.stadtlage.boards;

import de.stadtlage.access.AuditLog;
import de.stadtlage.access.CurrentUser;
import de.stadtlage.persistence.Database;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jooq.DSLContext;

/**
 * The rules of the subgroup boards. Every write checks the current person's right to change the board, is one
 * transaction, refuses to overwrite a task someone else saved in between, and appends to the audit log. The right
 * is checked on the stored task inside the transaction: the task object a caller passes may be outdated or forged.
 */
public final class TaskService {

    static final String ENTITY = "task";

    private final Database database;
    private final CurrentUser user;
    private final Clock clock;

    public TaskService(Database database, CurrentUser user, Clock clock) {
        this.database = database;
        this.user = user;
        this.clock = clock;
    }

    public CurrentUser user() {
        return user;
    }

    /** A new task at the end of the given column. */
    public BoardTask create(int subgroupId, TaskStatus status, TaskInput input) {
        requireWrite(subgroupId);
        TaskInput valid = TaskRules.validate(input, today(), null, true);
        return database.transactionResult(cfg -> {
            DSLContext tx = cfg.dsl();
            BoardTask draft = new BoardTask(null, subgroupId, valid.title(), null, status, valid.priority(), null,
                    null, null, null, null, 0, false, null, null, null, 0).withInput(valid);
            BoardTask stored = TaskRepository.insert(tx, draft);
            AuditLog.append(tx, user.name(), ENTITY, stored.id(), "CREATED", null, stored);
            return stored;
        });
    }

    /** Saves the edited fields of {@code seen} (the task as the person loaded it). */
    public BoardTask edit(BoardTask seen, TaskInput input) {
        requireWrite(seen.subgroupId());
        TaskInput valid = TaskRules.validate(input, today(), seen.dueDate(), false);
        return write(seen, "UPDATED", (tx, current) -> current.withInput(valid));
    }

    /**
     * Moves the task to {@code index} of column {@code to} (its own column to reorder). The index counts the
     * column without the moved task; out-of-range values go to the nearest end. Both columns keep a gapless order.
     */
    public BoardTask move(BoardTask seen, TaskStatus to, int index) {
        return move(seen, to, index, null);
    }

    /** As {@link #move(BoardTask, TaskStatus, int)}, also setting why the task is blocked (when not null). */
    public BoardTask move(BoardTask seen, TaskStatus to, int index, String blockedReason) {
        requireWrite(seen.subgroupId());
        return database.transactionResult(cfg -> {
            DSLContext tx = cfg.dsl();
            BoardTask current = storedForWrite(tx, seen);
            List<BoardTask> target = new ArrayList<>(TaskRepository.column(tx, current.subgroupId(), to));
            target.removeIf(t -> t.id().equals(current.id()));
            int at = Math.max(0, Math.min(index, target.size()));
            Instant doneAt = to != TaskStatus.ERLEDIGT ? null
                    : current.status() == TaskStatus.ERLEDIGT ? current.doneAt() : Instant.now(clock);
            BoardTask placed = current.withPlacement(to, at, doneAt);
            BoardTask moved = blockedReason == null || blockedReason.isBlank() ? placed
                    : placed.withInput(TaskInput.of(placed).withBlockedReason(blockedReason.strip()));
            if (!TaskRepository.update(tx, moved)) {
                throw TaskConflicts.conflict(tx, seen, TaskRepository.find(tx, seen.id()).orElse(current));
            }
            target.add(at, moved);
            TaskRepository.renumber(tx, target);
            if (current.status() != to) {
                TaskRepository.renumber(tx, TaskRepository.column(tx, current.subgroupId(), current.status()));
            }
            BoardTask stored = TaskRepository.find(tx, current.id()).orElseThrow();
            AuditLog.append(tx, user.name(), ENTITY, stored.id(), current.status() == to ? "REORDERED" : "MOVED",
                    current, stored);
            return stored;
        });
    }

    /** Takes the task off the board; it stays in the database and in the audit log. */
    public BoardTask archive(BoardTask seen) {
        requireWrite(seen.subgroupId());
        return write(seen, "ARCHIVED", (tx, current) -> {
            BoardTask archived = current.withArchived(true);
            // The column closes the gap in the same transaction (only positions change, versions stay).
            List<BoardTask> rest = new ArrayList<>(TaskRepository.column(tx, current.subgroupId(), current.status()));
            rest.removeIf(t -> t.id().equals(current.id()));
            TaskRepository.renumber(tx, rest);
            return archived;
        });
    }

    /** Deletes the task and its comments for good; the audit log keeps its last state. */
    public void delete(BoardTask seen) {
        requireWrite(seen.subgroupId());
        database.transaction(cfg -> {
            DSLContext tx = cfg.dsl();
            BoardTask current = storedForWrite(tx, seen);
            if (!TaskRepository.delete(tx, current.id(), current.version())) {
                throw TaskConflicts.conflict(tx, seen, current);
            }
            TaskRepository.renumber(tx, TaskRepository.column(tx, current.subgroupId(), current.status()));
            AuditLog.append(tx, user.name(), ENTITY, current.id(), "DELETED", current, null);
        });
    }

    /** Adds a comment; a comment does not change the task, so it needs no particular version of it. */
    public void comment(BoardTask task, String body) {
        requireWrite(task.subgroupId());
        String text = TaskRules.validComment(body);
        database.transaction(cfg -> {
            DSLContext tx = cfg.dsl();
            BoardTask stored = TaskConflicts.requireExisting(tx, task);
            requireWrite(tx, stored.subgroupId());
            TaskRepository.addComment(tx, stored.id(), user.name(), text);
            AuditLog.append(tx, user.name(), ENTITY, stored.id(), "COMMENTED", null, Map.of("comment", text));
        });
    }

    /** Sets one column's work-in-progress limit of a board; {@code null} switches it off. */
    public void setWipLimit(int subgroupId, TaskStatus status, Integer limit) {
        requireWrite(subgroupId);
        Integer valid = TaskRules.validLimit(limit);
        database.transaction(cfg -> {
            SubgroupRepository.setWipLimit(cfg.dsl(), subgroupId, status, valid);
            AuditLog.append(cfg.dsl(), user.name(), "subgroup", subgroupId, "WIP_LIMIT", null,
                    Map.of("column", status.name(), "limit", valid == null ? "aus" : valid.toString()));
        });
    }

    public List<TaskComment> comments(int taskId) {
        return new TaskRepository(database.dsl()).comments(taskId);
    }

    public List<TaskHistoryEntry> history(int taskId) {
        return TaskHistory.read(database.dsl(), taskId);
    }

    private interface Change {
        BoardTask apply(DSLContext tx, BoardTask current);
    }

    private BoardTask write(BoardTask seen, String action, Change change) {
        return database.transactionResult(cfg -> {
            DSLContext tx = cfg.dsl();
            BoardTask current = storedForWrite(tx, seen);
            if (!TaskRepository.update(tx, change.apply(tx, current))) {
                throw TaskConflicts.conflict(tx, seen, TaskRepository.find(tx, seen.id()).orElse(current));
            }
            BoardTask stored = TaskRepository.find(tx, current.id()).orElseThrow();
            AuditLog.append(tx, user.name(), ENTITY, stored.id(), action, current, stored);
            return stored;
        });
    }

    /** The stored task, if the person may change its board and it still has the version they saw. */
    private BoardTask storedForWrite(DSLContext tx, BoardTask seen) {
        BoardTask stored = TaskConflicts.requireExisting(tx, seen);
        requireWrite(tx, stored.subgroupId());
        return TaskConflicts.requireUnchanged(tx, seen, stored);
    }

    private void requireWrite(int subgroupId) {
        requireWrite(database.dsl(), subgroupId);
    }

    private void requireWrite(DSLContext dsl, int subgroupId) {
        String name = new SubgroupRepository(dsl).findById(subgroupId).map(Subgroup::name)
                .orElse(String.valueOf(subgroupId));
        TaskRules.requireWrite(user, subgroupId, name);
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }
}
