package de.stadtlage.meeting.minutes;

import java.time.LocalDate;
import java.util.Optional;

/**
 * Where the minutes get their map from: the app's own map renderer draws City and Nordstadt with the hotspot
 * layer for a time window. Until a renderer is wired in, {@link #NONE} leaves the map out and the minutes say so.
 */
@FunctionalInterface
public interface MapImageSource {

    /** No map: the minutes print "Für diese Sitzung liegt keine Lagekarte vor." */
    MapImageSource NONE = (from, to) -> Optional.empty();

    /**
     * A PNG of the map with the hotspot layer for incidents from {@code from} (inclusive) to {@code to}
     * (exclusive), or empty when no map package or renderer is available.
     */
    Optional<byte[]> render(LocalDate from, LocalDate to);
}
