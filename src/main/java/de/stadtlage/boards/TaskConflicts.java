package de.stadtlage.boards;

import de.stadtlage.access.AuditEntry;
import de.stadtlage.access.AuditLog;
import de.stadtlage.access.PersonRepository;
import de.stadtlage.common.Messages;
import de.stadtlage.situation.AreaRepository;
import java.util.List;
import java.util.stream.Collectors;
import org.jooq.DSLContext;

/**
 * Optimistic locking for tasks: a write starts from the version the person saw. When the stored version differs,
 * the write is refused with a message that names who changed what, instead of silently overwriting it.
 */
final class TaskConflicts {

    private TaskConflicts() {
    }

    /** The stored task, if it still has the version the person saw; otherwise a {@link TaskConflictException}. */
    static BoardTask requireUnchanged(DSLContext tx, BoardTask seen) {
        return requireUnchanged(tx, seen, requireExisting(tx, seen));
    }

    /** {@code current}, the stored task, if it has the version the person saw. */
    static BoardTask requireUnchanged(DSLContext tx, BoardTask seen, BoardTask current) {
        if (current.version() != seen.version()) {
            throw conflict(tx, seen, current);
        }
        return current;
    }

    /** The stored task whatever its version; a {@link TaskConflictException} when it was deleted. */
    static BoardTask requireExisting(DSLContext tx, BoardTask seen) {
        return TaskRepository.find(tx, seen.id()).orElseThrow(() -> new TaskConflictException(
                Messages.get("boards.conflict.deleted", seen.title(), lastActor(tx, seen.id())), null));
    }

    static TaskConflictException conflict(DSLContext tx, BoardTask seen, BoardTask current) {
        List<String> changes = TaskChanges.describe(seen, current, names(tx));
        String what = changes.isEmpty() ? Messages.get("boards.conflict.unknownChange")
                : changes.stream().collect(Collectors.joining("; "));
        return new TaskConflictException(Messages.get("boards.conflict.changed", lastActor(tx, seen.id()),
                seen.title(), what), current);
    }

    static TaskNames names(DSLContext dsl) {
        var people = new PersonRepository(dsl).listActive().stream()
                .collect(Collectors.toMap(p -> p.id(), p -> p.displayName(), (a, b) -> a));
        var areas = new AreaRepository(dsl).list().stream()
                .collect(Collectors.toMap(a -> a.id(), a -> a.name(), (a, b) -> a));
        return new TaskNames(people, areas);
    }

    private static String lastActor(DSLContext tx, int taskId) {
        List<AuditEntry> entries = AuditLog.entriesFor(tx, "task", taskId);
        return entries.isEmpty() ? Messages.get("boards.conflict.someone") : entries.get(entries.size() - 1).actor();
    }
}
