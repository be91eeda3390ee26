package de.stadtlage.map;

import de.stadtlage.situation.hotspot.DensityGrid;
import de.stadtlage.situation.hotspot.GridExtent;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;

/**
 * A grid surface drawn as one image stretched over its box: the projection keeps latitude/longitude boxes
 * rectangular, so a single {@code drawImage} replaces thousands of cell rectangles. The image is built once per
 * new grid, not per frame.
 */
public abstract class GridLayer extends MapLayer {

    private DensityGrid grid;
    private WritableImage image;

    protected GridLayer(String title) {
        super(title);
    }

    /** Shows a new grid (or none with {@code null}); call on the FX thread. */
    public void setGrid(DensityGrid grid) {
        this.grid = grid;
        this.image = grid == null ? null : toImage(grid);
        changed();
    }

    public DensityGrid getGrid() {
        return grid;
    }

    /** Packed ARGB colour of a cell value. */
    protected abstract int argb(double value, DensityGrid grid);

    /** Smooth surfaces are interpolated between cells; classed cells keep hard edges. */
    protected boolean smooth() {
        return true;
    }

    private WritableImage toImage(DensityGrid g) {
        GridExtent e = g.extent();
        int cols = e.cols();
        int rows = e.rows();
        int[] pixels = new int[cols * rows];
        double[] v = g.values();
        for (int row = 0; row < rows; row++) {
            // image row 0 is the northern edge, grid row 0 the southern one
            int dst = (rows - 1 - row) * cols;
            for (int col = 0; col < cols; col++) {
                pixels[dst + col] = argb(v[row * cols + col], g);
            }
        }
        WritableImage img = new WritableImage(cols, rows);
        img.getPixelWriter().setPixels(0, 0, cols, rows, PixelFormat.getIntArgbInstance(), pixels, 0, cols);
        return img;
    }

    @Override
    public void render(GraphicsContext g, MapViewport vp, LocalProjection p) {
        if (image == null) {
            return;
        }
        GridExtent e = grid.extent();
        double x0 = vp.screenX(p.x(e.west()));
        double x1 = vp.screenX(p.x(e.east()));
        double y0 = vp.screenY(p.y(e.north()));
        double y1 = vp.screenY(p.y(e.south()));
        boolean before = g.isImageSmoothing();
        g.setImageSmoothing(smooth());
        g.drawImage(image, x0, y0, x1 - x0, y1 - y0);
        g.setImageSmoothing(before);
    }
}
