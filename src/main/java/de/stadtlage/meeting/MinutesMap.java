package de.stadtlage.meeting;

import de.stadtlage.map.DensityLayer;
import de.stadtlage.map.MapData;
import de.stadtlage.map.MapImageRenderer;
import de.stadtlage.map.MapLayer;
import de.stadtlage.map.MapPackageLoader;
import de.stadtlage.map.MapStyle;
import de.stadtlage.map.MapViewport;
import de.stadtlage.meeting.minutes.MapImageSource;
import de.stadtlage.situation.HotspotQuery;
import de.stadtlage.situation.IncidentFilter;
import de.stadtlage.situation.IncidentRepository;
import de.stadtlage.situation.hotspot.HotspotEngine;
import de.stadtlage.situation.hotspot.HotspotSettings;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import javafx.application.Platform;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.image.WritableImage;
import javax.imageio.ImageIO;
import org.jooq.DSLContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The map in the minutes, drawn by the app's own map renderer: City and Nordstadt with the kernel-density hotspot
 * layer of the week before the meeting. Needs the JavaFX toolkit (canvas snapshots), so the
 * GUI uses it; the command line prints the minutes without a map.
 */
public final class MinutesMap implements MapImageSource {

    private static final Logger LOG = LoggerFactory.getLogger(MinutesMap.class);
    static final int WIDTH = 1600;
    static final int HEIGHT = 1067;

    private final DSLContext dsl;
    private final MapPackageLoader loader;
    private volatile Optional<MapData> data;

    public MinutesMap(DSLContext dsl, MapPackageLoader loader) {
        this.dsl = dsl;
        this.loader = loader;
    }

    /**
     * Computes the hotspot grid on the calling thread and draws on the FX thread; a worker thread waits for the
     * picture, the FX thread itself draws directly.
     */
    @Override
    public Optional<byte[]> render(LocalDate from, LocalDate to) {
        Optional<MapData> map = mapData();
        if (map.isEmpty()) {
            return Optional.empty();
        }
        HotspotQuery query = new HotspotQuery(new IncidentRepository(dsl), map.get().places(),
                HotspotEngine.dortmundCenter());
        var hotspots = query.analyse(query.load(new IncidentFilter(from, to.minusDays(1), Set.of(), Set.of())),
                HotspotSettings.defaults());
        DensityLayer density = new DensityLayer();
        density.setGrid(hotspots.grid());
        if (Platform.isFxApplicationThread()) {
            return Optional.of(png(draw(map.get(), List.of(density))));
        }
        CompletableFuture<WritableImage> image = new CompletableFuture<>();
        // canvas snapshots only work on the FX thread; this worker waits for the picture
        Platform.runLater(() -> {
            try {
                image.complete(draw(map.get(), List.of(density)));
            } catch (RuntimeException e) {
                image.completeExceptionally(e);
            }
        });
        try {
            return Optional.of(png(image.get()));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.empty();
        } catch (ExecutionException e) {
            LOG.warn("Lagekarte für das Protokoll ließ sich nicht zeichnen", e.getCause());
            return Optional.empty();
        }
    }

    private static WritableImage draw(MapData data, List<MapLayer> layers) {
        double[] home = data.home();
        MapViewport view = MapViewport.fit(home[0], home[1], home[2], home[3], WIDTH / 2.0, HEIGHT / 2.0, 10);
        return new MapImageRenderer(new MapStyle()).render(data, layers, view, WIDTH, HEIGHT);
    }

    private Optional<MapData> mapData() {
        Optional<MapData> loaded = data;
        if (loaded == null) {
            loaded = loader.loadUnchecked();
            data = loaded;
        }
        return loaded;
    }

    private static byte[] png(WritableImage image) {
        BufferedImage buffered = SwingFXUtils.fromFXImage(image, null);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ImageIO.write(buffered, "png", out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}
