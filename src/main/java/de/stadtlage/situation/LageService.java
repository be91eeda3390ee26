package de.stadtlage.situation;

import de.stadtlage.situation.hotspot.HotspotSettings;
import java.util.List;
import java.util.function.Supplier;
import javafx.concurrent.Service;
import javafx.concurrent.Task;

/**
 * Recomputes the Lage for the current filter. A {@link Service} that is restarted on every filter change, so a
 * slow query for an old filter is cancelled instead of overwriting the newer result.
 */
public final class LageService extends Service<LageResult> {

    private final HotspotQuery query;
    private final Supplier<List<Area>> areas;
    private final Supplier<IncidentFilter> filter;
    private final Supplier<HotspotSettings> settings;

    public LageService(HotspotQuery query, Supplier<List<Area>> areas, Supplier<IncidentFilter> filter,
                       Supplier<HotspotSettings> settings) {
        this.query = query;
        this.areas = areas;
        this.filter = filter;
        this.settings = settings;
    }

    @Override
    protected Task<LageResult> createTask() {
        IncidentFilter f = filter.get();
        HotspotSettings s = settings.get();
        return new Task<>() {
            @Override
            protected LageResult call() {
                List<Incident> now = query.load(f);
                List<Incident> before = query.load(f.previousPeriod());
                var hotspots = query.analyse(now, s);
                var change = query.engine().change(HotspotQuery.points(now), HotspotQuery.points(before),
                        query.area(), s);
                return new LageResult(f, now, before, hotspots, change, AreaComparison.compute(areas.get(), now, before));
            }
        };
    }
}
