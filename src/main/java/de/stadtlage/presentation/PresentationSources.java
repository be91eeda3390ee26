package de.stadtlage.presentation;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * What the deck takes from the map feature: map images for a time window or a stored view, and the per-area
 * change table. The map feature implements it; {@link #NONE} leaves the map slides with a plain note.
 */
public interface PresentationSources {

    PresentationSources NONE = new PresentationSources() {
    };

    /** The hotspot map for incidents from {@code from} (inclusive) to {@code to} (exclusive), as PNG. */
    default Optional<byte[]> hotspotMap(LocalDate from, LocalDate to, int width, int height) {
        return Optional.empty();
    }

    /** The "Veränderung" map: where density rose and fell against the window one period earlier, as PNG. */
    default Optional<byte[]> changeMap(LocalDate from, LocalDate to, int width, int height) {
        return Optional.empty();
    }

    /** Counts per district and focus area for the window and the one before it. */
    default List<AreaChange> areaChanges(LocalDate from, LocalDate to) {
        return List.of();
    }

    /** A stored map view, drawn exactly as the chair stored it. */
    default Optional<byte[]> storedView(StoredMapView view, int width, int height) {
        return Optional.empty();
    }

    /**
     * The strongest hotspots of the window, numbered by their incidents as {@link #hotspotMap} numbers them; empty
     * when the map feature cannot compute them (the deck then lists the minutes' hotspots).
     */
    default List<HotspotSpot> topHotspots(LocalDate from, LocalDate to, int count) {
        return List.of();
    }

    /** One row of the change table. */
    record AreaChange(String area, int before, int now) {
    }

    /** One numbered hotspot of the hotspot map. */
    record HotspotSpot(int rank, String place, String district, int incidents) {
    }
}
