package de.stadtlage.sample;

import de.stadtlage.common.Formats;
import java.time.LocalDate;

/** What loading the sample data added. */
public record SampleSummary(int people, int incidents, int tasks, int meetings, int decisions, int actionItems,
                            int keyFigures, LocalDate firstIncident, LocalDate lastIncident) {

    /** German lines for the command line and the status bar. */
    public String describe() {
        return String.join(System.lineSeparator(),
                "Beispieldaten geladen (synthetisch, als Beispiel gekennzeichnet):",
                "  Personen: " + people,
                "  Vorfälle: " + incidents + " (" + Formats.date(firstIncident) + " bis " + Formats.date(lastIncident) + ")",
                "  Aufgaben: " + tasks,
                "  Sitzungen: " + meetings,
                "  Beschlüsse: " + decisions,
                "  Maßnahmen: " + actionItems,
                "  Kennzahlen: " + keyFigures);
    }
}
