package de.stadtlage.situation;

import static de.stadtlage.persistence.jooq.Tables.KEY_FIGURE;

import de.stadtlage.persistence.jooq.tables.records.KeyFigureRecord;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.jooq.DSLContext;

/** Key figures (Kennzahlen). */
public final class KeyFigureRepository {

    private final DSLContext dsl;

    public KeyFigureRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    public List<KeyFigure> list() {
        return dsl.selectFrom(KEY_FIGURE).orderBy(KEY_FIGURE.METRIC, KEY_FIGURE.PERIOD_START)
                .fetch(KeyFigureRepository::toFigure);
    }

    /** Inserts a figure inside the caller's transaction; returns its id. */
    public static int insert(DSLContext tx, KeyFigure figure, boolean sample) {
        return tx.insertInto(KEY_FIGURE)
                .set(KEY_FIGURE.METRIC, figure.metric())
                .set(KEY_FIGURE.SOURCE, figure.source())
                .set(KEY_FIGURE.PERIOD_START, figure.periodStart())
                .set(KEY_FIGURE.PERIOD_END, figure.periodEnd())
                .set(KEY_FIGURE.FIGURE_VALUE, figure.value())
                .set(KEY_FIGURE.NOTE, figure.note())
                .set(KEY_FIGURE.SAMPLE, sample)
                .set(KEY_FIGURE.VERSION, 0)
                .returning(KEY_FIGURE.ID).fetchOne().getId();
    }

    /** The figure for exactly this metric, source and period, if there is one. */
    public Optional<KeyFigure> find(String metric, String source, LocalDate start, LocalDate end) {
        return find(dsl, metric, source, start, end);
    }

    /** The figure for exactly this metric, source and period, read with {@code dsl} (a transaction, say). */
    static Optional<KeyFigure> find(DSLContext dsl, String metric, String source, LocalDate start, LocalDate end) {
        return dsl.selectFrom(KEY_FIGURE).where(KEY_FIGURE.METRIC.eq(metric).and(KEY_FIGURE.SOURCE.eq(source))
                        .and(KEY_FIGURE.PERIOD_START.eq(start)).and(KEY_FIGURE.PERIOD_END.eq(end)))
                .fetchOptional(KeyFigureRepository::toFigure);
    }

    /** The figure as stored now, read inside the caller's transaction. */
    static Optional<KeyFigure> find(DSLContext tx, int id) {
        return tx.selectFrom(KEY_FIGURE).where(KEY_FIGURE.ID.eq(id)).fetchOptional(KeyFigureRepository::toFigure);
    }

    /**
     * Changes value and note of a figure that still has {@code version} (and raises it), inside the caller's
     * transaction; returns false, changing nothing, when the figure changed or went meanwhile.
     */
    public static boolean updateValue(DSLContext tx, int id, int version, BigDecimal value, String note) {
        return tx.update(KEY_FIGURE).set(KEY_FIGURE.FIGURE_VALUE, value).set(KEY_FIGURE.NOTE, note)
                .set(KEY_FIGURE.VERSION, version + 1)
                .where(KEY_FIGURE.ID.eq(id).and(KEY_FIGURE.VERSION.eq(version))).execute() == 1;
    }

    /** Deletes the figure if it still has {@code version}; returns false otherwise. */
    public static boolean delete(DSLContext tx, int id, int version) {
        return tx.deleteFrom(KEY_FIGURE).where(KEY_FIGURE.ID.eq(id).and(KEY_FIGURE.VERSION.eq(version)))
                .execute() == 1;
    }

    private static KeyFigure toFigure(KeyFigureRecord r) {
        return new KeyFigure(r.getId(), r.getMetric(), r.getSource(), r.getPeriodStart(), r.getPeriodEnd(),
                r.getFigureValue(), r.getNote(), r.getVersion());
    }
}
