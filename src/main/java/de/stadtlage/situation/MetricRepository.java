package de.stadtlage.situation;

import static de.stadtlage.persistence.jooq.Tables.METRIC;

import java.util.List;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;

/** The metrics key figures can be reported for. */
public final class MetricRepository {

    private final DSLContext dsl;

    public MetricRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    public List<Metric> list() {
        return dsl.selectFrom(METRIC).orderBy(METRIC.SORT_ORDER, METRIC.NAME)
                .fetch(r -> new Metric(r.getId(), r.getName(), r.getUnit(), r.getSortOrder(), r.getBuiltin()));
    }

    public boolean exists(String name) {
        return dsl.fetchExists(METRIC, DSL.lower(METRIC.NAME).eq(name.toLowerCase(java.util.Locale.GERMAN)));
    }

    /** Adds a metric after the existing ones, inside the caller's transaction. */
    public static Metric insert(DSLContext tx, String name, String unit) {
        int next = tx.select(DSL.coalesce(DSL.max(METRIC.SORT_ORDER), 0)).from(METRIC).fetchOne().value1() + 10;
        int id = tx.insertInto(METRIC).set(METRIC.NAME, name).set(METRIC.UNIT, unit).set(METRIC.SORT_ORDER, next)
                .set(METRIC.BUILTIN, false).returning(METRIC.ID).fetchOne().getId();
        return new Metric(id, name, unit, next, false);
    }
}
