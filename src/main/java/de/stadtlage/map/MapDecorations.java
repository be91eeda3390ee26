package de.stadtlage.map;

import java.util.List;
import java.util.Locale;
import javafx.geometry.VPos;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;
import javafx.scene.paint.CycleMethod;
import javafx.scene.paint.LinearGradient;
import javafx.scene.paint.Stop;
import javafx.scene.text.TextAlignment;

/**
 * What sits on top of every map picture: scale bar (bottom left), attribution (bottom right) and the legends
 * of the visible layers (top right). Drawn, not laid out as nodes, so the export shows exactly the same.
 */
public final class MapDecorations {

    private static final double PAD = 10;
    private static final double SWATCH = 14;

    private final MapStyle style;

    public MapDecorations(MapStyle style) {
        this.style = style;
    }

    /** Scale bar, attribution and all legends expanded: a picture has no button to open them. */
    public void render(GraphicsContext g, MapViewport vp, List<MapLayer> layers) {
        renderFrame(g, vp);
        legends(g, vp, layers);
    }

    /** Scale bar and attribution only: the live map shows its legends as collapsible nodes. */
    public void renderFrame(GraphicsContext g, MapViewport vp) {
        scaleBar(g, vp);
        attribution(g, vp);
    }

    /** A title and a line below it in a panel at the top left, for pictures that leave the app. */
    public void caption(GraphicsContext g, MapCaption caption) {
        double w = Math.max(TextMetrics.width(style.captionFont, caption.title()),
                TextMetrics.width(style.legendFont, caption.subtitle())) + 24;
        double h = caption.subtitle().isBlank() ? 34 : 54;
        panel(g, PAD, PAD, w, h);
        g.setTextAlign(TextAlignment.LEFT);
        g.setTextBaseline(VPos.CENTER);
        g.setFill(style.labelText);
        g.setFont(style.captionFont);
        g.fillText(caption.title(), PAD + 12, PAD + 17);
        if (!caption.subtitle().isBlank()) {
            g.setFont(style.legendFont);
            g.fillText(caption.subtitle(), PAD + 12, PAD + 39);
        }
    }

    /** Where {@link #render} draws scale bar, attribution and legends: names of a picture keep out of these. */
    List<double[]> boxes(MapViewport vp, List<MapLayer> layers) {
        List<double[]> boxes = new java.util.ArrayList<>();
        double scaleWidth = niceLength(vp.metresPerPixel()) / vp.metresPerPixel() + 20;
        boxes.add(new double[] {PAD, vp.height() - PAD - 30, PAD + scaleWidth, vp.height() - PAD});
        double w = TextMetrics.width(style.smallFont, MapStyle.ATTRIBUTION) + 12;
        boxes.add(new double[] {vp.width() - w - PAD / 2, vp.height() - 22, vp.width() - PAD / 2, vp.height() - 4});
        double y = PAD;
        for (MapLayer layer : layers) {
            Legend legend = layer.isVisible() ? layer.legend().orElse(null) : null;
            if (legend != null) {
                double width = legendWidth(legend);
                double height = legendHeight(legend);
                boxes.add(new double[] {vp.width() - width - PAD, y, vp.width() - PAD, y + height});
                y += height + 8;
            }
        }
        return boxes;
    }

    /** A round length (1, 2 or 5 × 10ⁿ metres) that is at most 150 pixels long. */
    static double niceLength(double metresPerPixel) {
        double max = 150 * metresPerPixel;
        double pow = Math.pow(10, Math.floor(Math.log10(max)));
        for (double f : new double[] {5, 2, 1}) {
            if (f * pow <= max) {
                return f * pow;
            }
        }
        return pow;
    }

    static String lengthText(double metres) {
        return metres >= 1000 ? String.format(Locale.GERMANY, "%s km", trim(metres / 1000)) : trim(metres) + " m";
    }

    private static String trim(double v) {
        return v == Math.rint(v) ? Long.toString((long) v) : String.format(Locale.GERMANY, "%.1f", v);
    }

    private void scaleBar(GraphicsContext g, MapViewport vp) {
        double metres = niceLength(vp.metresPerPixel());
        double px = metres / vp.metresPerPixel();
        double x = PAD;
        double y = vp.height() - PAD - 30;
        panel(g, x, y, px + 20, 30);
        g.setFill(Color.BLACK);
        g.fillRect(x + 10, y + 19, px, 5);
        g.setFill(Color.WHITE);
        g.fillRect(x + 10 + px / 2, y + 20, px / 2 - 1, 3);
        g.setFont(style.smallFont);
        g.setTextAlign(TextAlignment.LEFT);
        g.setTextBaseline(VPos.CENTER);
        g.setFill(style.labelText);
        g.fillText(lengthText(metres), x + 10, y + 9);
    }

    private void attribution(GraphicsContext g, MapViewport vp) {
        double w = TextMetrics.width(style.smallFont, MapStyle.ATTRIBUTION) + 12;
        double x = vp.width() - w - PAD / 2;
        double y = vp.height() - 22;
        panel(g, x, y, w, 18);
        g.setFont(style.smallFont);
        g.setTextAlign(TextAlignment.LEFT);
        g.setTextBaseline(VPos.CENTER);
        g.setFill(style.labelText);
        g.fillText(MapStyle.ATTRIBUTION, x + 6, y + 9);
    }

    private void legends(GraphicsContext g, MapViewport vp, List<MapLayer> layers) {
        double y = PAD;
        for (MapLayer layer : layers) {
            if (layer.isVisible()) {
                Legend legend = layer.legend().orElse(null);
                if (legend != null) {
                    y = legend(g, vp, legend, y) + 8;
                }
            }
        }
    }

    private double legendWidth(Legend legend) {
        double width = Math.max(200, TextMetrics.width(style.legendTitleFont, legend.title()) + 20);
        for (Legend.Entry e : legend.entries()) {
            width = Math.max(width, TextMetrics.width(style.legendFont, e.label()) + SWATCH + 28);
        }
        return width;
    }

    private static double legendHeight(Legend legend) {
        return 28 + (legend.isGradient() ? 36 : legend.entries().size() * 19);
    }

    private double legend(GraphicsContext g, MapViewport vp, Legend legend, double top) {
        double width = legendWidth(legend);
        double height = legendHeight(legend);
        double x = vp.width() - width - PAD;
        panel(g, x, top, width, height);
        g.setTextAlign(TextAlignment.LEFT);
        g.setTextBaseline(VPos.CENTER);
        g.setFill(style.labelText);
        g.setFont(style.legendTitleFont);
        g.fillText(legend.title(), x + 10, top + 14);
        g.setFont(style.legendFont);
        double y = top + 30;
        if (legend.isGradient()) {
            gradientBar(g, legend, x + 10, y, width - 20);
            return top + height;
        }
        for (Legend.Entry e : legend.entries()) {
            g.setFill(e.color());
            g.fillRect(x + 10, y, SWATCH, SWATCH);
            g.setStroke(style.panelLine);
            g.setLineWidth(1);
            g.strokeRect(x + 10, y, SWATCH, SWATCH);
            g.setFill(style.labelText);
            g.fillText(e.label(), x + 18 + SWATCH, y + SWATCH / 2);
            y += 19;
        }
        return top + height;
    }

    private void gradientBar(GraphicsContext g, Legend legend, double x, double y, double w) {
        List<Color> ramp = legend.ramp();
        Stop[] stops = new Stop[ramp.size()];
        for (int i = 0; i < stops.length; i++) {
            // shown fully opaque: the translucency on the map would make the legend unreadable
            stops[i] = new Stop((double) i / (stops.length - 1), ramp.get(i).deriveColor(0, 1, 1, 1 / Math.max(
                    0.01, ramp.get(i).getOpacity())));
        }
        g.setFill(new LinearGradient(0, 0, 1, 0, true, CycleMethod.NO_CYCLE, stops));
        g.fillRect(x, y, w, 12);
        g.setStroke(style.panelLine);
        g.strokeRect(x, y, w, 12);
        g.setFill(style.labelText);
        g.fillText(legend.lowLabel(), x, y + 24);
        g.setTextAlign(TextAlignment.RIGHT);
        g.fillText(legend.highLabel(), x + w, y + 24);
        g.setTextAlign(TextAlignment.LEFT);
    }

    private void panel(GraphicsContext g, double x, double y, double w, double h) {
        g.setFill(style.panelFill);
        g.fillRoundRect(x, y, w, h, 8, 8);
        g.setStroke(style.panelLine);
        g.setLineWidth(1);
        g.strokeRoundRect(x, y, w, h, 8, 8);
    }
}
