package de.stadtlage.map;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import javafx.geometry.VPos;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import javafx.scene.text.TextAlignment;

/**
 * Incidents as dots coloured by category. Zoomed out, or with many incidents in view, they are counted into
 * screen cells and drawn as one circle per cell (colour of the most frequent category, size by count), so
 * 100,000 incidents cost one pass over primitive arrays and a few hundred circles.
 */
public final class IncidentLayer extends MapLayer {

    /** Category colours and German names, indexed by the category numbers passed in. */
    public record Palette(List<Color> colors, List<String> names) {
        public Palette {
            colors = List.copyOf(colors);
            names = List.copyOf(names);
        }
    }

    static final double AGGREGATE_ABOVE_MPP = 2.0;
    static final int MAX_SINGLE_POINTS = 4000;
    static final double CELL_PX = 34;
    private static final double DOT_RADIUS = 5;
    private static final double SUBDUED_DOT_RADIUS = 3.5;
    private static final double SUBDUED_MAX_RADIUS = 9;
    private static final double SUBDUED_OPACITY = 0.6;

    private final Font countFont = Font.font("System", FontWeight.BOLD, 11);
    private Palette palette = new Palette(List.of(Color.web("#c0392b")), List.of("Vorfall"));
    private float[] xs = new float[0];
    private float[] ys = new float[0];
    private byte[] categories = new byte[0];
    private long[] ids = new long[0];
    private int size;
    private boolean subdued;

    public IncidentLayer() {
        super("Vorfälle");
    }

    /** Replaces all incidents; arrays are copied and projected once here, not per frame. Call on the FX thread. */
    public void setIncidents(double[] lat, double[] lon, int[] category, long[] id, int n, Palette colours,
                             LocalProjection projection) {
        float[] x = new float[n];
        float[] y = new float[n];
        byte[] c = new byte[n];
        for (int i = 0; i < n; i++) {
            x[i] = (float) projection.x(lon[i]);
            y[i] = (float) projection.y(lat[i]);
            c[i] = (byte) category[i];
        }
        this.xs = x;
        this.ys = y;
        this.categories = c;
        this.ids = Arrays.copyOf(id, n);
        this.size = n;
        this.palette = colours;
        changed();
    }

    public int size() {
        return size;
    }

    /**
     * Small translucent markers without counts, for when a hotspot or change surface lies below: full-size count
     * circles would cover the surface the chair wants to show. The counts are in the hotspot list and a click away.
     */
    public void setSubdued(boolean value) {
        if (value != subdued) {
            subdued = value;
            changed();
        }
    }

    public boolean isSubdued() {
        return subdued;
    }

    @Override
    public void render(GraphicsContext g, MapViewport vp, LocalProjection p) {
        if (size == 0) {
            return;
        }
        if (vp.metresPerPixel() > AGGREGATE_ABOVE_MPP || countInView(vp) > MAX_SINGLE_POINTS) {
            renderAggregated(g, vp);
        } else {
            renderPoints(g, vp);
        }
    }

    private int countInView(MapViewport vp) {
        double x0 = vp.minX();
        double x1 = vp.maxX();
        double y0 = vp.minY();
        double y1 = vp.maxY();
        int count = 0;
        for (int i = 0; i < size; i++) {
            if (xs[i] >= x0 && xs[i] <= x1 && ys[i] >= y0 && ys[i] <= y1) {
                count++;
            }
        }
        return count;
    }

    private void renderPoints(GraphicsContext g, MapViewport vp) {
        double radius = subdued ? SUBDUED_DOT_RADIUS : DOT_RADIUS;
        double opacity = subdued ? SUBDUED_OPACITY : 1;
        g.setStroke(Color.WHITE.deriveColor(0, 1, 1, opacity));
        g.setLineWidth(subdued ? 1 : 1.5);
        for (int i = 0; i < size; i++) {
            double sx = vp.screenX(xs[i]);
            double sy = vp.screenY(ys[i]);
            if (sx >= -radius && sy >= -radius && sx <= vp.width() + radius && sy <= vp.height() + radius) {
                g.setFill(colorOf(categories[i]).deriveColor(0, 1, 1, opacity));
                g.fillOval(sx - radius, sy - radius, 2 * radius, 2 * radius);
                g.strokeOval(sx - radius, sy - radius, 2 * radius, 2 * radius);
            }
        }
    }

    private void renderAggregated(GraphicsContext g, MapViewport vp) {
        ScreenBins bins = ScreenBins.count(xs, ys, categories, size, vp, CELL_PX, palette.colors().size());
        g.setTextAlign(TextAlignment.CENTER);
        g.setTextBaseline(VPos.CENTER);
        g.setFont(countFont);
        for (int cell = 0; cell < bins.cellCount(); cell++) {
            int count = bins.count(cell);
            if (count == 0) {
                continue;
            }
            double r = subdued ? Math.min(SUBDUED_MAX_RADIUS, 2.5 + 1.2 * Math.sqrt(count))
                    : Math.min(CELL_PX / 2, 6 + 2.2 * Math.sqrt(count));
            double cx = bins.centerX(cell);
            double cy = bins.centerY(cell);
            g.setFill(colorOf(bins.dominantCategory(cell)).deriveColor(0, 1, 1, subdued ? SUBDUED_OPACITY : 0.85));
            g.fillOval(cx - r, cy - r, 2 * r, 2 * r);
            g.setStroke(Color.WHITE.deriveColor(0, 1, 1, subdued ? SUBDUED_OPACITY : 1));
            g.setLineWidth(subdued ? 1 : 1.5);
            g.strokeOval(cx - r, cy - r, 2 * r, 2 * r);
            if (count > 1 && !subdued) {
                g.setFill(Color.WHITE);
                g.fillText(count >= 1000 ? (count / 1000) + "k" : Integer.toString(count), cx, cy);
            }
        }
    }

    private Color colorOf(int category) {
        List<Color> colors = palette.colors();
        return category >= 0 && category < colors.size() ? colors.get(category) : Color.GRAY;
    }

    /** Ids of the incidents drawn under a screen point (a dot, or all incidents of an aggregated circle). */
    public long[] idsAt(MapViewport vp, double sx, double sy) {
        boolean aggregated = vp.metresPerPixel() > AGGREGATE_ABOVE_MPP || countInView(vp) > MAX_SINGLE_POINTS;
        double radius = aggregated ? CELL_PX / 2 : DOT_RADIUS + 3;
        List<Long> hits = new ArrayList<>();
        for (int i = 0; i < size; i++) {
            double dx = vp.screenX(xs[i]) - sx;
            double dy = vp.screenY(ys[i]) - sy;
            boolean hit = aggregated ? ScreenBins.sameCell(vp, xs[i], ys[i], sx, sy, CELL_PX)
                    : dx * dx + dy * dy <= radius * radius;
            if (hit) {
                hits.add(ids[i]);
            }
        }
        return hits.stream().mapToLong(Long::longValue).toArray();
    }

    @Override
    public Optional<Legend> legend() {
        List<Legend.Entry> entries = new ArrayList<>();
        for (int i = 0; i < palette.colors().size(); i++) {
            entries.add(new Legend.Entry(palette.colors().get(i), palette.names().get(i)));
        }
        return Optional.of(Legend.swatches(getTitle(), entries));
    }
}
