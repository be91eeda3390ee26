package de.stadtlage.situation;

import java.math.BigDecimal;
import java.time.LocalDate;

/** One reported figure: a metric from a source over a period ("Platzverweise, KOD, 17.–30.08.2023: 782"). */
public record KeyFigure(Integer id, String metric, String source, LocalDate periodStart, LocalDate periodEnd,
                        BigDecimal value, String note) {
}
