package de.stadtlage.access;

/** The kinds of writes the services guard; {@link Permissions} says which role may do which. */
public enum WriteKind {
    /** Tasks of a subgroup's board (needs the subgroup). */
    BOARD_TASKS("Aufgaben dieser Untergruppe"),
    ACTION_ITEMS("Maßnahmen"),
    MEETINGS("Sitzungen"),
    INCIDENTS("Vorfälle"),
    KEY_FIGURES("Kennzahlen"),
    PEOPLE("Personen und Passwörter");

    private final String german;

    WriteKind(String german) {
        this.german = german;
    }

    public String german() {
        return german;
    }
}
