package de.stadtlage.situation;

import de.stadtlage.app.AppContext;
import de.stadtlage.app.Page;
import de.stadtlage.app.Settings;
import de.stadtlage.common.DialogService;
import de.stadtlage.common.Formats;
import de.stadtlage.common.Messages;
import de.stadtlage.common.TaskRunner;
import de.stadtlage.map.AreaOutlineLayer;
import de.stadtlage.map.ChangeLayer;
import de.stadtlage.map.DensityLayer;
import de.stadtlage.map.GeoPoint;
import de.stadtlage.map.GiStarLayer;
import de.stadtlage.map.IncidentLayer;
import de.stadtlage.map.LocalProjection;
import de.stadtlage.map.MapData;
import de.stadtlage.map.MapDataService;
import de.stadtlage.map.MapCaption;
import de.stadtlage.map.MapImageRenderer;
import de.stadtlage.map.MapPackageLoader;
import de.stadtlage.map.MapView;
import de.stadtlage.map.google.BaseMapSwitch;
import de.stadtlage.map.google.HotspotOverlay;
import de.stadtlage.situation.hotspot.HotspotEngine;
import de.stadtlage.situation.hotspot.PlaceLookup;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;
import javafx.scene.Node;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SplitPane;
import javafx.scene.layout.BorderPane;
import javafx.scene.paint.Color;
import javafx.stage.FileChooser;

/**
 * The Lage section: filter bar, the map with incidents and the hotspot/change layer, the hotspot list and the
 * district comparison, and the weekly playback.
 */
public final class LagePage implements Page {

    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(LagePage.class);

    /** The focus areas the opening view fits (codes of V1__create_schema.sql). */
    private static final java.util.Set<String> HOME_AREAS = java.util.Set.of("CITY_WALLRING", "NORDSTADT");

    private final BorderPane root = new BorderPane();
    private final MapView map = new MapView();
    private final IncidentLayer incidents = new IncidentLayer();
    private final DensityLayer density = new DensityLayer();
    private final GiStarLayer giStar = new GiStarLayer();
    private final ChangeLayer change = new ChangeLayer();
    private final AreaOutlineLayer focusAreas = new AreaOutlineLayer(Messages.get("lage.layer.focus"));
    private final LageViewModel model;
    private final DialogService dialogs;
    private final Clock clock;
    // --- Google Maps base layer (issue 9): wraps the offline map's slot; fed in show(LageResult). ---
    private final BaseMapSwitch baseMap;

    public LagePage(AppContext context, TaskRunner runner, DialogService dialogs) {
        this(context, runner, dialogs, Settings::load);
    }

    /** @param settings the user's settings, read afresh on each call (the settings dialog may have saved them) */
    public LagePage(AppContext context, TaskRunner runner, DialogService dialogs, Supplier<Settings> settings) {
        this.dialogs = dialogs;
        this.clock = context.clock();
        AtomicReference<PlaceLookup> places = new AtomicReference<>(PlaceLookup.NONE);
        HotspotQuery query = new HotspotQuery(context.incidents(), delegating(places), HotspotEngine.dortmundCenter());
        LocalDate latest = context.incidents().latestOccurrence().map(t -> t.toLocalDate())
                .orElse(LocalDate.now(context.clock()));
        model = new LageViewModel(query, () -> context.areas().list(), new IncidentEntryService(context.database(), context.currentUser(), context.clock()),
                latest, work -> submit(runner, work));
        MapDataService loading = MapDataService.loadInto(map, MapPackageLoader.fromClasspath());
        loading.valueProperty().addListener((obs, o, data) -> data.ifPresent(d -> {
            places.set(d.places());
            model.reload(); // street and district names arrive with the map package
        }));
        map.getLayers().addAll(density, giStar, change, focusAreas, incidents);
        List<Area> focus = context.areas().list(AreaKind.FOCUS);
        focusAreas.setAreas(focus.stream().flatMap(a -> AreaComparison.rings(a).stream()).toList());
        homeOnCityAndNordstadt(focus);
        map.setOnMapClicked(this::showIncidentsAt);
        map.setOnContextMenuRequested(e -> contextMenu(map.toGeo(e.getX(), e.getY())).show(map, e.getScreenX(),
                e.getScreenY()));
        LageSidePanel side = new LageSidePanel(model, h -> map.centerOn(h.lat(), h.lon()));
        baseMap = new BaseMapSwitch(map, settings, dialogs);
        SplitPane split = new SplitPane(baseMap.node(), side.node());
        split.setDividerPositions(0.64);
        root.setTop(new LageFilterBar(model, this::exportPng).node());
        root.setCenter(split);
        root.setBottom(new LagePlayback(model).node());
        root.getStyleClass().add("lage-page");
        root.setId("page-lage");
        model.resultProperty().addListener((obs, o, r) -> show(r));
        model.modeProperty().addListener((obs, o, m) -> showMode(m));
        showMode(model.modeProperty().get());
    }

    /**
     * A map package that finishes loading while the window closes asks for one more recomputation; the runner is
     * shut down by then, and that late request is dropped instead of reported as an error.
     */
    private static void submit(TaskRunner runner, Runnable work) {
        try {
            runner.run(asTask(work));
        } catch (java.util.concurrent.RejectedExecutionException closing) {
            LOG.debug("Lage nicht neu berechnet: die Anwendung wird beendet");
        }
    }

    /** The Service hands over a wrapped Runnable; the shared runner (a direct one in tests) wants a Task. */
    private static javafx.concurrent.Task<Void> asTask(Runnable work) {
        return new javafx.concurrent.Task<>() {
            @Override
            protected Void call() {
                work.run();
                return null;
            }
        };
    }

    private static PlaceLookup delegating(AtomicReference<PlaceLookup> places) {
        return new PlaceLookup() {
            @Override
            public String nearestStreet(double lat, double lon) {
                return places.get().nearestStreet(lat, lon);
            }

            @Override
            public String district(double lat, double lon) {
                return places.get().district(lat, lon);
            }
        };
    }

    private void show(LageResult r) {
        List<Incident> list = r.incidents();
        int n = list.size();
        double[] lat = new double[n];
        double[] lon = new double[n];
        int[] cat = new int[n];
        long[] ids = new long[n];
        for (int i = 0; i < n; i++) {
            lat[i] = list.get(i).latitude();
            lon[i] = list.get(i).longitude();
            cat[i] = list.get(i).category().ordinal();
            ids[i] = list.get(i).id() == null ? -1 : list.get(i).id();
        }
        incidents.setIncidents(lat, lon, cat, ids, n, palette(), projection());
        if (r.hotspots().classes() == null) {
            density.setGrid(r.hotspots().grid());
        } else {
            giStar.setGrid(r.hotspots().grid());
        }
        change.setGrid(r.change());
        MapMode mode = model.modeProperty().get();
        baseMap.showSituation(r.incidents(), r.hotspots().hotspots(), HotspotOverlay.of(mode, r.hotspots(), r.change()),
                HotspotOverlay.legend(mode, r.hotspots()));
    }

    private void showMode(MapMode mode) {
        density.setVisible(mode == MapMode.KDE);
        giStar.setVisible(mode == MapMode.GI_STAR);
        change.setVisible(mode == MapMode.CHANGE);
        // every mode shows a surface: full-size count circles would hide it
        incidents.setSubdued(density.isVisible() || giStar.isVisible() || change.isVisible());
    }

    /** The opening view: the focus areas City (inside the Wallring) and Nordstadt, where the staff works. */
    private void homeOnCityAndNordstadt(List<Area> focus) {
        AreaComparison.bounds(focus, HOME_AREAS).ifPresent(b -> map.setHomeArea(b[0], b[1], b[2], b[3]));
    }

    static IncidentLayer.Palette palette() {
        List<Color> colors = Arrays.stream(IncidentCategory.values()).map(c -> Color.web(c.color())).toList();
        List<String> names = Arrays.stream(IncidentCategory.values()).map(IncidentCategory::label).toList();
        return new IncidentLayer.Palette(colors, names);
    }

    private LocalProjection projection() {
        MapData data = map.getMapData();
        return data == null ? LocalProjection.DORTMUND : data.projection();
    }

    private void showIncidentsAt(GeoPoint point) {
        LageResult r = model.resultProperty().get();
        long[] ids = incidents.idsAt(map.getViewport(), point.screenX(), point.screenY());
        if (r == null || ids.length == 0) {
            return;
        }
        java.util.Set<Long> wanted = Arrays.stream(ids).boxed().collect(java.util.stream.Collectors.toSet());
        List<Incident> hits = r.incidents().stream().filter(i -> wanted.contains(i.id())).toList();
        new IncidentListDialog(hits).showAndWait().ifPresent(choice -> {
            if (choice.delete()) {
                delete(choice.incident());
            } else {
                new IncidentEntryDialog(choice.incident(), LocalDate.now(clock)).showAndWait().ifPresent(edited -> guarded(
                        () -> model.update(edited)));
            }
        });
    }

    private void delete(Incident incident) {
        String what = Formats.dateTime(incident.occurredAt()) + " · " + incident.category().label();
        if (dialogs.confirm(Messages.get("lage.delete.title"), Messages.get("lage.delete.question", what))) {
            guarded(() -> model.delete(incident.id()));
        }
    }

    /** Refused writes (permissions, a row deleted meanwhile) become a German error message, not a crash. */
    private void guarded(Runnable write) {
        try {
            write.run();
        } catch (de.stadtlage.common.UserMessage ex) {
            dialogs.showError(Messages.get("lage.record.failed"), ex.getMessage(), ex);
        }
    }

    private ContextMenu contextMenu(GeoPoint point) {
        MenuItem record = new MenuItem(Messages.get("lage.record.menu"));
        record.setOnAction(e -> new IncidentEntryDialog(point.lat(), point.lon(), LocalDateTime.now(clock)).showAndWait()
                .ifPresent(incident -> guarded(() -> model.record(incident))));
        return new ContextMenu(record);
    }

    private void exportPng() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(Messages.get("lage.export.title"));
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("PNG", "*.png"));
        chooser.setInitialFileName("lage-" + Formats.isoWeek(model.filter().from()).replace(' ', '-')
                .replace('/', '-') + ".png");
        java.io.File file = chooser.showSaveDialog(root.getScene().getWindow());
        if (file != null) {
            exportTo(file.toPath());
        }
    }

    /** Saves the map as shown, at twice the window's size for print, with title, period, legends and attribution. */
    void exportTo(Path file) {
        try {
            var vp = map.getViewport();
            MapImageRenderer.writePng(map.renderImage((int) vp.width() * 2, (int) vp.height() * 2, caption()), file);
        } catch (java.io.IOException e) {
            dialogs.showError(Messages.get("lage.export.failed"), Messages.get("lage.export.failed.text"), e);
        }
    }

    /** "Lage KW 34/2023 – Hotspots (Kerndichte)" over "21.08.2023 – 27.08.2023 · 716 Vorfälle · Kategorien: alle …". */
    MapCaption caption() {
        IncidentFilter f = model.filter();
        LageResult r = model.resultProperty().get();
        int count = r == null ? 0 : r.incidents().size();
        String title = Messages.get("lage.export.caption", Formats.isoWeek(f.from()), model.modeProperty().get().label());
        String subtitle = Messages.get("lage.export.period", Formats.date(f.from()), Formats.date(f.to()),
                Formats.number(count), count,
                LageFilterBar.choiceText("lage.filter.categories", f.categories().size(), IncidentCategory.values().length),
                LageFilterBar.choiceText("lage.filter.sources", f.sources().size(), IncidentSource.values().length));
        return new MapCaption(title, subtitle);
    }

    /** Adds an action to the filter bar: other features (the presentation's stored views) put their tools here. */
    public void addTool(Node tool) {
        ((javafx.scene.layout.Pane) root.getTop()).getChildren().add(tool);
    }

    public LageViewModel model() {
        return model;
    }

    public MapView map() {
        return map;
    }

    /** The map slot that shows the offline map or Google Maps (issue 9). */
    public BaseMapSwitch baseMap() {
        return baseMap;
    }

    @Override
    public Node node() {
        return root;
    }
}
