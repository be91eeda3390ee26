package de.stadtlage.situation;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import de.stadtlage.common.Formats;
import de.stadtlage.situation.hotspot.NamedShape;
import java.util.ArrayList;
import java.util.List;

/** Incident counts per district and focus area, now and in the period before, with the change in percent. */
public final class AreaComparison {

    private static final ObjectMapper JSON = new ObjectMapper();

    /** One table row. Counts are incident counts (an incident may stand for several cases). */
    public record Row(String name, AreaKind kind, int current, int previous) {
        public int difference() {
            return current - previous;
        }

        /** "+17,0 %", "-3,5 %", or "–" without a previous count. */
        public String change() {
            return Formats.percentChange(previous, current);
        }
    }

    private AreaComparison() {
    }

    public static List<Row> compute(List<Area> areas, List<Incident> current, List<Incident> previous) {
        List<Row> rows = new ArrayList<>();
        for (Area area : areas) {
            List<NamedShape> rings = rings(area);
            rows.add(new Row(area.name(), area.kind(), count(rings, current), count(rings, previous)));
        }
        return rows;
    }

    private static int count(List<NamedShape> rings, List<Incident> incidents) {
        int sum = 0;
        for (Incident i : incidents) {
            for (NamedShape ring : rings) {
                if (ring.contains(i.latitude(), i.longitude())) {
                    sum += Math.max(1, i.count());
                    break;
                }
            }
        }
        return sum;
    }

    /** Outer rings of a GeoJSON Polygon or MultiPolygon; holes are ignored (areas here have none). */
    public static List<NamedShape> rings(Area area) {
        List<NamedShape> out = new ArrayList<>();
        try {
            JsonNode geometry = JSON.readTree(area.geometryJson());
            JsonNode c = geometry.path("coordinates");
            if ("Polygon".equals(geometry.path("type").asText())) {
                out.add(ring(area.name(), c.path(0)));
            } else {
                c.forEach(polygon -> out.add(ring(area.name(), polygon.path(0))));
            }
        } catch (java.io.IOException e) {
            throw new IllegalStateException("Gebiet " + area.name() + " hat keine lesbare Geometrie", e);
        }
        return out;
    }

    /**
     * West, south, east and north in degrees of the areas with the given codes (e.g. the focus areas City and
     * Nordstadt, which the map opens on), or empty when none of them is there.
     */
    public static java.util.Optional<double[]> bounds(List<Area> areas, java.util.Set<String> codes) {
        double[] box = {Double.MAX_VALUE, Double.MAX_VALUE, -Double.MAX_VALUE, -Double.MAX_VALUE};
        for (Area area : areas) {
            if (codes.contains(area.code())) {
                for (NamedShape ring : rings(area)) {
                    for (int i = 0; i < ring.size(); i++) {
                        box[0] = Math.min(box[0], ring.lon()[i]);
                        box[1] = Math.min(box[1], ring.lat()[i]);
                        box[2] = Math.max(box[2], ring.lon()[i]);
                        box[3] = Math.max(box[3], ring.lat()[i]);
                    }
                }
            }
        }
        return box[0] > box[2] ? java.util.Optional.empty() : java.util.Optional.of(box);
    }

    private static NamedShape ring(String name, JsonNode positions) {
        double[] lat = new double[positions.size()];
        double[] lon = new double[positions.size()];
        for (int i = 0; i < lat.length; i++) {
            lon[i] = positions.get(i).path(0).asDouble();
            lat[i] = positions.get(i).path(1).asDouble();
        }
        return new NamedShape(name, lat, lon);
    }
}
