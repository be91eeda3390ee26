package de.stadtlage.map;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;

/** Flattens GeoJSON geometries into their lines and rings, each as interleaved lon, lat pairs. */
final class GeoJsonParts {

    private GeoJsonParts() {
    }

    /** Lines of a (Multi)LineString or rings of a (Multi)Polygon; other types yield nothing. */
    static List<double[]> parts(JsonNode geometry) {
        List<double[]> out = new ArrayList<>();
        if (geometry == null || geometry.isNull()) {
            return out;
        }
        JsonNode c = geometry.path("coordinates");
        switch (geometry.path("type").asText()) {
            case "LineString" -> out.add(ring(c));
            case "MultiLineString", "Polygon" -> c.forEach(line -> out.add(ring(line)));
            case "MultiPolygon" -> c.forEach(polygon -> polygon.forEach(r -> out.add(ring(r))));
            default -> {
                // points are read separately as labels
            }
        }
        return out;
    }

    /** Polygons of a (Multi)Polygon, each as its list of rings (outer first). */
    static List<List<double[]>> polygons(JsonNode geometry) {
        List<List<double[]>> out = new ArrayList<>();
        JsonNode c = geometry.path("coordinates");
        if ("Polygon".equals(geometry.path("type").asText())) {
            out.add(parts(geometry));
        } else if ("MultiPolygon".equals(geometry.path("type").asText())) {
            for (JsonNode polygon : c) {
                List<double[]> rings = new ArrayList<>();
                polygon.forEach(r -> rings.add(ring(r)));
                out.add(rings);
            }
        }
        return out;
    }

    private static double[] ring(JsonNode positions) {
        double[] lonLat = new double[positions.size() * 2];
        int i = 0;
        for (JsonNode p : positions) {
            lonLat[i++] = p.path(0).asDouble();
            lonLat[i++] = p.path(1).asDouble();
        }
        return lonLat;
    }

    static void append(GeometrySet.Builder builder, List<double[]> parts, LocalProjection projection) {
        for (double[] part : parts) {
            builder.startPart();
            for (int i = 0; i < part.length; i += 2) {
                builder.point(projection.x(part[i]), projection.y(part[i + 1]));
            }
        }
    }

    static double[] lats(double[] lonLat) {
        double[] out = new double[lonLat.length / 2];
        for (int i = 0; i < out.length; i++) {
            out[i] = lonLat[2 * i + 1];
        }
        return out;
    }

    static double[] lons(double[] lonLat) {
        double[] out = new double[lonLat.length / 2];
        for (int i = 0; i < out.length; i++) {
            out[i] = lonLat[2 * i];
        }
        return out;
    }
}
