package de.stadtlage.map;

/**
 * A point label: a landmark, a place or a water name, in projected metres.
 *
 * @param priority 0 = always shown (main station, quarters) … 3 = only when zoomed in closely
 */
public record MapLabel(double x, double y, String text, Kind kind, int priority) {

    public enum Kind { PLACE, LANDMARK, PARK, WATER }
}
