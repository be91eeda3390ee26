package de.stadtlage.boards;

import de.stadtlage.situation.Area;
import de.stadtlage.situation.AreaKind;
import de.stadtlage.situation.AreaRepository;
import de.stadtlage.situation.Incident;
import de.stadtlage.situation.IncidentRepository;
import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Incident counts per focus area for task cards. The four-week windows end at the newest incident rather than
 * today: imported data lags behind, and a board should not show "0 ↓" only because this week's data is not in.
 */
public final class FocusAreaTrends {

    static final int WEEKS = 4;

    private final IncidentRepository incidents;
    private final AreaRepository areas;

    public FocusAreaTrends(IncidentRepository incidents, AreaRepository areas) {
        this.incidents = incidents;
        this.areas = areas;
    }

    /** The trend of every focus area, by area id; empty when there are no incidents. */
    public Map<Integer, AreaTrend> compute() {
        Map<Integer, AreaTrend> result = new HashMap<>();
        LocalDateTime end = incidents.latestOccurrence().orElse(null);
        if (end == null) {
            return result;
        }
        LocalDateTime middle = end.minusWeeks(WEEKS);
        LocalDateTime start = middle.minusWeeks(WEEKS);
        // The newest incident itself must count, so the recent window ends just after it.
        List<Incident> window = incidents.findBetween(start, end.plusSeconds(1));
        for (Area area : areas.list(AreaKind.FOCUS)) {
            AreaShape shape = AreaShape.parse(area.geometryJson());
            int recent = 0;
            int previous = 0;
            for (Incident incident : window) {
                if (shape.contains(incident.longitude(), incident.latitude())) {
                    if (incident.occurredAt().isBefore(middle)) {
                        previous += incident.count();
                    } else {
                        recent += incident.count();
                    }
                }
            }
            result.put(area.id(), new AreaTrend(area.id(), area.name(), recent, previous));
        }
        return result;
    }
}
