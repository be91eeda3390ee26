package de.stadtlage.situation;

import de.stadtlage.situation.hotspot.GridExtent;
import de.stadtlage.situation.hotspot.HotspotEngine;
import de.stadtlage.situation.hotspot.HotspotResult;
import de.stadtlage.situation.hotspot.HotspotSettings;
import de.stadtlage.situation.hotspot.IncidentPoints;
import de.stadtlage.situation.hotspot.PlaceLookup;
import java.util.List;

/**
 * Incidents from the database, filtered, turned into the engine's arrays and analysed. Shared by the Lage page
 * and the {@code hotspots} command so both rank the same hotspots.
 */
public final class HotspotQuery {

    private final IncidentRepository incidents;
    private final HotspotEngine engine;
    private final GridExtent area;

    public HotspotQuery(IncidentRepository incidents, PlaceLookup places, GridExtent area) {
        this.incidents = incidents;
        this.engine = new HotspotEngine(places);
        this.area = area;
    }

    public List<Incident> load(IncidentFilter filter) {
        return filter.apply(incidents.findBetween(filter.from().atStartOfDay(), filter.to().plusDays(1).atStartOfDay()));
    }

    public HotspotResult analyse(List<Incident> selected, HotspotSettings settings) {
        return engine.analyse(points(selected), area, settings);
    }

    public HotspotEngine engine() {
        return engine;
    }

    public GridExtent area() {
        return area;
    }

    /** Coordinates and weights (the incident's count of persons or cases) as primitive arrays. */
    public static IncidentPoints points(List<Incident> selected) {
        int n = selected.size();
        double[] lat = new double[n];
        double[] lon = new double[n];
        double[] weight = new double[n];
        for (int i = 0; i < n; i++) {
            Incident incident = selected.get(i);
            lat[i] = incident.latitude();
            lon[i] = incident.longitude();
            weight[i] = Math.max(1, incident.count());
        }
        return new IncidentPoints(lat, lon, weight, n);
    }
}
