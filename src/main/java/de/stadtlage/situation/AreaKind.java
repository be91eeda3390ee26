package de.stadtlage.situation;

/** Districts come from the map package, focus areas are the ones the police named. */
public enum AreaKind {
    DISTRICT, FOCUS
}
