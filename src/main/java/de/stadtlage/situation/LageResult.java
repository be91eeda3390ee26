package de.stadtlage.situation;

import de.stadtlage.situation.hotspot.DensityGrid;
import de.stadtlage.situation.hotspot.HotspotResult;
import java.util.List;

/** Everything the Lage page shows for one filter, computed in the background in one go. */
public record LageResult(IncidentFilter filter, List<Incident> incidents, List<Incident> previousIncidents,
                         HotspotResult hotspots, DensityGrid change, List<AreaComparison.Row> areas) {

    public LageResult {
        incidents = List.copyOf(incidents);
        previousIncidents = List.copyOf(previousIncidents);
        areas = List.copyOf(areas);
    }
}
