package de.stadtlage.situation;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * Which incidents a map, table or command looks at: a date range (both days inclusive), categories and sources.
 * Empty category or source sets mean "all".
 */
public record IncidentFilter(LocalDate from, LocalDate to, Set<IncidentCategory> categories,
                             Set<IncidentSource> sources) {

    public IncidentFilter {
        if (from.isAfter(to)) {
            throw new IllegalArgumentException("Der Beginn (" + from + ") liegt nach dem Ende (" + to + ").");
        }
        categories = categories.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(categories));
        sources = sources.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(sources));
    }

    /** The ISO week (Monday to Sunday) that contains {@code day}, all categories and sources. */
    public static IncidentFilter weekOf(LocalDate day) {
        LocalDate monday = day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        return new IncidentFilter(monday, monday.plusDays(6), Set.of(), Set.of());
    }

    public IncidentFilter withDates(LocalDate newFrom, LocalDate newTo) {
        return new IncidentFilter(newFrom, newTo, categories, sources);
    }

    /** The window of the same length right before this one: the comparison period. */
    public IncidentFilter previousPeriod() {
        long days = to.toEpochDay() - from.toEpochDay() + 1;
        return withDates(from.minusDays(days), to.minusDays(days));
    }

    public boolean matches(Incident incident) {
        LocalDate day = incident.occurredAt().toLocalDate();
        return !day.isBefore(from) && !day.isAfter(to)
                && (categories.isEmpty() || categories.contains(incident.category()))
                && (sources.isEmpty() || sources.contains(incident.source()));
    }

    public List<Incident> apply(List<Incident> incidents) {
        return incidents.stream().filter(this::matches).toList();
    }
}
