package de.stadtlage.map;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javafx.geometry.VPos;
import javafx.scene.SnapshotParameters;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.image.Image;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;
import javafx.scene.text.TextAlignment;

/**
 * Street names pre-rendered once (with halo, at twice the size) into one image. A rotated label is then one
 * {@code drawImage} instead of nine rotated text fills: rotated glyphs bypass the glyph cache and are rasterised
 * as outlines, which made labels three quarters of a full redraw with the software renderer.
 */
final class LabelAtlas {

    /** Atlas resolution relative to the map; 2 keeps labels sharp in the 2× PNG export. */
    private static final double SCALE = 2;
    private static final int WIDTH = 2048;
    private static final int MAX_HEIGHT = 4096;
    private static final double PAD = 4;

    private final Image image;
    private final Map<String, double[]> slots;

    private LabelAtlas(Image image, Map<String, double[]> slots) {
        this.image = image;
        this.slots = slots;
    }

    /** One entry per (font, text); texts that do not fit any more are left to the caller's fallback. */
    static LabelAtlas build(List<Map.Entry<Font, String>> labels, Color halo, Color text) {
        Map<String, double[]> slots = new HashMap<>();
        double x = 0;
        double y = 0;
        double rowHeight = 0;
        for (Map.Entry<Font, String> l : labels) {
            String key = key(l.getKey(), l.getValue());
            if (slots.containsKey(key)) {
                continue;
            }
            double w = (TextMetrics.width(l.getKey(), l.getValue()) + 2 * PAD) * SCALE;
            double h = (l.getKey().getSize() + 2 * PAD) * SCALE;
            if (x + w > WIDTH) {
                x = 0;
                y += rowHeight;
                rowHeight = 0;
            }
            if (y + h > MAX_HEIGHT) {
                break;
            }
            slots.put(key, new double[] {x, y, w, h});
            x += w;
            rowHeight = Math.max(rowHeight, h);
        }
        Canvas canvas = new Canvas(WIDTH, Math.max(1, y + rowHeight));
        GraphicsContext g = canvas.getGraphicsContext2D();
        g.setTextAlign(TextAlignment.CENTER);
        g.setTextBaseline(VPos.CENTER);
        for (Map.Entry<Font, String> l : labels) {
            double[] s = slots.get(key(l.getKey(), l.getValue()));
            if (s != null) {
                g.save();
                g.translate(s[0] + s[2] / 2, s[1] + s[3] / 2);
                g.scale(SCALE, SCALE);
                g.setFont(l.getKey());
                TextHalo.draw(g, l.getValue(), 0, 0, halo, text);
                g.restore();
            }
        }
        SnapshotParameters params = new SnapshotParameters();
        params.setFill(Color.TRANSPARENT);
        return new LabelAtlas(canvas.snapshot(params, null), slots);
    }

    /** Draws a label centred at (cx, cy) turned by {@code angle} radians; false when it is not in the atlas. */
    boolean draw(GraphicsContext g, Font font, String text, double cx, double cy, double angle) {
        double[] s = slots.get(key(font, text));
        if (s == null) {
            return false;
        }
        g.save();
        g.translate(cx, cy);
        g.rotate(Math.toDegrees(angle));
        g.drawImage(image, s[0], s[1], s[2], s[3], -s[2] / SCALE / 2, -s[3] / SCALE / 2, s[2] / SCALE, s[3] / SCALE);
        g.restore();
        return true;
    }

    private static String key(Font font, String text) {
        return font.getSize() + "|" + font.getStyle() + "|" + text;
    }
}
