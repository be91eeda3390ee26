package de.stadtlage.boards;

import com.fasterxml.jackson.databind.JsonNode;
import de.stadtlage.common.Json;
import java.util.ArrayList;
import java.util.List;

/**
 * The outline of a focus area (GeoJSON Polygon or MultiPolygon, longitude first), for counting the incidents that
 * lie inside it. Even-odd ray casting over all rings, so holes count as outside.
 */
final class AreaShape {

    private final List<double[][]> rings;

    private AreaShape(List<double[][]> rings) {
        this.rings = rings;
    }

    static AreaShape parse(String geoJson) {
        JsonNode root;
        try {
            root = Json.mapper().readTree(geoJson);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalArgumentException("invalid GeoJSON geometry", e);
        }
        List<double[][]> rings = new ArrayList<>();
        JsonNode coordinates = root.path("coordinates");
        if ("MultiPolygon".equals(root.path("type").asText())) {
            coordinates.forEach(polygon -> polygon.forEach(ring -> rings.add(ring(ring))));
        } else {
            coordinates.forEach(ring -> rings.add(ring(ring)));
        }
        return new AreaShape(rings);
    }

    private static double[][] ring(JsonNode ring) {
        double[][] points = new double[ring.size()][];
        for (int i = 0; i < ring.size(); i++) {
            points[i] = new double[] {ring.get(i).get(0).asDouble(), ring.get(i).get(1).asDouble()};
        }
        return points;
    }

    boolean contains(double longitude, double latitude) {
        boolean inside = false;
        for (double[][] ring : rings) {
            for (int i = 0, j = ring.length - 1; i < ring.length; j = i++) {
                double xi = ring[i][0];
                double yi = ring[i][1];
                double xj = ring[j][0];
                double yj = ring[j][1];
                boolean crosses = (yi > latitude) != (yj > latitude)
                        && longitude < (xj - xi) * (latitude - yi) / (yj - yi) + xi;
                if (crosses) {
                    inside = !inside;
                }
            }
        }
        return inside;
    }
}
