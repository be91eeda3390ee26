package de.stadtlage.sample;

/** What loading the sample data added. */
public record SampleSummary(int people, int incidents, int tasks, int meetings, int decisions, int actionItems,
                            int keyFigures) {

    /** German lines for the command line and the status bar. */
    public String describe() {
        return String.join(System.lineSeparator(),
                "Beispieldaten geladen (synthetisch, als Beispiel gekennzeichnet):",
                "  Personen: " + people,
                "  Vorfälle: " + incidents + " (03.07.2023 bis 27.08.2023)",
                "  Aufgaben: " + tasks,
                "  Sitzungen: " + meetings,
                "  Beschlüsse: " + decisions,
                "  Maßnahmen: " + actionItems,
                "  Kennzahlen: " + keyFigures);
    }
}
