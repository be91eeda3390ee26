package de.stadtlage.situation;

import de.stadtlage.common.Formats;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;

/**
 * The latest figure of one metric and source, with the figure of the period before and of the same period a year
 * earlier, and all figures of the same period length for charts.
 */
public record KeyFigureTrend(String metric, String source, KeyFigure current, Optional<KeyFigure> previous,
                             Optional<KeyFigure> yearAgo, List<KeyFigure> history) {

    /** "+17,0 %" against the same period a year earlier, or "–" without one. */
    public String changeVsYearAgo() {
        return yearAgo.map(y -> Formats.percentChange(y.value().doubleValue(), current.value().doubleValue())).orElse("–");
    }

    /** Against the period right before, or "–". */
    public String changeVsPrevious() {
        return previous.map(p -> Formats.percentChange(p.value().doubleValue(), current.value().doubleValue())).orElse("–");
    }

    /** The sign of a change: 1 up, -1 down, 0 none or unknown; for colouring. */
    public static int direction(Optional<KeyFigure> base, KeyFigure current) {
        return base.map(b -> Integer.signum(current.value().compareTo(b.value()))).orElse(0);
    }

    /** "KW 36/2023" for a Monday–Sunday week, otherwise "01.01.–31.07.2023". */
    public static String periodLabel(KeyFigure figure) {
        return periodLabel(figure.periodStart(), figure.periodEnd());
    }

    public static String periodLabel(LocalDate start, LocalDate end) {
        if (isIsoWeek(start, end)) {
            return Formats.isoWeek(start);
        }
        if (start.equals(end)) {
            return Formats.date(start);
        }
        String from = start.getYear() == end.getYear()
                ? String.format("%02d.%02d.", start.getDayOfMonth(), start.getMonthValue()) : Formats.date(start);
        return from + "–" + Formats.date(end);
    }

    static boolean isIsoWeek(LocalDate start, LocalDate end) {
        return start.getDayOfWeek() == java.time.DayOfWeek.MONDAY && ChronoUnit.DAYS.between(start, end) == 6;
    }
}
