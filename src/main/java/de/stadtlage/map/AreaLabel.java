package de.stadtlage.map;

import javafx.scene.paint.Color;

/**
 * The name of something a layer draws (a focus area, a numbered hotspot), in projected metres. The base map's
 * labeler places it before any street or landmark name: above {@code top}, else on {@code middle} (unless NaN),
 * else below {@code bottom}, keeping {@code clearance} pixels from those edges, and draws it above the markers.
 *
 * @param clearance pixels kept free around the anchor: a marker's radius, or 0 for an area's outline
 */
public record AreaLabel(String text, double x, double top, double middle, double bottom, Color color,
                        double clearance) {

    public AreaLabel(String text, double x, double top, double middle, double bottom, Color color) {
        this(text, x, top, middle, bottom, color, 0);
    }
}
