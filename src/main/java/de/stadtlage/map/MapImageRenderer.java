package de.stadtlage.map;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.SnapshotParameters;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.image.Image;
import javafx.scene.image.WritableImage;
import javafx.scene.paint.Color;
import javax.imageio.ImageIO;

/**
 * Renders a map picture (base map, layers, scale bar, attribution, legends) at any pixel size: the PNG export,
 * the PDF minutes and the presentation all use this, so they show what the live map shows. Runs on the FX thread
 * because canvas snapshots need it.
 */
public final class MapImageRenderer {

    private final BaseMapRenderer base;
    private final MapDecorations decorations;

    public MapImageRenderer(MapStyle style) {
        this.base = new BaseMapRenderer(style);
        this.decorations = new MapDecorations(style);
    }

    /**
     * Draws the area of {@code view} into an image of the given size. Text and line widths grow with the image
     * (a 2× export looks like a 2× screenshot), so labels stay legible in print.
     *
     * @param data may be null: then only layers and decorations are drawn on the background colour
     */
    public WritableImage render(MapData data, List<MapLayer> layers, MapViewport view, int width, int height) {
        return picture(data, layers, view, width, height, null).image();
    }

    /** A picture and what it says: the names drawn on it, at {@code scale} image pixels per logical pixel. */
    public record Picture(WritableImage image, List<PlacedLabels.Drawn> labels, double scale) {
    }

    /**
     * As {@link #render}, with a caption and with the names drawn reported (tests check their sizes).
     *
     * @param caption title and period in the top left corner, or null for none
     */
    public Picture picture(MapData data, List<MapLayer> layers, MapViewport view, int width, int height,
                           MapCaption caption) {
        double scale = Math.max(0.25, Math.min((double) width / view.width(), (double) height / view.height()));
        MapViewport logical = view.scaledTo(width / scale, height / scale);
        Canvas canvas = new Canvas(width, height);
        GraphicsContext g = canvas.getGraphicsContext2D();
        g.scale(scale, scale);
        PlacedLabels labels = draw(g, data, layers, logical);
        if (caption != null) {
            decorations.caption(g, caption);
        }
        SnapshotParameters params = new SnapshotParameters();
        params.setFill(Color.WHITE);
        return new Picture(canvas.snapshot(params, null), labels.labels(), scale);
    }

    PlacedLabels draw(GraphicsContext g, MapData data, List<MapLayer> layers, MapViewport vp) {
        LocalProjection projection = data == null ? LocalProjection.DORTMUND : data.projection();
        PlacedLabels labels = new PlacedLabels(base.style().halo);
        if (data != null) {
            labels = base.render(g, vp, data, areaLabels(layers, projection), decorations.boxes(vp, layers));
        } else {
            g.setFill(base.style().background);
            g.fillRect(0, 0, vp.width(), vp.height());
        }
        for (MapLayer layer : layers) {
            if (layer.isVisible()) {
                layer.render(g, vp, projection);
            }
        }
        labels.draw(g);
        decorations.render(g, vp, layers);
        return labels;
    }

    /** The area names of the visible layers, in layer order. */
    static List<AreaLabel> areaLabels(List<MapLayer> layers, LocalProjection projection) {
        List<AreaLabel> names = new java.util.ArrayList<>();
        for (MapLayer layer : layers) {
            if (layer.isVisible()) {
                names.addAll(layer.areaLabels(projection));
            }
        }
        return names;
    }

    /** Writes an image as PNG, creating parent folders. */
    public static void writePng(Image image, Path file) throws IOException {
        if (file.getParent() != null) {
            Files.createDirectories(file.getParent());
        }
        BufferedImage buffered = SwingFXUtils.fromFXImage(image, null);
        if (!ImageIO.write(buffered, "png", file.toFile())) {
            throw new IOException("no PNG writer available");
        }
    }
}
