package de.stadtlage.map;

import javafx.geometry.VPos;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;
import javafx.scene.text.TextAlignment;

/**
 * Places all labels of the base map in order of importance: district names, quarters and main landmarks,
 * street names, then the remaining landmarks. Later labels only go where earlier ones left room.
 */
final class MapLabeler {

    private final GraphicsContext g;
    private final MapViewport vp;
    private final MapStyle style;
    private final LabelSpace space;

    MapLabeler(GraphicsContext g, MapViewport vp, MapStyle style) {
        this.g = g;
        this.vp = vp;
        this.style = style;
        this.space = new LabelSpace(vp.width(), vp.height());
    }

    void label(MapData data) {
        districtNames(data.districts());
        int limit = priorityLimit();
        points(data, 0, Math.min(1, limit));
        new StreetNamePlacer(g, vp, style, space, LabelAtlases.forData(data, style)).place(data.streets());
        points(data, 2, limit);
    }

    private int priorityLimit() {
        double mpp = vp.metresPerPixel();
        return mpp > 8 ? 0 : mpp > 3.5 ? 1 : mpp > 1.4 ? 2 : 3;
    }

    private void districtNames(GeometrySet districts) {
        for (int f = 0; f < districts.featureCount(); f++) {
            if (districts.name(f) == null || !districts.visibleIn(f, vp)) {
                continue;
            }
            double[] c = centroid(districts, f);
            String text = districts.name(f).toUpperCase(java.util.Locale.GERMAN);
            drawCentred(text, vp.screenX(c[0]), vp.screenY(c[1]), style.districtFont, style.districtText);
        }
    }

    private void points(MapData data, int minPriority, int maxPriority) {
        for (MapLabel l : data.labels()) {
            if (l.priority() < minPriority || l.priority() > maxPriority) {
                continue;
            }
            double x = vp.screenX(l.x());
            double y = vp.screenY(l.y());
            if (x < -50 || y < -20 || x > vp.width() + 50 || y > vp.height() + 20) {
                continue;
            }
            switch (l.kind()) {
                case PLACE -> drawCentred(l.text(), x, y, style.placeFont, style.labelText);
                case PARK -> drawCentred(l.text(), x, y, style.parkFont, style.parkText);
                case WATER -> drawCentred(l.text(), x, y, style.parkFont, style.waterText);
                case LANDMARK -> drawLandmark(l.text(), x, y);
            }
        }
    }

    private void drawLandmark(String text, double x, double y) {
        Font font = style.landmarkFont;
        double w = TextMetrics.width(font, text);
        double h = font.getSize();
        if (!space.isFree(x - 5, y - h / 2 - 2, x + 8 + w, y + h / 2 + 2)) {
            return;
        }
        space.take(x - 5, y - h / 2 - 2, x + 8 + w, y + h / 2 + 2);
        g.setFill(Color.WHITE);
        g.fillOval(x - 5, y - 5, 10, 10);
        g.setFill(style.landmarkDot);
        g.fillOval(x - 3.5, y - 3.5, 7, 7);
        halo(text, x + 8, y, font, style.labelText, TextAlignment.LEFT);
    }

    private void drawCentred(String text, double x, double y, Font font, Color color) {
        double w = TextMetrics.width(font, text);
        double h = font.getSize();
        if (!space.isFree(x - w / 2 - 2, y - h / 2 - 2, x + w / 2 + 2, y + h / 2 + 2)) {
            return;
        }
        space.take(x - w / 2 - 2, y - h / 2 - 2, x + w / 2 + 2, y + h / 2 + 2);
        halo(text, x, y, font, color, TextAlignment.CENTER);
    }

    private void halo(String text, double x, double y, Font font, Color color, TextAlignment align) {
        g.setFont(font);
        g.setTextAlign(align);
        g.setTextBaseline(VPos.CENTER);
        TextHalo.draw(g, text, x, y, style.halo, color);
    }

    /** Average of the outer ring's points: good enough for the simplified, compact district shapes. */
    private static double[] centroid(GeometrySet set, int feature) {
        int part = set.firstPart(feature);
        double sx = 0;
        double sy = 0;
        int n = 0;
        for (int i = set.firstPoint(part); i < set.endPoint(part); i++) {
            sx += set.x(i);
            sy += set.y(i);
            n++;
        }
        return n == 0 ? new double[] {0, 0} : new double[] {sx / n, sy / n};
    }
}
