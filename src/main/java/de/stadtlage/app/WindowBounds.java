package de.stadtlage.app;

import de.stadtlage.common.WindowFit;
import javafx.geometry.Rectangle2D;
import javafx.stage.Screen;
import javafx.stage.Stage;

/**
 * Remembers where the window was, and puts it back there if that place is still on a screen; never larger than the
 * screen it opens on (a size saved on a big monitor would hang off a projector's edge).
 */
final class WindowBounds {

    private WindowBounds() {
    }

    static void restore(Stage stage, Settings settings) {
        double width = settings.getDouble("window.width", 1280);
        double height = settings.getDouble("window.height", 800);
        double x = settings.getDouble("window.x", Double.NaN);
        double y = settings.getDouble("window.y", Double.NaN);
        boolean onAScreen = !Double.isNaN(x) && !Double.isNaN(y)
                && !Screen.getScreensForRectangle(new Rectangle2D(x, y, width, height)).isEmpty();
        Rectangle2D visual = onAScreen ? WindowFit.visualBoundsAt(x, y, width, height)
                : Screen.getPrimary().getVisualBounds();
        Rectangle2D bounds = WindowFit.onScreen(onAScreen ? x : Double.NaN, onAScreen ? y : Double.NaN, width, height,
                visual);
        // The minimum size gives way on a screen smaller than it.
        stage.setMinWidth(Math.min(stage.getMinWidth(), visual.getWidth()));
        stage.setMinHeight(Math.min(stage.getMinHeight(), visual.getHeight()));
        stage.setX(bounds.getMinX());
        stage.setY(bounds.getMinY());
        stage.setWidth(bounds.getWidth());
        stage.setHeight(bounds.getHeight());
        stage.setMaximized(Boolean.parseBoolean(settings.get("window.maximized").orElse("false")));
    }

    static void store(Stage stage, Settings settings) {
        settings.put("window.maximized", String.valueOf(stage.isMaximized()));
        if (!stage.isMaximized()) {
            settings.put("window.x", String.valueOf(stage.getX()));
            settings.put("window.y", String.valueOf(stage.getY()));
            settings.put("window.width", String.valueOf(stage.getWidth()));
            settings.put("window.height", String.valueOf(stage.getHeight()));
        }
    }
}
