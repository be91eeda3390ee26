package de.stadtlage.meeting;

import static de.stadtlage.persistence.jooq.Tables.AUDIT_LOG;
import static de.stadtlage.persistence.jooq.Tables.INCIDENT;

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
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageOutputStream;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
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
    private volatile Cached cached;

    /** The last picture and what it was drawn from; a second export of the same week reuses it. */
    private record Cached(String key, byte[] image) {
    }

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
        String key = cacheKey(from, to);
        Cached last = cached;
        if (last != null && last.key().equals(key)) {
            return Optional.of(last.image());
        }
        Optional<byte[]> image = draw(map.get(), from, to);
        image.ifPresent(bytes -> cached = new Cached(key, bytes));
        return image;
    }

    /** Forgets the last picture (benchmarks measure drawing with it). */
    void forget() {
        cached = null;
    }

    /** Window, the incidents in it and the newest audit entry: any change to them draws the map anew. */
    private String cacheKey(LocalDate from, LocalDate to) {
        var window = dsl.select(DSL.count(), DSL.max(INCIDENT.ID)).from(INCIDENT)
                .where(INCIDENT.OCCURRED_AT.ge(from.atStartOfDay()).and(INCIDENT.OCCURRED_AT.lt(to.atStartOfDay())))
                .fetchOne();
        Long audit = dsl.select(DSL.max(AUDIT_LOG.ID)).from(AUDIT_LOG).fetchOne().value1();
        return from + "/" + to + "/" + window.value1() + "/" + window.value2() + "/" + audit;
    }

    private Optional<byte[]> draw(MapData mapData, LocalDate from, LocalDate to) {
        HotspotQuery query = new HotspotQuery(new IncidentRepository(dsl), mapData.places(),
                HotspotEngine.dortmundCenter());
        var hotspots = query.analyse(query.load(new IncidentFilter(from, to.minusDays(1), Set.of(), Set.of())),
                HotspotSettings.defaults());
        DensityLayer density = new DensityLayer();
        density.setGrid(hotspots.grid());
        if (Platform.isFxApplicationThread()) {
            return Optional.of(jpeg(paint(mapData, List.of(density))));
        }
        CompletableFuture<WritableImage> image = new CompletableFuture<>();
        // canvas snapshots only work on the FX thread; this worker waits for the picture
        Platform.runLater(() -> {
            try {
                image.complete(paint(mapData, List.of(density)));
            } catch (RuntimeException e) {
                image.completeExceptionally(e);
            }
        });
        try {
            return Optional.of(jpeg(image.get()));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.empty();
        } catch (ExecutionException e) {
            LOG.warn("Lagekarte für das Protokoll ließ sich nicht zeichnen", e.getCause());
            return Optional.empty();
        }
    }

    private static WritableImage paint(MapData data, List<MapLayer> layers) {
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

    /**
     * JPEG at high quality: the PDF embeds JPEG as it is, while a PNG would be decoded and compressed again, which
     * made the export of a detailed 1600×1067 map several times slower.
     */
    private static byte[] jpeg(WritableImage image) {
        BufferedImage argb = SwingFXUtils.fromFXImage(image, null);
        BufferedImage rgb = new BufferedImage(argb.getWidth(), argb.getHeight(), BufferedImage.TYPE_INT_RGB);
        rgb.createGraphics().drawImage(argb, 0, 0, java.awt.Color.WHITE, null);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageWriter writer = ImageIO.getImageWritersByFormatName("jpeg").next();
        ImageWriteParam param = writer.getDefaultWriteParam();
        param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
        param.setCompressionQuality(0.9f);
        try (ImageOutputStream stream = ImageIO.createImageOutputStream(out)) {
            writer.setOutput(stream);
            writer.write(null, new IIOImage(rgb, null, null), param);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            writer.dispose();
        }
        return out.toByteArray();
    }
}
