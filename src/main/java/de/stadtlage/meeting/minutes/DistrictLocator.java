package de.stadtlage.meeting.minutes;

import com.fasterxml.jackson.databind.JsonNode;
import de.stadtlage.common.Json;
import de.stadtlage.situation.Area;
import de.stadtlage.situation.AreaKind;
import java.util.ArrayList;
import java.util.List;

/**
 * Finds the statistical district of a point, from the district outlines in the areas table (GeoJSON Polygon or
 * MultiPolygon, longitude first). Without a map package there are no districts and every lookup gives null.
 */
final class DistrictLocator {

    private record District(String name, List<double[][]> outerRings) {
    }

    private final List<District> districts = new ArrayList<>();

    DistrictLocator(List<Area> areas) {
        for (Area area : areas) {
            if (area.kind() == AreaKind.DISTRICT) {
                districts.add(new District(area.name(), outerRings(Json.read(area.geometryJson(), JsonNode.class))));
            }
        }
    }

    /** The district's name, or null when the point lies in none. */
    String districtAt(double latitude, double longitude) {
        for (District district : districts) {
            for (double[][] ring : district.outerRings()) {
                if (contains(ring, longitude, latitude)) {
                    return district.name();
                }
            }
        }
        return null;
    }

    private static List<double[][]> outerRings(JsonNode geometry) {
        List<double[][]> rings = new ArrayList<>();
        JsonNode coordinates = geometry.path("coordinates");
        if ("Polygon".equals(geometry.path("type").asText())) {
            rings.add(ring(coordinates.path(0)));
        } else if ("MultiPolygon".equals(geometry.path("type").asText())) {
            coordinates.forEach(polygon -> rings.add(ring(polygon.path(0))));
        }
        return rings;
    }

    private static double[][] ring(JsonNode points) {
        double[][] ring = new double[points.size()][];
        for (int i = 0; i < ring.length; i++) {
            ring[i] = new double[] {points.path(i).path(0).asDouble(), points.path(i).path(1).asDouble()};
        }
        return ring;
    }

    /** Even-odd ray casting; holes are ignored (the districts have none worth the work). */
    static boolean contains(double[][] ring, double x, double y) {
        boolean inside = false;
        for (int i = 0, j = ring.length - 1; i < ring.length; j = i++) {
            double xi = ring[i][0];
            double yi = ring[i][1];
            double xj = ring[j][0];
            double yj = ring[j][1];
            if ((yi > y) != (yj > y) && x < (xj - xi) * (y - yi) / (yj - yi) + xi) {
                inside = !inside;
            }
        }
        return inside;
    }
}
