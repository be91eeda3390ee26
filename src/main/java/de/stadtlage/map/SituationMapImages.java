package de.stadtlage.map;

import de.stadtlage.app.AppContext;
import de.stadtlage.common.FxToolkit;
import de.stadtlage.presentation.PresentationSources;
import de.stadtlage.presentation.StoredMapView;
import de.stadtlage.situation.AreaComparison;
import de.stadtlage.situation.HotspotQuery;
import de.stadtlage.situation.Incident;
import de.stadtlage.situation.IncidentCategory;
import de.stadtlage.situation.IncidentFilter;
import de.stadtlage.situation.hotspot.HotspotEngine;
import de.stadtlage.situation.hotspot.HotspotSettings;
import de.stadtlage.situation.hotspot.PlaceLookup;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Supplier;
import javafx.application.Platform;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.image.WritableImage;
import javax.imageio.ImageIO;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Map pictures for the projector, drawn by the same renderer as the Lage page (the minutes use MinutesMap): the hotspot
 * (KDE) map of a time window, the change map against the window before, and stored views of agenda items.
 * Without a map package or a JavaFX toolkit (a server without display) there is no picture, and the callers say so.
 */
public final class SituationMapImages implements PresentationSources {

    private static final Logger LOG = LoggerFactory.getLogger(SituationMapImages.class);

    private final AppContext context;
    private final Supplier<Optional<MapData>> mapData;
    private final MapImageRenderer renderer = new MapImageRenderer(new MapStyle());

    public SituationMapImages(AppContext context) {
        this.context = context;
        Optional<MapData>[] cache = new Optional[1];
        // The map package is parsed once, on first use, off the FX thread.
        this.mapData = () -> {
            synchronized (cache) {
                if (cache[0] == null) {
                    cache[0] = MapPackageLoader.fromClasspath().loadUnchecked();
                }
                return cache[0];
            }
        };
    }

    @Override
    public Optional<byte[]> hotspotMap(LocalDate from, LocalDate to, int width, int height) {
        return picture(window(from, to, List.of()), false, null, width, height);
    }

    @Override
    public Optional<byte[]> changeMap(LocalDate from, LocalDate to, int width, int height) {
        return picture(window(from, to, List.of()), true, null, width, height);
    }

    @Override
    public List<AreaChange> areaChanges(LocalDate from, LocalDate to) {
        IncidentFilter filter = window(from, to, List.of());
        HotspotQuery query = query();
        return AreaComparison.compute(context.areas().list(), query.load(filter), query.load(filter.previousPeriod()))
                .stream().map(r -> new AreaChange(r.name(), r.previous(), r.current())).toList();
    }

    @Override
    public Optional<byte[]> storedView(StoredMapView view, int width, int height) {
        return picture(window(view.from(), view.to(), view.categories()), view.layers().contains("change"), view,
                width, height);
    }

    private Optional<byte[]> picture(IncidentFilter filter, boolean change, StoredMapView stored, int width, int height) {
        Optional<MapData> data = mapData.get();
        if (data.isEmpty()) {
            return Optional.empty();
        }
        HotspotQuery query = query();
        HotspotSettings settings = HotspotSettings.defaults();
        List<Incident> now = query.load(filter);
        GridLayer layer;
        if (change) {
            layer = new ChangeLayer();
            layer.setGrid(query.engine().change(HotspotQuery.points(now),
                    HotspotQuery.points(query.load(filter.previousPeriod())), query.area(), settings));
        } else {
            layer = new DensityLayer();
            layer.setGrid(query.analyse(now, settings).grid());
        }
        MapViewport viewport = viewport(data.get(), stored, width, height);
        return onFxThread(() -> png(renderer.render(data.get(), List.of(layer), viewport, width, height)));
    }

    private static MapViewport viewport(MapData data, StoredMapView stored, int width, int height) {
        if (stored != null && stored.zoom() > 0) {
            LocalProjection p = data.projection();
            return new MapViewport(p.x(stored.centerLon()), p.y(stored.centerLat()), stored.zoom(), width, height);
        }
        double[] b = data.home();
        return MapViewport.fit(b[0], b[1], b[2], b[3], width, height, 20);
    }

    private HotspotQuery query() {
        PlaceLookup places = mapData.get().<PlaceLookup>map(MapData::places).orElse(PlaceLookup.NONE);
        return new HotspotQuery(context.incidents(), places, HotspotEngine.dortmundCenter());
    }

    /** {@code to} is exclusive here (a week is Monday to next Monday); the filter's end is inclusive. */
    private static IncidentFilter window(LocalDate from, LocalDate to, List<String> categories) {
        Set<IncidentCategory> chosen = categories.isEmpty() ? Set.of()
                : EnumSet.copyOf(categories.stream().map(IncidentCategory::valueOf).toList());
        return new IncidentFilter(from, to.minusDays(1), chosen, Set.of());
    }

    private static Optional<byte[]> onFxThread(Supplier<byte[]> work) {
        if (Platform.isFxApplicationThread()) {
            return Optional.of(work.get());
        }
        if (!FxToolkit.ensureRunning()) {
            return Optional.empty();
        }
        CompletableFuture<byte[]> result = new CompletableFuture<>();
        // Canvas snapshots must be taken on the FX thread; the caller (an export task) waits for it.
        Platform.runLater(() -> {
            try {
                result.complete(work.get());
            } catch (RuntimeException e) {
                result.completeExceptionally(e);
            }
        });
        try {
            return Optional.of(result.get(60, TimeUnit.SECONDS));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.empty();
        } catch (ExecutionException | TimeoutException e) {
            LOG.warn("Lagekarte konnte nicht gezeichnet werden", e);
            return Optional.empty();
        }
    }

    private static byte[] png(WritableImage image) {
        try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            ImageIO.write(SwingFXUtils.fromFXImage(image, null), "png", out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new IllegalStateException("PNG in memory failed", e);
        }
    }
}
