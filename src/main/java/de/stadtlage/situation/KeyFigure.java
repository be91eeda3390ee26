package de.stadtlage.situation;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * One reported figure: a metric from a source over a period ("Platzverweise, KOD, 17.–30.08.2023: 782").
 * {@code version} is the stored state a person saw, so a save does not overwrite a figure changed meanwhile.
 */
public record KeyFigure(Integer id, String metric, String source, LocalDate periodStart, LocalDate periodEnd,
                        BigDecimal value, String note, int version) {

    /** A figure not stored yet, or one whose version does not matter (imports, sample data). */
    public KeyFigure(Integer id, String metric, String source, LocalDate periodStart, LocalDate periodEnd,
                     BigDecimal value, String note) {
        this(id, metric, source, periodStart, periodEnd, value, note, 0);
    }
}
