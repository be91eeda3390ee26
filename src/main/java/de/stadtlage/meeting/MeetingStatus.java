package de.stadtlage.meeting;

/** A meeting is planned, running, or closed (and then frozen). */
public enum MeetingStatus {
    GEPLANT, LAUFEND, ABGESCHLOSSEN
}
