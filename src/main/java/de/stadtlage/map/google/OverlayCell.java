package de.stadtlage.map.google;

/**
 * One coloured box of the hotspot layer on Google Maps, in degrees.
 *
 * @param color   CSS colour {@code #rrggbb}
 * @param opacity fill opacity 0..1
 * @param level   strength with its sign: positive for density, hot spots and rises, negative for cold spots and
 *                falls; a larger magnitude is drawn on top
 */
public record OverlayCell(double south, double west, double north, double east, String color, double opacity,
                          int level) {
}
