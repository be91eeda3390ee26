package de.stadtlage.map;

import javafx.scene.canvas.GraphicsContext;

/** Adds geometry to the current canvas path in screen coordinates, skipping points less than a pixel apart. */
final class PathTracer {

    private static final double MIN_STEP_PX2 = 0.6 * 0.6;

    private PathTracer() {
    }

    static void trace(GraphicsContext g, GeometrySet set, int feature, MapViewport vp, boolean close) {
        for (int part = set.firstPart(feature); part < set.endPart(feature); part++) {
            int first = set.firstPoint(part);
            int end = set.endPoint(part);
            if (end - first < 2) {
                continue;
            }
            double lastX = vp.screenX(set.x(first));
            double lastY = vp.screenY(set.y(first));
            g.moveTo(lastX, lastY);
            for (int i = first + 1; i < end; i++) {
                double x = vp.screenX(set.x(i));
                double y = vp.screenY(set.y(i));
                double dx = x - lastX;
                double dy = y - lastY;
                if (dx * dx + dy * dy >= MIN_STEP_PX2 || i == end - 1) {
                    g.lineTo(x, y);
                    lastX = x;
                    lastY = y;
                }
            }
            if (close) {
                g.closePath();
            }
        }
    }
}
