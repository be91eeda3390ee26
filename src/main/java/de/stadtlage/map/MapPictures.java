package de.stadtlage.map;

import de.stadtlage.common.FxToolkit;
import de.stadtlage.situation.HotspotQuery;
import de.stadtlage.situation.Incident;
import de.stadtlage.situation.IncidentFilter;
import de.stadtlage.situation.IncidentRepository;
import de.stadtlage.situation.hotspot.HotspotEngine;
import de.stadtlage.situation.hotspot.HotspotSettings;
import de.stadtlage.situation.hotspot.PlaceLookup;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Supplier;
import javafx.application.Platform;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Map pictures of the situation for the PDF minutes and the projector slides, drawn by the Lage page's renderer:
 * City and Nordstadt with the hotspot (kernel density) layer or the change layer of a time window. The hotspot
 * grid is computed on the calling thread, the drawing happens on the FX thread (canvas snapshots need it) while
 * the caller waits. Without a map package or a JavaFX toolkit (a server without display) there is no picture,
 * and the callers say so.
 */
public final class MapPictures {

    /** Which hotspot layer a picture shows. */
    public enum Layer {
        /** Kernel density of the window. */
        DENSITY,
        /** Density of the window minus that of the window one period earlier. */
        CHANGE
    }

    private static final Logger LOG = LoggerFactory.getLogger(MapPictures.class);
    private static final long DRAW_TIMEOUT_SECONDS = 60;

    private final IncidentRepository incidents;
    private final MapPackageLoader loader;
    private final MapImageRenderer renderer = new MapImageRenderer(new MapStyle());
    private Optional<MapData> mapData;

    public MapPictures(IncidentRepository incidents, MapPackageLoader loader) {
        this.incidents = incidents;
        this.loader = loader;
    }

    /** The picture of the incidents in {@code filter}, or empty without map package or toolkit. */
    public Optional<byte[]> draw(IncidentFilter filter, Layer layer, MapFrame frame, int width, int height,
                                 PictureFormat format) {
        return picture(filter, layer, frame, width, height, List.of()).map(p -> format.encode(p.image()));
    }

    /**
     * As {@link #draw}, with more layers above the hotspot layer (outlines, numbered hotspots), and with the names
     * drawn reported.
     */
    public Optional<MapImageRenderer.Picture> picture(IncidentFilter filter, Layer layer, MapFrame frame, int width,
                                                      int height, List<MapLayer> above) {
        Optional<MapData> data = mapData();
        if (data.isEmpty()) {
            return Optional.empty();
        }
        List<MapLayer> layers = new java.util.ArrayList<>();
        layers.add(layer(query(), filter, layer));
        layers.addAll(above);
        MapViewport viewport = frame.viewport(data.get(), width, height);
        return onFxThread(() -> renderer.picture(data.get(), layers, viewport, width, height, null));
    }

    /** The incidents from the database, with street and district names once the map package is loaded. */
    public HotspotQuery query() {
        PlaceLookup places = mapData().<PlaceLookup>map(MapData::places).orElse(PlaceLookup.NONE);
        return new HotspotQuery(incidents, places, HotspotEngine.dortmundCenter());
    }

    /** The map package, parsed once on first use (off the FX thread). */
    public synchronized Optional<MapData> mapData() {
        if (mapData == null) {
            mapData = loader.loadUnchecked();
        }
        return mapData;
    }

    private static GridLayer layer(HotspotQuery query, IncidentFilter filter, Layer layer) {
        HotspotSettings settings = HotspotSettings.defaults();
        List<Incident> now = query.load(filter);
        GridLayer drawn;
        if (layer == Layer.CHANGE) {
            drawn = new ChangeLayer();
            drawn.setGrid(query.engine().change(HotspotQuery.points(now),
                    HotspotQuery.points(query.load(filter.previousPeriod())), query.area(), settings));
        } else {
            drawn = new DensityLayer();
            drawn.setGrid(query.analyse(now, settings).grid());
        }
        return drawn;
    }

    private static <T> Optional<T> onFxThread(Supplier<T> work) {
        if (Platform.isFxApplicationThread()) {
            return Optional.of(work.get());
        }
        if (!FxToolkit.ensureRunning()) {
            return Optional.empty();
        }
        CompletableFuture<T> result = new CompletableFuture<>();
        // Canvas snapshots must be taken on the FX thread; the caller (an export or deck task) waits for it.
        Platform.runLater(() -> {
            try {
                result.complete(work.get());
            } catch (RuntimeException e) {
                result.completeExceptionally(e);
            }
        });
        try {
            return Optional.of(result.get(DRAW_TIMEOUT_SECONDS, TimeUnit.SECONDS));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.empty();
        } catch (ExecutionException | TimeoutException e) {
            LOG.warn("Lagekarte konnte nicht gezeichnet werden", e);
            return Optional.empty();
        }
    }
}
