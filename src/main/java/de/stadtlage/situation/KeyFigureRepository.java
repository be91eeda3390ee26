package de.stadtlage.situation;

import static de.stadtlage.persistence.jooq.Tables.KEY_FIGURE;

import java.util.List;
import org.jooq.DSLContext;

/** Key figures (Kennzahlen). */
public final class KeyFigureRepository {

    private final DSLContext dsl;

    public KeyFigureRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    public List<KeyFigure> list() {
        return dsl.selectFrom(KEY_FIGURE).orderBy(KEY_FIGURE.METRIC, KEY_FIGURE.PERIOD_START)
                .fetch(r -> new KeyFigure(r.getId(), r.getMetric(), r.getSource(), r.getPeriodStart(),
                        r.getPeriodEnd(), r.getFigureValue(), r.getNote()));
    }

    public static void insert(DSLContext tx, KeyFigure figure, boolean sample) {
        tx.insertInto(KEY_FIGURE)
                .set(KEY_FIGURE.METRIC, figure.metric())
                .set(KEY_FIGURE.SOURCE, figure.source())
                .set(KEY_FIGURE.PERIOD_START, figure.periodStart())
                .set(KEY_FIGURE.PERIOD_END, figure.periodEnd())
                .set(KEY_FIGURE.FIGURE_VALUE, figure.value())
                .set(KEY_FIGURE.NOTE, figure.note())
                .set(KEY_FIGURE.SAMPLE, sample)
                .execute();
    }

    /** The figure for exactly this metric, source and period, if there is one. */
    public java.util.Optional<KeyFigure> find(String metric, String source, java.time.LocalDate start, java.time.LocalDate end) {
        return dsl.selectFrom(KEY_FIGURE).where(KEY_FIGURE.METRIC.eq(metric).and(KEY_FIGURE.SOURCE.eq(source))
                        .and(KEY_FIGURE.PERIOD_START.eq(start)).and(KEY_FIGURE.PERIOD_END.eq(end)))
                .fetchOptional(r -> new KeyFigure(r.getId(), r.getMetric(), r.getSource(), r.getPeriodStart(),
                        r.getPeriodEnd(), r.getFigureValue(), r.getNote()));
    }

    /** Changes value and note of an existing figure inside the caller's transaction. */
    public static void updateValue(DSLContext tx, int id, java.math.BigDecimal value, String note) {
        tx.update(KEY_FIGURE).set(KEY_FIGURE.FIGURE_VALUE, value).set(KEY_FIGURE.NOTE, note)
                .where(KEY_FIGURE.ID.eq(id)).execute();
    }

    public static void delete(DSLContext tx, int id) {
        tx.deleteFrom(KEY_FIGURE).where(KEY_FIGURE.ID.eq(id)).execute();
    }
}
