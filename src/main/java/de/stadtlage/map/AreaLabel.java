package de.stadtlage.map;

import javafx.scene.paint.Color;

/**
 * The name of an area a layer outlines (a focus area), in projected metres. The base map's labeler places it
 * before any street or landmark name, above its top edge, else in its middle, else below it, and draws it above
 * the incident markers.
 */
public record AreaLabel(String text, double x, double top, double middle, double bottom, Color color) {
}
