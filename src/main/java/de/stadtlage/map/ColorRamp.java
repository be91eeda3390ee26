package de.stadtlage.map;

import java.util.List;
import javafx.scene.paint.Color;

/** Linear interpolation between colour stops, as packed ARGB for fast pixel writing. */
public final class ColorRamp {

    /** Transparent yellow to dark red: low densities stay see-through so the streets remain readable. */
    public static final ColorRamp DENSITY = new ColorRamp(List.of(Color.web("#ffffb2", 0.0),
            Color.web("#fecc5c", 0.55), Color.web("#fd8d3c", 0.68), Color.web("#f03b20", 0.76),
            Color.web("#a50f15", 0.84)));

    /** Blue (fell) through transparent to red (rose). */
    public static final ColorRamp CHANGE = new ColorRamp(List.of(Color.web("#2166ac", 0.8),
            Color.web("#67a9cf", 0.6), Color.web("#f7f7f7", 0.0), Color.web("#ef8a62", 0.6),
            Color.web("#b2182b", 0.8)));

    private final List<Color> stops;

    public ColorRamp(List<Color> stops) {
        if (stops.size() < 2) {
            throw new IllegalArgumentException("a ramp needs two colours");
        }
        this.stops = List.copyOf(stops);
    }

    public List<Color> stops() {
        return stops;
    }

    /** Colour at {@code t} in [0, 1]. */
    public Color at(double t) {
        double clamped = Math.max(0, Math.min(1, t));
        double pos = clamped * (stops.size() - 1);
        int i = Math.min(stops.size() - 2, (int) pos);
        return stops.get(i).interpolate(stops.get(i + 1), pos - i);
    }

    public int argbAt(double t) {
        Color c = at(t);
        return ((int) Math.round(c.getOpacity() * 255) << 24) | ((int) Math.round(c.getRed() * 255) << 16)
                | ((int) Math.round(c.getGreen() * 255) << 8) | (int) Math.round(c.getBlue() * 255);
    }
}
