package de.stadtlage.map;

import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;
import javafx.scene.shape.FillRule;
import javafx.scene.shape.StrokeLineCap;
import javafx.scene.shape.StrokeLineJoin;

/**
 * Draws the base map (areas, water, buildings, streets, rail, Wallring, districts, street names) for a viewport
 * and places the other names, which the caller draws after the layers.
 * Stateless apart from the style, so the live view and the PNG export share it.
 */
public final class BaseMapRenderer {

    /** Buildings appear from this zoom on; further out they only add grey noise. */
    static final double BUILDINGS_BELOW_MPP = 1.6;

    private final MapStyle style;

    public BaseMapRenderer(MapStyle style) {
        this.style = style;
    }

    public MapStyle style() {
        return style;
    }

    /** The base map with street names; the returned place and area names go above the layers. */
    public PlacedLabels render(GraphicsContext g, MapViewport vp, MapData data) {
        return render(g, vp, data, java.util.List.of());
    }

    /** As {@link #render(GraphicsContext, MapViewport, MapData)}, placing the layers' area names first. */
    public PlacedLabels render(GraphicsContext g, MapViewport vp, MapData data, java.util.List<AreaLabel> areaNames) {
        return render(g, vp, data, areaNames, java.util.List.of());
    }

    /** As above, with boxes (legends of a picture) that no name may cover. */
    PlacedLabels render(GraphicsContext g, MapViewport vp, MapData data, java.util.List<AreaLabel> areaNames,
                        java.util.List<double[]> reserved) {
        g.setFill(style.background);
        g.fillRect(0, 0, vp.width(), vp.height());
        g.setLineJoin(StrokeLineJoin.ROUND);
        g.setLineCap(StrokeLineCap.ROUND);
        g.setFillRule(FillRule.EVEN_ODD);
        drawAreas(g, vp, data.areas());
        drawWaterways(g, vp, data.waterways());
        if (vp.metresPerPixel() < BUILDINGS_BELOW_MPP) {
            drawBuildings(g, vp, data.buildings());
        }
        drawRoads(g, vp, data.roads());
        drawRing(g, vp, data.streets());
        drawDistricts(g, vp, data.districts());
        return new MapLabeler(g, vp, style).reserve(reserved).label(data, areaNames);
    }

    private void drawAreas(GraphicsContext g, MapViewport vp, GeometrySet areas) {
        for (int f = 0; f < areas.featureCount(); f++) {
            if (areas.visibleIn(f, vp)) {
                g.setFill(style.areaFill(LandKind.values()[areas.featureClass(f)]));
                g.beginPath();
                PathTracer.trace(g, areas, f, vp, true);
                g.fill();
            }
        }
    }

    private void drawWaterways(GraphicsContext g, MapViewport vp, GeometrySet lines) {
        g.setStroke(style.waterLine);
        g.setLineWidth(Math.max(1.5, 8 / vp.metresPerPixel()));
        g.beginPath();
        for (int f = 0; f < lines.featureCount(); f++) {
            if (lines.visibleIn(f, vp)) {
                PathTracer.trace(g, lines, f, vp, false);
            }
        }
        g.stroke();
    }

    private void drawBuildings(GraphicsContext g, MapViewport vp, GeometrySet buildings) {
        g.beginPath();
        for (int f = 0; f < buildings.featureCount(); f++) {
            if (buildings.visibleIn(f, vp)) {
                PathTracer.trace(g, buildings, f, vp, true);
            }
        }
        g.setFill(style.buildingFill);
        g.fill();
        if (vp.metresPerPixel() < 0.8) {
            g.setStroke(style.buildingLine);
            g.setLineWidth(0.8);
            g.stroke();
        }
    }

    private void drawRoads(GraphicsContext g, MapViewport vp, GeometrySet roads) {
        double mpp = vp.metresPerPixel();
        // all casings first, so crossings of streets of one class merge instead of showing outlines
        for (RoadClass rc : RoadClass.values()) {
            if (!rc.isRail() && rc.visibleAt(mpp) && rc.ordinal() > RoadClass.TRACK.ordinal()) {
                strokeClass(g, vp, roads, rc, style.roadCasing, rc.widthPixels(mpp) + 1.6, null);
            }
        }
        for (RoadClass rc : RoadClass.values()) {
            if (!rc.visibleAt(mpp)) {
                continue;
            }
            double[] dashes = rc == RoadClass.PATH || rc == RoadClass.TRACK ? new double[] {3, 3} : null;
            double width = rc.isRail() || dashes != null ? rc.widthPixels(mpp) * 0.7 : rc.widthPixels(mpp);
            strokeClass(g, vp, roads, rc, style.roadFill(rc), width, dashes);
            if (rc == RoadClass.RAIL && mpp < 3) {
                // the classic railway look: white dashes on the dark line
                strokeClass(g, vp, roads, rc, Color.WHITE, width * 0.45, new double[] {6, 6});
            }
        }
    }

    private static void strokeClass(GraphicsContext g, MapViewport vp, GeometrySet roads, RoadClass rc, Color color,
                                    double width, double[] dashes) {
        g.setStroke(color);
        g.setLineWidth(width);
        g.setLineDashes(dashes);
        g.beginPath();
        for (int f = 0; f < roads.featureCount(); f++) {
            if (roads.featureClass(f) == rc.ordinal() && roads.visibleIn(f, vp)) {
                PathTracer.trace(g, roads, f, vp, false);
            }
        }
        g.stroke();
        g.setLineDashes((double[]) null);
    }

    /** The ring road drawn over everything else so that it reads at a glance, even at city-wide zoom. */
    private void drawRing(GraphicsContext g, MapViewport vp, GeometrySet streets) {
        double width = RoadClass.PRIMARY.widthPixels(vp.metresPerPixel()) + 1.5;
        g.beginPath();
        for (int f = 0; f < streets.featureCount(); f++) {
            boolean major = streets.featureClass(f) >= RoadClass.PRIMARY.ordinal();
            if (major && style.isRingStreet(streets.name(f)) && streets.visibleIn(f, vp)) {
                PathTracer.trace(g, streets, f, vp, false);
            }
        }
        g.setStroke(style.ringCasing);
        g.setLineWidth(width + 3);
        g.stroke();
        g.setStroke(style.ringFill);
        g.setLineWidth(width);
        g.stroke();
    }

    private void drawDistricts(GraphicsContext g, MapViewport vp, GeometrySet districts) {
        g.setStroke(style.districtLine);
        g.setLineWidth(2.2);
        g.setLineDashes(10, 5);
        g.beginPath();
        for (int f = 0; f < districts.featureCount(); f++) {
            if (districts.visibleIn(f, vp)) {
                PathTracer.trace(g, districts, f, vp, true);
            }
        }
        g.stroke();
        g.setLineDashes((double[]) null);
    }
}
