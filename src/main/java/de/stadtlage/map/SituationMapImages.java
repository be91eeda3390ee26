package de.stadtlage.map;

import de.stadtlage.app.AppContext;
import de.stadtlage.presentation.PresentationSources;
import de.stadtlage.presentation.StoredMapView;
import de.stadtlage.situation.AreaComparison;
import de.stadtlage.situation.AreaKind;
import de.stadtlage.situation.HotspotQuery;
import de.stadtlage.situation.IncidentCategory;
import de.stadtlage.situation.IncidentFilter;
import de.stadtlage.situation.hotspot.Hotspot;
import de.stadtlage.situation.hotspot.HotspotSettings;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Map pictures for the projector through {@link MapPictures} (the minutes use it too): the hotspot (KDE) map of a
 * time window with its strongest hotspots numbered, the change map against the window before, and stored views of
 * agenda items, all as PNG with the focus areas outlined and named.
 * <p>
 * The pictures are laid out at {@link #SLIDE_DETAIL} times less than their pixel size and drawn that much larger:
 * a 1600 px picture shown 1200 px wide on a 1920 × 1080 projector then has area names of about 28 px, legible from
 * the back of the room (at detail 1 they were 6–9 px).
 */
public final class SituationMapImages implements PresentationSources {

    /** How much larger than on the screen a slide's map draws its names, markers and lines. */
    public static final double SLIDE_DETAIL = 2.5;
    /** The hotspots numbered on the map and listed beside it. */
    public static final int TOP_HOTSPOTS = 3;
    /** The focus areas the slides' maps show (codes of V1__create_schema.sql). */
    private static final Set<String> FRAMED = Set.of("CITY_WALLRING", "NORDSTADT");

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
        return hotspotPicture(from, to, width, height).map(p -> PictureFormat.PNG.encode(p.image()));
    }

    /** The hotspot map with the names drawn on it (tests check that they are large enough for a projector). */
    public Optional<MapImageRenderer.Picture> hotspotPicture(LocalDate from, LocalDate to, int width, int height) {
        HotspotMarkerLayer marks = new HotspotMarkerLayer();
        marks.setMarks(strongest(window(from, to, List.of())).stream()
                .map(h -> new HotspotMarkerLayer.Mark(h.rank(), h.lat(), h.lon(), place(h))).toList());
        return pictures.picture(window(from, to, List.of()), MapPictures.Layer.DENSITY, frame(), width, height,
                List.of(focusAreas(), marks));
    }

    @Override
    public Optional<byte[]> changeMap(LocalDate from, LocalDate to, int width, int height) {
        return pictures.picture(window(from, to, List.of()), MapPictures.Layer.CHANGE, frame(), width, height,
                List.of(focusAreas())).map(p -> PictureFormat.PNG.encode(p.image()));
    }

    @Override
    public List<HotspotSpot> topHotspots(LocalDate from, LocalDate to, int count) {
        return strongest(window(from, to, List.of())).stream().limit(count)
                .map(h -> new HotspotSpot(h.rank(), place(h), h.district(), h.incidents())).toList();
    }

    private List<Hotspot> strongest(IncidentFilter filter) {
        HotspotQuery query = pictures.query();
        List<Hotspot> all = query.analyse(query.load(filter), HotspotSettings.defaults()).hotspots();
        return Hotspot.rankedByIncidents(all).stream().limit(TOP_HOTSPOTS).toList();
    }

    private static String place(Hotspot h) {
        return h.street() == null || h.street().isBlank() ? h.district() : h.street();
    }

    /** City and Nordstadt as the focus areas outline them, or the map package's home box without them. */
    private MapFrame frame() {
        return AreaComparison.bounds(context.areas().list(AreaKind.FOCUS), FRAMED)
                .map(box -> MapFrame.box(box, SLIDE_DETAIL, 8)).orElse(MapFrame.home(SLIDE_DETAIL, 8));
    }

    private AreaOutlineLayer focusAreas() {
        AreaOutlineLayer outlines = new AreaOutlineLayer("Schwerpunktbereiche");
        outlines.setLegendShown(false);
        outlines.setAreas(context.areas().list(AreaKind.FOCUS).stream()
                .flatMap(a -> AreaComparison.rings(a).stream()).toList());
        return outlines;
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
        // the area the chair stored, with names as large as on the other slides
        MapFrame frame = view.zoom() > 0
                ? MapFrame.at(view.centerLat(), view.centerLon(), view.zoom(), SLIDE_DETAIL) : frame();
        MapPictures.Layer layer = view.layers().contains("change") ? MapPictures.Layer.CHANGE
                : MapPictures.Layer.DENSITY;
        return pictures.picture(window(view.from(), view.to(), view.categories()), layer, frame, width, height,
                List.of(focusAreas())).map(p -> PictureFormat.PNG.encode(p.image()));
    }

    /** {@code to} is exclusive here (a week is Monday to next Monday); the filter's end is inclusive. */
    private static IncidentFilter window(LocalDate from, LocalDate to, List<String> categories) {
        Set<IncidentCategory> chosen = categories.isEmpty() ? Set.of()
                : EnumSet.copyOf(categories.stream().map(IncidentCategory::valueOf).toList());
        return new IncidentFilter(from, to.minusDays(1), chosen, Set.of());
    }
}
