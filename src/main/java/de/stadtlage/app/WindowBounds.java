package de.stadtlage.app;

import javafx.geometry.Rectangle2D;
import javafx.stage.Screen;
import javafx.stage.Stage;

/** Remembers where the window was, and puts it back there if that place is still on a screen. */
final class WindowBounds {

    private WindowBounds() {
    }

    static void restore(Stage stage, Settings settings) {
        double width = settings.getDouble("window.width", 1280);
        double height = settings.getDouble("window.height", 800);
        double x = settings.getDouble("window.x", Double.NaN);
        double y = settings.getDouble("window.y", Double.NaN);
        stage.setWidth(width);
        stage.setHeight(height);
        if (!Double.isNaN(x) && !Double.isNaN(y)
                && !Screen.getScreensForRectangle(new Rectangle2D(x, y, width, height)).isEmpty()) {
            stage.setX(x);
            stage.setY(y);
        }
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
