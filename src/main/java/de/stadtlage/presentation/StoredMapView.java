package de.stadtlage.presentation;

import de.stadtlage.common.Json;
import java.time.LocalDate;
import java.util.List;

/**
 * A map view the chair stored for an agenda item ("Ansicht für Tagesordnung merken"): its slide shows the map
 * exactly so. Kept as JSON in {@code agenda_item.map_view}.
 *
 * @param centerLat  map centre, WGS84
 * @param centerLon  map centre, WGS84
 * @param zoom       the map's zoom (its own scale)
 * @param layers     layer names that were switched on
 * @param from       first day of the time window (inclusive)
 * @param to         last day of the time window (exclusive)
 * @param categories category names (enum names); empty means all
 */
public record StoredMapView(double centerLat, double centerLon, double zoom, List<String> layers, LocalDate from,
                            LocalDate to, List<String> categories) {

    public StoredMapView {
        layers = layers == null ? List.of() : List.copyOf(layers);
        categories = categories == null ? List.of() : List.copyOf(categories);
    }

    public String toJson() {
        return Json.write(this);
    }

    public static StoredMapView fromJson(String json) {
        return Json.read(json, StoredMapView.class);
    }
}
