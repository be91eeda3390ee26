package de.stadtlage.map;

import de.stadtlage.app.AppContext;
import de.stadtlage.presentation.PresentationSources;
import de.stadtlage.presentation.StoredMapView;
import de.stadtlage.situation.AreaComparison;
import de.stadtlage.situation.HotspotQuery;
import de.stadtlage.situation.IncidentCategory;
import de.stadtlage.situation.IncidentFilter;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Map pictures for the projector through {@link MapPictures} (the minutes use it too): the hotspot (KDE) map of a
 * time window, the change map against the window before, and stored views of agenda items, all as PNG.
 */
public final class SituationMapImages implements PresentationSources {

    /** The slides' margin around City and Nordstadt, in pixels. */
    private static final MapFrame HOME = MapFrame.home(1, 20);

    private final AppContext context;
    private final MapPictures pictures;

    public SituationMapImages(AppContext context) {
        this(context, new MapPictures(context.incidents(), MapPackageLoader.fromClasspath()));
    }

    public SituationMapImages(AppContext context, MapPictures pictures) {
        this.context = context;
        this.pictures = pictures;
    }

    @Override
    public Optional<byte[]> hotspotMap(LocalDate from, LocalDate to, int width, int height) {
        return pictures.draw(window(from, to, List.of()), MapPictures.Layer.DENSITY, HOME, width, height,
                PictureFormat.PNG);
    }

    @Override
    public Optional<byte[]> changeMap(LocalDate from, LocalDate to, int width, int height) {
        return pictures.draw(window(from, to, List.of()), MapPictures.Layer.CHANGE, HOME, width, height,
                PictureFormat.PNG);
    }

    @Override
    public List<AreaChange> areaChanges(LocalDate from, LocalDate to) {
        IncidentFilter filter = window(from, to, List.of());
        HotspotQuery query = pictures.query();
        return AreaComparison.compute(context.areas().list(), query.load(filter), query.load(filter.previousPeriod()))
                .stream().map(r -> new AreaChange(r.name(), r.previous(), r.current())).toList();
    }

    @Override
    public Optional<byte[]> storedView(StoredMapView view, int width, int height) {
        MapFrame frame = view.zoom() > 0 ? MapFrame.at(view.centerLat(), view.centerLon(), view.zoom()) : HOME;
        MapPictures.Layer layer = view.layers().contains("change") ? MapPictures.Layer.CHANGE
                : MapPictures.Layer.DENSITY;
        return pictures.draw(window(view.from(), view.to(), view.categories()), layer, frame, width, height,
                PictureFormat.PNG);
    }

    /** {@code to} is exclusive here (a week is Monday to next Monday); the filter's end is inclusive. */
    private static IncidentFilter window(LocalDate from, LocalDate to, List<String> categories) {
        Set<IncidentCategory> chosen = categories.isEmpty() ? Set.of()
                : EnumSet.copyOf(categories.stream().map(IncidentCategory::valueOf).toList());
        return new IncidentFilter(from, to.minusDays(1), chosen, Set.of());
    }
}
