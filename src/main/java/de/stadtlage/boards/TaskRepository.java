package de.stadtlage.boards;

import static de.stadtlage.persistence.jooq.Tables.SUBGROUP;
import static de.stadtlage.persistence.jooq.Tables.TASK;
import static de.stadtlage.persistence.jooq.Tables.TASK_COMMENT;

import de.stadtlage.persistence.jooq.tables.records.TaskRecord;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
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
        // The database keeps microseconds; truncating here makes the returned task equal to the stored one.
        Instant now = Instant.now().truncatedTo(ChronoUnit.MICROS);
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

    /** All active tasks of all boards (the overview and "Meine Aufgaben" filter them in memory: a few hundred rows). */
    public List<BoardTask> listActive() {
        return dsl.selectFrom(TASK).where(TASK.ARCHIVED.isFalse())
                .orderBy(TASK.SUBGROUP_ID, TASK.STATUS, TASK.POSITION, TASK.ID)
                .fetch(TaskRepository::toTask);
    }

    /**
     * A cheap fingerprint of everything a board shows: it changes whenever any task or comment is written, so an
     * open board can poll it and reload only when another user changed something.
     */
    public String changeSignature() {
        var task = dsl.select(DSL.count(), DSL.max(TASK.UPDATED_AT), DSL.sum(TASK.VERSION)).from(TASK).fetchOne();
        var comments = dsl.select(DSL.count(), DSL.max(TASK_COMMENT.ID)).from(TASK_COMMENT).fetchOne();
        String limits = dsl.select(SUBGROUP.WIP_LIMIT_OPEN, SUBGROUP.WIP_LIMIT_IN_PROGRESS, SUBGROUP.WIP_LIMIT_BLOCKED,
                SUBGROUP.WIP_LIMIT_DONE).from(SUBGROUP).orderBy(SUBGROUP.ID).fetch(r -> r.intoList().toString()).toString();
        return task.value1() + "|" + task.value2() + "|" + task.value3() + "|" + comments.value1() + "|"
                + comments.value2() + "|" + limits;
    }

    public List<TaskComment> comments(int taskId) {
        return dsl.selectFrom(TASK_COMMENT).where(TASK_COMMENT.TASK_ID.eq(taskId))
                .orderBy(TASK_COMMENT.CREATED_AT, TASK_COMMENT.ID)
                .fetch(r -> new TaskComment(r.getId(), r.getTaskId(), r.getAuthor(), r.getBody(), r.getCreatedAt()));
    }

    /** Comment counts per task id (tasks without comments are missing). */
    public Map<Integer, Integer> commentCounts() {
        Map<Integer, Integer> counts = new HashMap<>();
        dsl.select(TASK_COMMENT.TASK_ID, DSL.count()).from(TASK_COMMENT).groupBy(TASK_COMMENT.TASK_ID)
                .forEach(r -> counts.put(r.value1(), r.value2()));
        return counts;
    }

    /** The task as stored right now, read inside the caller's transaction. */
    public static Optional<BoardTask> find(DSLContext tx, int id) {
        return tx.selectFrom(TASK).where(TASK.ID.eq(id)).fetchOptional(TaskRepository::toTask);
    }

    /** The active tasks of one column in their order, read inside the caller's transaction. */
    public static List<BoardTask> column(DSLContext tx, int subgroupId, TaskStatus status) {
        return tx.selectFrom(TASK)
                .where(TASK.SUBGROUP_ID.eq(subgroupId).and(TASK.STATUS.eq(status.name())).and(TASK.ARCHIVED.isFalse()))
                .orderBy(TASK.POSITION, TASK.ID)
                .fetch(TaskRepository::toTask);
    }

    /**
     * Stores all fields of {@code task} if the row still has {@code task.version()}; bumps the version. Returns
     * false when someone else saved in between (optimistic locking), and then changes nothing.
     */
    public static boolean update(DSLContext tx, BoardTask task) {
        int rows = tx.update(TASK)
                .set(TASK.TITLE, task.title())
                .set(TASK.DESCRIPTION, task.description())
                .set(TASK.STATUS, task.status().name())
                .set(TASK.PRIORITY, task.priority().name())
                .set(TASK.OWNER_PERSON_ID, task.ownerPersonId())
                .set(TASK.OWNER_TEXT, task.ownerText())
                .set(TASK.DUE_DATE, task.dueDate())
                .set(TASK.FOCUS_AREA_ID, task.focusAreaId())
                .set(TASK.BLOCKED_REASON, task.blockedReason())
                .set(TASK.POSITION, task.position())
                .set(TASK.ARCHIVED, task.archived())
                .set(TASK.DONE_AT, task.doneAt())
                .set(TASK.UPDATED_AT, Instant.now().truncatedTo(ChronoUnit.MICROS))
                .set(TASK.VERSION, task.version() + 1)
                .where(TASK.ID.eq(task.id()).and(TASK.VERSION.eq(task.version())))
                .execute();
        return rows == 1;
    }

    /**
     * Numbers the given tasks 0, 1, 2 … in list order. Only the position changes: neighbours that merely shift
     * keep their version, so someone editing them is not told of a conflict that is none.
     */
    public static void renumber(DSLContext tx, List<BoardTask> ordered) {
        for (int i = 0; i < ordered.size(); i++) {
            if (ordered.get(i).position() != i) {
                tx.update(TASK).set(TASK.POSITION, i).where(TASK.ID.eq(ordered.get(i).id())).execute();
            }
        }
    }

    /** Deletes the task and (by cascade) its comments; returns false when it was already gone. */
    public static boolean delete(DSLContext tx, int id, int version) {
        return tx.deleteFrom(TASK).where(TASK.ID.eq(id).and(TASK.VERSION.eq(version))).execute() == 1;
    }

    /** Orders tasks as a column shows them. */
    public static final Comparator<BoardTask> COLUMN_ORDER =
            Comparator.comparingInt(BoardTask::position).thenComparing(BoardTask::id);

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
