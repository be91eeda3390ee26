package de.stadtlage.boards;

import static de.stadtlage.persistence.jooq.Tables.SUBGROUP;

import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jooq.DSLContext;
import org.jooq.Field;

/** The subgroups, in their order, and the column limits of their boards. */
public final class SubgroupRepository {

    private final DSLContext dsl;

    public SubgroupRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    public List<Subgroup> list() {
        return dsl.selectFrom(SUBGROUP).orderBy(SUBGROUP.SORT_ORDER)
                .fetch(r -> new Subgroup(r.getId(), r.getCode(), r.getName(), r.getDescription(), r.getColor(),
                        r.getSortOrder()));
    }

    public Optional<Subgroup> findByCode(String code) {
        return list().stream().filter(s -> s.code().equalsIgnoreCase(code)).findFirst();
    }

    public Optional<Subgroup> findById(int id) {
        return list().stream().filter(s -> s.id() == id).findFirst();
    }

    /** The work-in-progress limits of every board, by subgroup id. */
    public Map<Integer, WipLimits> wipLimits() {
        Map<Integer, WipLimits> result = new HashMap<>();
        dsl.selectFrom(SUBGROUP).forEach(r -> {
            Map<TaskStatus, Integer> limits = new EnumMap<>(TaskStatus.class);
            for (TaskStatus status : TaskStatus.values()) {
                Integer limit = r.get(limitField(status));
                if (limit != null) {
                    limits.put(status, limit);
                }
            }
            result.put(r.getId(), new WipLimits(limits));
        });
        return result;
    }

    /** Sets (or with {@code null} removes) one column's limit, inside the caller's transaction. */
    public static void setWipLimit(DSLContext tx, int subgroupId, TaskStatus status, Integer limit) {
        tx.update(SUBGROUP).set(limitField(status), limit).where(SUBGROUP.ID.eq(subgroupId)).execute();
    }

    private static Field<Integer> limitField(TaskStatus status) {
        return switch (status) {
            case OFFEN -> SUBGROUP.WIP_LIMIT_OPEN;
            case IN_ARBEIT -> SUBGROUP.WIP_LIMIT_IN_PROGRESS;
            case BLOCKIERT -> SUBGROUP.WIP_LIMIT_BLOCKED;
            case ERLEDIGT -> SUBGROUP.WIP_LIMIT_DONE;
        };
    }
}
