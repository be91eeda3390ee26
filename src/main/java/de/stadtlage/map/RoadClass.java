package de.stadtlage.map;

import java.util.Locale;

/**
 * OpenMapTiles transportation classes, in drawing order (minor below major). Widths are ground metres with a
 * minimum in pixels, so streets grow when zooming in but never vanish on a projector.
 */
public enum RoadClass {
    PATH(2.5, 0.8, 1.6),
    TRACK(3, 0.8, 1.2),
    SERVICE(4, 1.0, 1.0),
    MINOR(8, 1.6, 0.6),
    TERTIARY(10, 2.2, 0.35),
    SECONDARY(12, 2.8, 0.25),
    PRIMARY(14, 3.4, 0.0),
    TRUNK(16, 3.8, 0.0),
    MOTORWAY(18, 4.2, 0.0),
    RAIL(3, 1.4, 0.0),
    TRANSIT(2.5, 1.0, 1.5);

    private final double widthMetres;
    private final double minPixels;
    private final double hideAboveMetresPerPixel;

    RoadClass(double widthMetres, double minPixels, double hideAboveFactor) {
        this.widthMetres = widthMetres;
        this.minPixels = minPixels;
        // factor 0 means "always drawn"; otherwise the class disappears when zoomed out beyond 1/factor m/px
        this.hideAboveMetresPerPixel = hideAboveFactor == 0 ? Double.MAX_VALUE : 1 / hideAboveFactor;
    }

    public static RoadClass ofCode(String code) {
        if (code == null) {
            return MINOR;
        }
        try {
            return valueOf(code.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException unknown) {
            return MINOR;
        }
    }

    /** Stroke width in pixels at a zoom. */
    public double widthPixels(double metresPerPixel) {
        return Math.max(minPixels, widthMetres / metresPerPixel);
    }

    public boolean visibleAt(double metresPerPixel) {
        return metresPerPixel <= hideAboveMetresPerPixel;
    }

    public boolean isRail() {
        return this == RAIL || this == TRANSIT;
    }

    /** Classes whose names are worth a label at overview zoom. */
    public boolean isMajor() {
        return ordinal() >= TERTIARY.ordinal() && !isRail();
    }
}
