package de.stadtlage.meeting;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.IsoFields;
import java.util.Objects;

/** An ISO-8601 calendar week as the Sonderstab writes it: "KW 36/2023". */
public record IsoWeek(int year, int week) {

    public IsoWeek {
        if (week < 1 || week > 53) {
            throw new IllegalArgumentException("Kalenderwoche muss zwischen 1 und 53 liegen: " + week);
        }
    }

    /** The ISO week that contains the date; around new year its year may differ from the date's year. */
    public static IsoWeek of(LocalDate date) {
        Objects.requireNonNull(date, "date");
        return new IsoWeek(date.get(IsoFields.WEEK_BASED_YEAR), date.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
    }

    /**
     * The week a meeting's Lage reports on: the complete ISO week before the meeting's week, so the minutes,
     * the slides and the map of one meeting always describe exactly one calendar week, Monday to Sunday.
     */
    public static IsoWeek reportedAt(LocalDate meetingDate) {
        return of(meetingDate.minusWeeks(1));
    }

    /** The Monday of this week. */
    public LocalDate firstDay() {
        // 4 January is always in week 1 of its week-based year
        return LocalDate.of(year, 1, 4).with(IsoFields.WEEK_OF_WEEK_BASED_YEAR, week).with(DayOfWeek.MONDAY);
    }

    /** The Monday after this week (the end of the week as an exclusive bound). */
    public LocalDate endExclusive() {
        return firstDay().plusWeeks(1);
    }

    /** The German label, e.g. "KW 53/2026". */
    public String label() {
        return "KW " + week + "/" + year;
    }

    /** Shorthand for {@code IsoWeek.of(date).label()}. */
    public static String label(LocalDate date) {
        return of(date).label();
    }

    @Override
    public String toString() {
        return label();
    }
}
