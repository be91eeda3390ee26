package de.stadtlage.actions;

import static de.stadtlage.persistence.jooq.Tables.ACTION_ITEM;

import de.stadtlage.persistence.jooq.tables.records.ActionItemRecord;
import java.util.List;
import org.jooq.DSLContext;

/** Action items across all meetings. */
public final class ActionItemRepository {

    private final DSLContext dsl;

    public ActionItemRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    /** All items, by due date (items without one last). */
    public List<ActionItem> list() {
        return dsl.selectFrom(ACTION_ITEM).orderBy(ACTION_ITEM.DUE_DATE.asc().nullsLast(), ACTION_ITEM.ID)
                .fetch(ActionItemRepository::toItem);
    }

    public List<ActionItem> listOpen() {
        return list().stream().filter(a -> a.status() == ActionStatus.OFFEN).toList();
    }

    public static ActionItem insert(DSLContext tx, ActionItem item) {
        ActionItemRecord record = tx.newRecord(ACTION_ITEM);
        record.setOriginMeetingId(item.originMeetingId());
        record.setDecisionId(item.decisionId());
        record.setSubgroupId(item.subgroupId());
        record.setTitle(item.title());
        record.setOwner(item.owner());
        record.setDueDate(item.dueDate());
        record.setStatus(item.status().name());
        record.setStatusReason(item.statusReason());
        record.setClosedAt(item.closedAt());
        java.time.Instant now = java.time.Instant.now();
        record.setCreatedAt(now);
        record.setUpdatedAt(now);
        record.setVersion(0);
        record.store();
        return toItem(record);
    }

    static ActionItem toItem(ActionItemRecord r) {
        return new ActionItem(r.getId(), r.getOriginMeetingId(), r.getDecisionId(), r.getSubgroupId(), r.getTitle(),
                r.getOwner(), r.getDueDate(), ActionStatus.valueOf(r.getStatus()), r.getStatusReason(),
                r.getClosedAt(), r.getVersion());
    }
}
