package de.stadtlage.situation;

import de.stadtlage.common.Messages;
import java.time.LocalDate;
import java.util.Locale;

/** The time windows offered on the Lage page, counted from the week of the newest incident. */
public enum TimeWindow {
    THIS_WEEK, LAST_WEEK, LAST_4_WEEKS, CUSTOM;

    /** The window for the week containing {@code anchor}; CUSTOM keeps the given dates. */
    public IncidentFilter apply(IncidentFilter current, LocalDate anchor) {
        IncidentFilter week = IncidentFilter.weekOf(anchor);
        return switch (this) {
            case THIS_WEEK -> current.withDates(week.from(), week.to());
            case LAST_WEEK -> current.withDates(week.from().minusWeeks(1), week.to().minusWeeks(1));
            case LAST_4_WEEKS -> current.withDates(week.from().minusWeeks(3), week.to());
            case CUSTOM -> current;
        };
    }

    public String label() {
        return Messages.get("lage.window." + name().toLowerCase(Locale.ROOT));
    }
}
