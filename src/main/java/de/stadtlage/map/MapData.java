package de.stadtlage.map;

import de.stadtlage.situation.hotspot.PlaceIndex;
import java.util.List;

/**
 * A loaded map package in compact, projected form: immutable and safe to share between the FX thread, renderers
 * on worker threads and the hotspot engine (through {@link #places()}).
 *
 * @param areas      land use, green and water polygons (class = {@link LandKind} ordinal), in drawing order
 * @param roads      street and rail lines (class = {@link RoadClass} ordinal)
 * @param streets    named street lines for labels and the Wallring emphasis
 * @param buildings  building footprints; empty when the optional file is missing
 * @param districts  statistical districts with names
 * @param bounds     minX, minY, maxX, maxY of the street data in projected metres
 * @param home       box of the "Home" view (City + Nordstadt)
 */
public record MapData(LocalProjection projection, GeometrySet areas, GeometrySet waterways, GeometrySet roads,
                      GeometrySet streets, GeometrySet buildings, GeometrySet districts, List<MapLabel> labels,
                      double[] bounds, double[] home, PlaceIndex places) {

    public MapData {
        labels = List.copyOf(labels);
    }
}
