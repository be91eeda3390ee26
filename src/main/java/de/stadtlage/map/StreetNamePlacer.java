package de.stadtlage.map;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javafx.geometry.VPos;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.text.Font;
import javafx.scene.text.TextAlignment;

/**
 * Writes street names along their streets, letter by letter so they follow gentle bends, always readable from
 * left to right, only where the street is long enough and no other label sits.
 */
final class StreetNamePlacer {

    /** Adjacent letters may turn by at most this much, or the name would look broken. */
    private static final double MAX_TURN_RAD = 0.45;
    /** Letters turning less than this (about 6°) are drawn as one straight string. */
    private static final double STRAIGHT_RAD = 0.1;
    /** A street's name repeats at most every this many pixels. */
    private static final double SAME_NAME_GAP_PX = 320;

    private final GraphicsContext g;
    private final MapViewport vp;
    private final MapStyle style;
    private final LabelSpace space;
    private final Map<String, List<double[]>> placed = new HashMap<>();

    private final LabelAtlas atlas;
    private Font currentFont;

    StreetNamePlacer(GraphicsContext g, MapViewport vp, MapStyle style, LabelSpace space, LabelAtlas atlas) {
        this.atlas = atlas;
        this.g = g;
        this.vp = vp;
        this.style = style;
        this.space = space;
    }

    void place(GeometrySet streets) {
        List<Integer> order = new ArrayList<>();
        for (int f = 0; f < streets.featureCount(); f++) {
            if (wanted(RoadClass.values()[streets.featureClass(f)]) && streets.visibleIn(f, vp)) {
                order.add(f);
            }
        }
        order.sort((a, b) -> Integer.compare(streets.featureClass(b), streets.featureClass(a)));
        for (int f : order) {
            RoadClass rc = RoadClass.values()[streets.featureClass(f)];
            Font font = fontFor(rc, style);
            for (int part = streets.firstPart(f); part < streets.endPart(f); part++) {
                tryPart(streets, part, streets.name(f), font);
            }
        }
    }

    static Font fontFor(RoadClass rc, MapStyle style) {
        return rc.isMajor() ? style.majorStreetFont : style.streetFont;
    }

    private boolean wanted(RoadClass rc) {
        double mpp = vp.metresPerPixel();
        if (rc.isRail()) {
            return false;
        }
        if (rc == RoadClass.PATH || rc == RoadClass.TRACK || rc == RoadClass.SERVICE) {
            return mpp <= 0.7;
        }
        return mpp <= 1.6 || (mpp <= 4 && rc.isMajor()) || (mpp <= 7 && rc.ordinal() >= RoadClass.PRIMARY.ordinal());
    }

    private void tryPart(GeometrySet set, int part, String name, Font font) {
        int first = set.firstPoint(part);
        int n = set.endPoint(part) - first;
        if (n < 2) {
            return;
        }
        double[] xs = new double[n];
        double[] ys = new double[n];
        double[] cum = new double[n];
        for (int i = 0; i < n; i++) {
            xs[i] = vp.screenX(set.x(first + i));
            ys[i] = vp.screenY(set.y(first + i));
            cum[i] = i == 0 ? 0 : cum[i - 1] + Math.hypot(xs[i] - xs[i - 1], ys[i] - ys[i - 1]);
        }
        double textWidth = TextMetrics.width(font, name);
        double total = cum[n - 1];
        for (double at : new double[] {0.5, 0.3, 0.7}) {
            double start = at * total - textWidth / 2;
            if (start >= 6 && start + textWidth <= total - 6
                    && tryAt(new PolylinePath(xs, ys, cum), start, textWidth, name, font)) {
                return;
            }
        }
    }

    private boolean tryAt(PolylinePath path, double start, double textWidth, String name, Font font) {
        double[] a = path.at(start);
        double[] b = path.at(start + textWidth);
        boolean reversed = b[0] < a[0];
        double cx = (a[0] + b[0]) / 2;
        double cy = (a[1] + b[1]) / 2;
        if (cx < 0 || cx > vp.width() || cy < 0 || cy > vp.height() || nearSameName(name, cx, cy)) {
            return false;
        }
        int len = name.length();
        double[][] glyphs = new double[len][];
        double offset = 0;
        double half = font.getSize() * 0.62;
        for (int i = 0; i < len; i++) {
            double w = TextMetrics.charWidth(font, name.charAt(i));
            double s = reversed ? start + textWidth - offset - w / 2 : start + offset + w / 2;
            double[] p = path.at(s);
            double angle = reversed ? p[2] + Math.PI : p[2];
            if (i > 0 && Math.abs(normalise(angle - glyphs[i - 1][2])) > MAX_TURN_RAD) {
                return false;
            }
            if (!space.isFree(p[0] - half, p[1] - half, p[0] + half, p[1] + half)) {
                return false;
            }
            glyphs[i] = new double[] {p[0], p[1], angle};
            offset += w;
        }
        for (double[] q : glyphs) {
            space.take(q[0] - half, q[1] - half, q[0] + half, q[1] + half);
        }
        placed.computeIfAbsent(name, k -> new ArrayList<>()).add(new double[] {cx, cy});
        draw(name, glyphs, font);
        return true;
    }

    private void draw(String name, double[][] glyphs, Font font) {
        currentFont = font;
        g.setFont(font);
        g.setTextAlign(TextAlignment.CENTER);
        g.setTextBaseline(VPos.CENTER);
        if (isStraight(glyphs)) {
            drawWhole(name, glyphs);
            return;
        }
        for (int pass = 0; pass < 2; pass++) {
            // halos of all letters first, so no halo covers the letter before it
            g.setFill(pass == 0 ? style.halo : style.labelText);
            for (int i = 0; i < glyphs.length; i++) {
                g.save();
                g.translate(glyphs[i][0], glyphs[i][1]);
                g.rotate(Math.toDegrees(glyphs[i][2]));
                String c = String.valueOf(name.charAt(i));
                if (pass == 0) {
                    TextHalo.draw(g, c, 0, 0, style.halo, null);
                } else {
                    g.fillText(c, 0, 0);
                }
                g.restore();
            }
        }
    }

    /** Most labels sit on straight stretches; one rotated string costs a tenth of letter-by-letter drawing. */
    private static boolean isStraight(double[][] glyphs) {
        for (double[] q : glyphs) {
            if (Math.abs(normalise(q[2] - glyphs[0][2])) > STRAIGHT_RAD) {
                return false;
            }
        }
        return true;
    }

    private void drawWhole(String name, double[][] glyphs) {
        double[] first = glyphs[0];
        double[] last = glyphs[glyphs.length - 1];
        if (atlas != null && atlas.draw(g, currentFont, name, (first[0] + last[0]) / 2, (first[1] + last[1]) / 2,
                first[2])) {
            return;
        }
        g.save();
        g.translate((first[0] + last[0]) / 2, (first[1] + last[1]) / 2);
        g.rotate(Math.toDegrees(first[2]));
        TextHalo.draw(g, name, 0, 0, style.halo, style.labelText);
        g.restore();
    }

    private boolean nearSameName(String name, double x, double y) {
        for (double[] p : placed.getOrDefault(name, List.of())) {
            if (Math.hypot(p[0] - x, p[1] - y) < SAME_NAME_GAP_PX) {
                return true;
            }
        }
        return false;
    }

    private static double normalise(double a) {
        while (a > Math.PI) {
            a -= 2 * Math.PI;
        }
        while (a < -Math.PI) {
            a += 2 * Math.PI;
        }
        return a;
    }

    /** Position and direction at an arc length along a screen polyline. */
    private record PolylinePath(double[] xs, double[] ys, double[] cum) {
        double[] at(double s) {
            int i = 1;
            while (i < cum.length - 1 && cum[i] < s) {
                i++;
            }
            double segment = cum[i] - cum[i - 1];
            double t = segment == 0 ? 0 : (s - cum[i - 1]) / segment;
            double dx = xs[i] - xs[i - 1];
            double dy = ys[i] - ys[i - 1];
            return new double[] {xs[i - 1] + t * dx, ys[i - 1] + t * dy, Math.atan2(dy, dx)};
        }
    }
}
