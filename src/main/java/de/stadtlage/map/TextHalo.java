package de.stadtlage.map;

import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;

/**
 * A light halo around dark text, drawn as the text filled eight times around its position. Stroking text
 * outlines would look the same but costs about ten times more with the software renderer, which projector
 * laptops and headless tests often use.
 */
final class TextHalo {

    private static final double[][] OFFSETS = {{-1.5, 0}, {1.5, 0}, {0, -1.5}, {0, 1.5}, {-1, -1}, {1, -1}, {-1, 1},
        {1, 1}};

    private TextHalo() {
    }

    /** @param text colour of the text itself, or null to draw only the halo */
    static void draw(GraphicsContext g, String s, double x, double y, Color halo, Color text) {
        g.setFill(halo);
        for (double[] o : OFFSETS) {
            g.fillText(s, x + o[0], y + o[1]);
        }
        if (text != null) {
            g.setFill(text);
            g.fillText(s, x, y);
        }
    }
}
