package de.stadtlage.map;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Picks the point labels worth showing from the package's thousands of POIs: landmarks people orient by
 * (station, town hall, theatres, parks, police stations, the Keuning-Haus), quarters and water names.
 */
final class MapLabels {

    /** POI subclass → priority (lower shows earlier when zooming in). */
    private static final Map<String, Integer> LANDMARKS = Map.ofEntries(
            Map.entry("station", 0), Map.entry("townhall", 1), Map.entry("theatre", 1), Map.entry("museum", 1),
            Map.entry("park", 1), Map.entry("community_centre", 2), Map.entry("police", 2),
            Map.entry("hospital", 2), Map.entry("university", 2), Map.entry("cinema", 3),
            Map.entry("courthouse", 3), Map.entry("library", 3), Map.entry("christian", 3));

    /** The same name this close is one landmark (bus stops, entrances and buildings repeat names). */
    private static final double SAME_PLACE_M = 300;

    private MapLabels() {
    }

    static List<MapLabel> from(List<JsonNode> features, LocalProjection projection) {
        List<MapLabel> labels = new ArrayList<>();
        for (JsonNode f : features) {
            JsonNode p = f.path("properties");
            JsonNode c = f.path("geometry").path("coordinates");
            String name = MapPackageLoader.text(p, "name");
            if (name == null || name.isBlank() || !"Point".equals(f.path("geometry").path("type").asText())) {
                continue;
            }
            MapLabel label = toLabel(p, name.strip(), projection.x(c.path(0).asDouble()),
                    projection.y(c.path(1).asDouble()));
            if (label != null && !nearSameName(labels, label)) {
                labels.add(label);
            }
        }
        labels.sort(java.util.Comparator.comparingInt(MapLabel::priority));
        return labels;
    }

    private static MapLabel toLabel(JsonNode p, String name, double x, double y) {
        String layer = p.path("layer").asText();
        String subclass = MapPackageLoader.text(p, "subclass");
        return switch (layer) {
            case "place" -> "city".equals(MapPackageLoader.text(p, "class")) ? null
                    : new MapLabel(x, y, name, MapLabel.Kind.PLACE, 0);
            case "water_name" -> new MapLabel(x, y, name, MapLabel.Kind.WATER, 2);
            case "poi" -> {
                Integer priority = subclass == null ? null : LANDMARKS.get(subclass);
                if (priority == null || "christian".equals(subclass) && !name.contains("Reinoldi")
                        && !name.contains("Marien") && !name.contains("Petri")) {
                    // of the many churches only the three old town churches serve as landmarks
                    yield null;
                }
                MapLabel.Kind kind = "park".equals(subclass) ? MapLabel.Kind.PARK : MapLabel.Kind.LANDMARK;
                yield new MapLabel(x, y, name, kind, priority);
            }
            default -> null;
        };
    }

    private static boolean nearSameName(List<MapLabel> labels, MapLabel label) {
        for (MapLabel l : labels) {
            if (l.text().equals(label.text()) && Math.hypot(l.x() - label.x(), l.y() - label.y()) < SAME_PLACE_M) {
                return true;
            }
        }
        return false;
    }
}
