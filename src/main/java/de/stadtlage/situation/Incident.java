package de.stadtlage.situation;

import java.time.LocalDateTime;

/**
 * One reported incident. Times are local Dortmund time as reported; {@code approximate} marks a position derived
 * from an address rather than given as coordinates.
 */
public record Incident(Long id, LocalDateTime occurredAt, IncidentCategory category, IncidentSource source,
                       double latitude, double longitude, String place, int count, String note,
                       boolean approximate, Integer importBatchId) {

    public static Incident of(LocalDateTime at, IncidentCategory category, IncidentSource source,
                              double latitude, double longitude, String place) {
        return new Incident(null, at, category, source, latitude, longitude, place, 1, null, false, null);
    }
}
