package de.stadtlage.access;

import static de.stadtlage.persistence.jooq.Tables.AUDIT_LOG;

import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;

/** Reads the audit log for the admin's log window; writing stays with {@link AuditLog#append}. */
public final class AuditLogRepository {

    private final DSLContext dsl;

    public AuditLogRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    /** The entries matching {@code filter}, newest first; at most {@code limit}, plus whether there are more. */
    public AuditLogPage search(AuditLogFilter filter, ZoneId zone, int limit) {
        List<AuditEntry> found = dsl.selectFrom(AUDIT_LOG)
                .where(conditions(filter, zone))
                .orderBy(AUDIT_LOG.OCCURRED_AT.desc(), AUDIT_LOG.ID.desc())
                .limit(limit + 1)
                .fetch(AuditLog::toEntry);
        boolean more = found.size() > limit;
        return new AuditLogPage(more ? found.subList(0, limit) : found, more);
    }

    /** Everybody who appears in the log, by name. */
    public List<String> actors() {
        return dsl.selectDistinct(AUDIT_LOG.ACTOR).from(AUDIT_LOG).orderBy(AUDIT_LOG.ACTOR).fetch(AUDIT_LOG.ACTOR);
    }

    /** The kinds of things the log has entries about ({@code task}, {@code person}, …). */
    public List<String> entities() {
        return dsl.selectDistinct(AUDIT_LOG.ENTITY).from(AUDIT_LOG).orderBy(AUDIT_LOG.ENTITY).fetch(AUDIT_LOG.ENTITY);
    }

    private static List<Condition> conditions(AuditLogFilter filter, ZoneId zone) {
        List<Condition> where = new ArrayList<>();
        if (filter.from() != null) {
            where.add(AUDIT_LOG.OCCURRED_AT.ge(filter.from().atStartOfDay(zone).toInstant()));
        }
        if (filter.to() != null) {
            // "to" is inclusive: everything before the next day began.
            where.add(AUDIT_LOG.OCCURRED_AT.lt(filter.to().plusDays(1).atStartOfDay(zone).toInstant()));
        }
        if (filter.actor() != null && !filter.actor().isBlank()) {
            where.add(AUDIT_LOG.ACTOR.eq(filter.actor()));
        }
        if (!filter.entities().isEmpty()) {
            where.add(AUDIT_LOG.ENTITY.in(filter.entities()));
        }
        if (filter.text() != null && !filter.text().isBlank()) {
            String text = filter.text().strip();
            where.add(DSL.or(AUDIT_LOG.ENTITY_ID.containsIgnoreCase(text), AUDIT_LOG.ACTION.containsIgnoreCase(text),
                    AUDIT_LOG.BEFORE_JSON.containsIgnoreCase(text), AUDIT_LOG.AFTER_JSON.containsIgnoreCase(text)));
        }
        return where;
    }
}
