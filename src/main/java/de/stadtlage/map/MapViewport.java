package de.stadtlage.map;

/**
 * Which part of the projected plane a view shows: centre in projected metres, scale in metres per pixel and the
 * size in pixels. Immutable, so a renderer can work on a copy while the user keeps panning.
 */
public record MapViewport(double centerX, double centerY, double metresPerPixel, double width, double height) {

    /** Closest zoom: 0.15 m per pixel shows single house entrances. */
    public static final double MIN_METRES_PER_PIXEL = 0.15;
    /** Widest zoom: the whole package box fits a small window. */
    public static final double MAX_METRES_PER_PIXEL = 40;

    public MapViewport {
        metresPerPixel = Math.max(MIN_METRES_PER_PIXEL, Math.min(MAX_METRES_PER_PIXEL, metresPerPixel));
    }

    /** The smallest zoom that shows the box completely (with a margin of {@code padding} pixels). */
    public static MapViewport fit(double minX, double minY, double maxX, double maxY, double width, double height,
                                  double padding) {
        double usableW = Math.max(1, width - 2 * padding);
        double usableH = Math.max(1, height - 2 * padding);
        double mpp = Math.max((maxX - minX) / usableW, (maxY - minY) / usableH);
        return new MapViewport((minX + maxX) / 2, (minY + maxY) / 2, mpp, width, height);
    }

    public double screenX(double x) {
        return (x - centerX) / metresPerPixel + width / 2;
    }

    public double screenY(double y) {
        return height / 2 - (y - centerY) / metresPerPixel;
    }

    public double worldX(double screenX) {
        return centerX + (screenX - width / 2) * metresPerPixel;
    }

    public double worldY(double screenY) {
        return centerY + (height / 2 - screenY) * metresPerPixel;
    }

    public double minX() {
        return worldX(0);
    }

    public double maxX() {
        return worldX(width);
    }

    public double minY() {
        return worldY(height);
    }

    public double maxY() {
        return worldY(0);
    }

    /** Moves the content with the mouse: dragging right shows what lies further west. */
    public MapViewport panByPixels(double dx, double dy) {
        return new MapViewport(centerX - dx * metresPerPixel, centerY + dy * metresPerPixel, metresPerPixel, width,
                height);
    }

    /** Zooms by {@code factor} (> 1 zooms in) keeping the point under the cursor where it is. */
    public MapViewport zoomAt(double factor, double screenX, double screenY) {
        double wx = worldX(screenX);
        double wy = worldY(screenY);
        double mpp = Math.max(MIN_METRES_PER_PIXEL, Math.min(MAX_METRES_PER_PIXEL, metresPerPixel / factor));
        double cx = wx - (screenX - width / 2) * mpp;
        double cy = wy - (height / 2 - screenY) * mpp;
        return new MapViewport(cx, cy, mpp, width, height);
    }

    public MapViewport withSize(double w, double h) {
        return new MapViewport(centerX, centerY, metresPerPixel, w, h);
    }

    /** The same area at another pixel size, e.g. for an export twice as large as the window. */
    public MapViewport scaledTo(double w, double h) {
        double mpp = Math.max(metresPerPixel * width / w, metresPerPixel * height / h);
        return new MapViewport(centerX, centerY, mpp, w, h);
    }

    public boolean intersects(double minX, double minY, double maxX, double maxY) {
        return maxX >= minX() && minX <= maxX() && maxY >= minY() && minY <= maxY();
    }
}
