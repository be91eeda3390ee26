package de.stadtlage.situation;

import de.stadtlage.common.Formats;
import de.stadtlage.importing.MapArea;
import java.time.LocalDate;
import java.util.Locale;

/**
 * What an incident must satisfy to be stored, whether imported or typed in: a day between 1900 and today (an
 * incident dated in the future would move every default time window, which follows the newest incident), a
 * position on the map and a count of at least one. Each check returns {@code null} or a German sentence.
 */
public final class IncidentRules {

    /** The earliest day an incident may have; the export covers the same range. */
    public static final LocalDate EARLIEST_DAY = LocalDate.of(1900, 1, 1);
    /** The latest day an incident may have, whatever the clock says. */
    public static final LocalDate LATEST_DAY = LocalDate.of(2200, 12, 31);

    private IncidentRules() {
    }

    /** Whether the day may be stored; {@code today} is the app clock's day, the last day allowed. */
    public static String dayProblem(LocalDate day, LocalDate today) {
        if (day.isBefore(EARLIEST_DAY)) {
            return "Datum " + Formats.date(day) + " liegt vor dem " + Formats.date(EARLIEST_DAY)
                    + ". Bitte prüfen Sie das Jahr.";
        }
        if (day.isAfter(LATEST_DAY)) {
            return "Datum " + Formats.date(day) + " liegt nach dem " + Formats.date(LATEST_DAY)
                    + ". Bitte prüfen Sie das Jahr.";
        }
        if (day.isAfter(today)) {
            return "Datum liegt in der Zukunft: " + Formats.date(day) + " ist nach heute (" + Formats.date(today)
                    + "). Bitte prüfen Sie das Datum.";
        }
        return null;
    }

    /** Whether the position is a real coordinate inside the map area. */
    public static String positionProblem(double latitude, double longitude) {
        if (!Double.isFinite(latitude) || !Double.isFinite(longitude)) {
            return "Die Position ist keine gültige Koordinate (Breite " + latitude + ", Länge " + longitude
                    + "). Bitte wählen Sie einen Ort auf der Karte.";
        }
        if (!MapArea.contains(latitude, longitude)) {
            return "Die Position " + String.format(Locale.GERMANY, "%.5f N, %.5f O", latitude, longitude)
                    + " liegt außerhalb des Kartengebiets (" + MapArea.DESCRIPTION + "). Bitte wählen Sie einen Ort auf"
                    + " der Karte.";
        }
        return null;
    }

    /** Whether the count is at least one (never silently raised to one). */
    public static String countProblem(int count) {
        return count < 1 ? "Die Anzahl muss mindestens 1 sein, ist aber " + count + "." : null;
    }
}
