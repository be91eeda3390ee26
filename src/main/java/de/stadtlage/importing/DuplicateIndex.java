package de.stadtlage.importing;

import de.stadtlage.situation.Incident;
import de.stadtlage.situation.IncidentCategory;
import de.stadtlage.situation.IncidentSource;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Incidents already known: same time, category and source and a place within 25 m count as the same. */
final class DuplicateIndex {

    static final double RADIUS_METERS = 25.0;

    private final Map<Key, List<double[]>> known = new HashMap<>();

    void add(Incident incident) {
        known.computeIfAbsent(Key.of(incident), k -> new ArrayList<>(1))
                .add(new double[] {incident.latitude(), incident.longitude()});
    }

    boolean contains(Incident incident) {
        List<double[]> places = known.get(Key.of(incident));
        if (places == null) {
            return false;
        }
        for (double[] place : places) {
            if (Geo.meters(place[0], place[1], incident.latitude(), incident.longitude()) <= RADIUS_METERS) {
                return true;
            }
        }
        return false;
    }

    private record Key(LocalDateTime at, IncidentCategory category, IncidentSource source) {
        static Key of(Incident incident) {
            return new Key(incident.occurredAt(), incident.category(), incident.source());
        }
    }
}
