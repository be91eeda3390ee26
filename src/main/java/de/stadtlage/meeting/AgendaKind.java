package de.stadtlage.meeting;

/** The standard agenda items of every meeting, plus items added for one meeting ({@code SONSTIGES}). */
public enum AgendaKind {
    LAGE, UNTERGRUPPE, MASSNAHMEN, VERSCHIEDENES, SONSTIGES
}
