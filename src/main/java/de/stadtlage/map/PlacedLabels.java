package de.stadtlage.map;

import java.util.ArrayList;
import java.util.List;
import javafx.geometry.VPos;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;
import javafx.scene.text.TextAlignment;

/**
 * Area, district and landmark names the labeler placed, drawn after the layers so incident markers never hide
 * them. Street names stay on the base map, below the markers.
 */
public final class PlacedLabels {

    /** What {@link #labels()} reports: the text and its font size in the picture's logical pixels. */
    public record Drawn(String text, double fontSize, Kind kind) {
    }

    /** Area and district names matter most on a slide; landmarks help with orientation. */
    public enum Kind { AREA, DISTRICT, PLACE }

    private record Entry(String text, double x, double y, Font font, Color color, TextAlignment align,
                         Color dot, Kind kind) {
    }

    private final Color halo;
    private final List<Entry> entries = new ArrayList<>();

    PlacedLabels(Color halo) {
        this.halo = halo;
    }

    void add(String text, double x, double y, Font font, Color color, TextAlignment align, Kind kind) {
        entries.add(new Entry(text, x, y, font, color, align, null, kind));
    }

    /** A landmark: a dot at (x, y) with its name to the right. */
    void addLandmark(String text, double x, double y, Font font, Color color, Color dot) {
        entries.add(new Entry(text, x, y, font, color, TextAlignment.LEFT, dot, Kind.PLACE));
    }

    /** Draws the labels with their halos; the canvas is in the same coordinates as when they were placed. */
    public void draw(GraphicsContext g) {
        g.setTextBaseline(VPos.CENTER);
        for (Entry e : entries) {
            double textX = e.x();
            if (e.dot() != null) {
                g.setFill(Color.WHITE);
                g.fillOval(e.x() - 5, e.y() - 5, 10, 10);
                g.setFill(e.dot());
                g.fillOval(e.x() - 3.5, e.y() - 3.5, 7, 7);
                textX += 8;
            }
            g.setFont(e.font());
            g.setTextAlign(e.align());
            TextHalo.draw(g, e.text(), textX, e.y(), halo, e.color());
        }
    }

    /** The labels drawn, in the order they were placed (most important first). */
    public List<Drawn> labels() {
        return entries.stream().map(e -> new Drawn(e.text(), e.font().getSize(), e.kind())).toList();
    }
}
