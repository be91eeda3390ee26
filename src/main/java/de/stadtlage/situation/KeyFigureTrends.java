package de.stadtlage.situation;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.time.temporal.IsoFields;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Turns figures into trends: per metric and source the latest period, the period right before it (same length,
 * ending the day before) and the same period a year earlier (the same ISO week for weeks, otherwise the same
 * dates, a day's tolerance for leap years).
 */
public final class KeyFigureTrends {

    private KeyFigureTrends() {
    }

    /** Trends in the metrics' order; metrics without figures are left out. */
    public static List<KeyFigureTrend> of(List<KeyFigure> figures, List<Metric> metrics) {
        Map<String, List<KeyFigure>> bySeries = new LinkedHashMap<>();
        for (KeyFigure figure : figures) {
            bySeries.computeIfAbsent(figure.metric() + "\u0000" + figure.source(), k -> new ArrayList<>()).add(figure);
        }
        List<KeyFigureTrend> trends = new ArrayList<>();
        for (List<KeyFigure> series : bySeries.values()) {
            trends.add(trend(series));
        }
        List<String> order = metrics.stream().map(Metric::name).toList();
        trends.sort(Comparator.comparingInt((KeyFigureTrend t) -> order.contains(t.metric()) ? order.indexOf(t.metric())
                : Integer.MAX_VALUE).thenComparing(KeyFigureTrend::metric).thenComparing(KeyFigureTrend::source));
        return trends;
    }

    static KeyFigureTrend trend(List<KeyFigure> series) {
        KeyFigure current = series.stream().max(Comparator.comparing(KeyFigure::periodEnd)
                .thenComparing(KeyFigure::periodStart)).orElseThrow();
        long length = ChronoUnit.DAYS.between(current.periodStart(), current.periodEnd());
        Optional<KeyFigure> previous = series.stream()
                .filter(f -> f.periodEnd().equals(current.periodStart().minusDays(1))
                        && ChronoUnit.DAYS.between(f.periodStart(), f.periodEnd()) == length)
                .findFirst();
        Optional<KeyFigure> yearAgo = series.stream().filter(f -> isYearBefore(f, current)).findFirst();
        List<KeyFigure> history = series.stream()
                .filter(f -> ChronoUnit.DAYS.between(f.periodStart(), f.periodEnd()) == length)
                .sorted(Comparator.comparing(KeyFigure::periodStart)).toList();
        return new KeyFigureTrend(current.metric(), current.source(), current, previous, yearAgo, history);
    }

    static boolean isYearBefore(KeyFigure candidate, KeyFigure current) {
        LocalDate start = current.periodStart();
        if (KeyFigureTrend.isIsoWeek(start, current.periodEnd())) {
            LocalDate s = candidate.periodStart();
            return KeyFigureTrend.isIsoWeek(s, candidate.periodEnd())
                    && s.get(IsoFields.WEEK_BASED_YEAR) == start.get(IsoFields.WEEK_BASED_YEAR) - 1
                    && s.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR) == start.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR);
        }
        return Math.abs(ChronoUnit.DAYS.between(candidate.periodStart(), start.minusYears(1))) <= 1
                && Math.abs(ChronoUnit.DAYS.between(candidate.periodEnd(), current.periodEnd().minusYears(1))) <= 1;
    }
}
