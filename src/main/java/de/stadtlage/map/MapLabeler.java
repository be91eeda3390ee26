package de.stadtlage.map;

import java.util.List;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;
import javafx.scene.text.TextAlignment;

/**
 * Places all labels of the base map in order of importance: the names of the outlined areas, district names,
 * quarters and main landmarks, street names, then the remaining landmarks. Later labels only go where earlier ones
 * left room, so street names never run through an area's name. Street names are drawn right away (below the
 * layers); the other names are collected in {@link PlacedLabels} and drawn above the layers.
 */
final class MapLabeler {

    private final GraphicsContext g;
    private final MapViewport vp;
    private final MapStyle style;
    private final LabelSpace space;
    private final PlacedLabels placed;

    MapLabeler(GraphicsContext g, MapViewport vp, MapStyle style) {
        this.g = g;
        this.vp = vp;
        this.style = style;
        this.space = new LabelSpace(vp.width(), vp.height());
        this.placed = new PlacedLabels(style.halo);
    }

    /** Keeps names out of boxes drawn over the map later (legends, scale bar, attribution of a picture). */
    MapLabeler reserve(List<double[]> boxes) {
        for (double[] b : boxes) {
            space.take(b[0], b[1], b[2], b[3]);
        }
        return this;
    }

    PlacedLabels label(MapData data, List<AreaLabel> areas) {
        for (AreaLabel area : areas) {
            keepMarkerFree(area);
        }
        for (AreaLabel area : areas) {
            areaName(area);
        }
        districtNames(data.districts());
        int limit = priorityLimit();
        points(data, 0, Math.min(1, limit));
        new StreetNamePlacer(g, vp, style, space, LabelAtlases.forData(data, style)).place(data.streets());
        points(data, 2, limit);
        return placed;
    }

    private int priorityLimit() {
        double mpp = vp.metresPerPixel();
        return mpp > 8 ? 0 : mpp > 3.5 ? 1 : mpp > 1.4 ? 2 : 3;
    }

    /** Above the area's top edge (it then hides none of the incidents inside), else in the middle, else below. */
    private void areaName(AreaLabel area) {
        double x = vp.screenX(area.x());
        double h = style.areaFont.getSize();
        double gap = h / 2 + 3 + area.clearance();
        double[] candidates = {vp.screenY(area.top()) - gap, vp.screenY(area.middle()), vp.screenY(area.bottom()) + gap};
        for (double y : candidates) {
            if (!Double.isNaN(y) && place(area.text(), x, y, style.areaFont, area.color(), PlacedLabels.Kind.AREA)) {
                return;
            }
        }
        if (area.clearance() > 0) {
            // a marker's name may also stand to its right or left
            double half = TextMetrics.width(style.areaFont, area.text()) / 2 + area.clearance() + 4;
            double y = vp.screenY(area.bottom());
            if (!place(area.text(), x + half, y, style.areaFont, area.color(), PlacedLabels.Kind.AREA)) {
                place(area.text(), x - half, y, style.areaFont, area.color(), PlacedLabels.Kind.AREA);
            }
        }
    }

    /** A marker drawn by the layer (a numbered hotspot) stays free of every name. */
    private void keepMarkerFree(AreaLabel area) {
        if (area.clearance() > 0) {
            double x = vp.screenX(area.x());
            double y = vp.screenY(area.bottom());
            space.take(x - area.clearance(), y - area.clearance(), x + area.clearance(), y + area.clearance());
        }
    }

    private void districtNames(GeometrySet districts) {
        for (int f = 0; f < districts.featureCount(); f++) {
            if (districts.name(f) == null || !districts.visibleIn(f, vp)) {
                continue;
            }
            double[] c = centroid(districts, f);
            String text = districts.name(f).toUpperCase(java.util.Locale.GERMAN);
            place(text, vp.screenX(c[0]), vp.screenY(c[1]), style.districtFont, style.districtText,
                    PlacedLabels.Kind.DISTRICT);
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
                case PLACE -> place(l.text(), x, y, style.placeFont, style.labelText, PlacedLabels.Kind.PLACE);
                case PARK -> place(l.text(), x, y, style.parkFont, style.parkText, PlacedLabels.Kind.PLACE);
                case WATER -> place(l.text(), x, y, style.parkFont, style.waterText, PlacedLabels.Kind.PLACE);
                case LANDMARK -> landmark(l.text(), x, y);
            }
        }
    }

    private void landmark(String text, double x, double y) {
        Font font = style.landmarkFont;
        double w = TextMetrics.width(font, text);
        double h = font.getSize();
        if (!space.isFree(x - 5, y - h / 2 - 2, x + 8 + w, y + h / 2 + 2)) {
            return;
        }
        space.take(x - 5, y - h / 2 - 2, x + 8 + w, y + h / 2 + 2);
        placed.addLandmark(text, x, y, font, style.labelText, style.landmarkDot);
    }

    /** Takes the box of a centred label if it lies wholly in the picture and is free; true when placed. */
    private boolean place(String text, double x, double y, Font font, Color color, PlacedLabels.Kind kind) {
        double w = TextMetrics.width(font, text);
        double h = font.getSize();
        if (x - w / 2 < 0 || x + w / 2 > vp.width() || y - h / 2 < 0 || y + h / 2 > vp.height()
                || !space.isFree(x - w / 2 - 2, y - h / 2 - 2, x + w / 2 + 2, y + h / 2 + 2)) {
            return false;
        }
        space.take(x - w / 2 - 2, y - h / 2 - 2, x + w / 2 + 2, y + h / 2 + 2);
        placed.add(text, x, y, font, color, TextAlignment.CENTER, kind);
        return true;
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
