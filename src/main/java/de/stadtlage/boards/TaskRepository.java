package de.stadtlage.boards;

import static de.stadtlage.persistence.jooq.Tables.TASK;
import static de.stadtlage.persistence.jooq.Tables.TASK_COMMENT;

import de.stadtlage.persistence.jooq.tables.records.TaskRecord;
import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;

/** Tasks of the subgroup boards and their comments. */
public final class TaskRepository {

    private final DSLContext dsl;

    public TaskRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    /** The board of one subgroup (archived tasks left out), column by column in their order. */
    public List<BoardTask> listBoard(int subgroupId) {
        return dsl.selectFrom(TASK)
                .where(TASK.SUBGROUP_ID.eq(subgroupId).and(TASK.ARCHIVED.isFalse()))
                .orderBy(TASK.STATUS, TASK.POSITION, TASK.ID)
                .fetch(TaskRepository::toTask);
    }

    public Optional<BoardTask> findById(int id) {
        return dsl.selectFrom(TASK).where(TASK.ID.eq(id)).fetchOptional(TaskRepository::toTask);
    }

    /** How many active tasks the board has per column. */
    public Map<TaskStatus, Integer> countByStatus(int subgroupId) {
        Map<TaskStatus, Integer> counts = new EnumMap<>(TaskStatus.class);
        for (TaskStatus status : TaskStatus.values()) {
            counts.put(status, 0);
        }
        dsl.select(TASK.STATUS, DSL.count()).from(TASK)
                .where(TASK.SUBGROUP_ID.eq(subgroupId).and(TASK.ARCHIVED.isFalse()))
                .groupBy(TASK.STATUS)
                .forEach(r -> counts.put(TaskStatus.valueOf(r.value1()), r.value2()));
        return counts;
    }

    /** Inserts at the end of its column, inside the caller's transaction; returns the stored task. */
    public static BoardTask insert(DSLContext tx, BoardTask task) {
        Integer last = tx.select(DSL.max(TASK.POSITION)).from(TASK)
                .where(TASK.SUBGROUP_ID.eq(task.subgroupId()).and(TASK.STATUS.eq(task.status().name())))
                .fetchOne().value1();
        TaskRecord record = tx.newRecord(TASK);
        record.setSubgroupId(task.subgroupId());
        record.setTitle(task.title());
        record.setDescription(task.description());
        record.setStatus(task.status().name());
        record.setPriority(task.priority().name());
        record.setOwnerPersonId(task.ownerPersonId());
        record.setOwnerText(task.ownerText());
        record.setDueDate(task.dueDate());
        record.setFocusAreaId(task.focusAreaId());
        record.setBlockedReason(task.blockedReason());
        record.setPosition(last == null ? 0 : last + 1);
        record.setArchived(false);
        record.setVersion(0);
        Instant now = Instant.now();
        record.setCreatedAt(task.createdAt() == null ? now : task.createdAt());
        record.setUpdatedAt(now);
        record.setDoneAt(task.status() == TaskStatus.ERLEDIGT ? (task.doneAt() == null ? now : task.doneAt()) : null);
        record.store();
        return toTask(record);
    }

    public static void addComment(DSLContext tx, int taskId, String author, String body) {
        tx.insertInto(TASK_COMMENT)
                .set(TASK_COMMENT.TASK_ID, taskId)
                .set(TASK_COMMENT.AUTHOR, author)
                .set(TASK_COMMENT.BODY, body)
                .execute();
    }

    public int commentCount(int taskId) {
        return dsl.fetchCount(TASK_COMMENT, TASK_COMMENT.TASK_ID.eq(taskId));
    }

    static BoardTask toTask(TaskRecord r) {
        return new BoardTask(r.getId(), r.getSubgroupId(), r.getTitle(), r.getDescription(),
                TaskStatus.valueOf(r.getStatus()), TaskPriority.valueOf(r.getPriority()), r.getOwnerPersonId(),
                r.getOwnerText(), r.getDueDate(), r.getFocusAreaId(), r.getBlockedReason(), r.getPosition(),
                r.getArchived(), r.getDoneAt(), r.getCreatedAt(), r.getUpdatedAt(), r.getVersion());
    }
}
