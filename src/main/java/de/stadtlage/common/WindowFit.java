package de.stadtlage.common;

import java.util.List;
import javafx.geometry.Rectangle2D;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.stage.Screen;
import javafx.stage.Stage;
import javafx.stage.Window;

/**
 * Keeps windows on the screen they open on: a size saved on a big monitor, or a tool window's preferred size,
 * shrinks to a 1024×768 projector instead of hanging off its edge with the buttons out of reach.
 */
public final class WindowFit {

    private WindowFit() {
    }

    /**
     * The bounds a window gets on a screen's visible area: at most as large as the area, moved inside it where it
     * sticks out; without a position ({@code NaN}) centred.
     */
    public static Rectangle2D onScreen(double x, double y, double width, double height, Rectangle2D visual) {
        double w = Math.min(width, visual.getWidth());
        double h = Math.min(height, visual.getHeight());
        double left = Double.isNaN(x) ? visual.getMinX() + (visual.getWidth() - w) / 2 : x;
        double top = Double.isNaN(y) ? visual.getMinY() + (visual.getHeight() - h) / 2 : y;
        left = Math.max(visual.getMinX(), Math.min(left, visual.getMaxX() - w));
        top = Math.max(visual.getMinY(), Math.min(top, visual.getMaxY() - h));
        return new Rectangle2D(left, top, w, h);
    }

    /** The visible area of the screen that shows most of the rectangle (the primary screen if none does). */
    public static Rectangle2D visualBoundsAt(double x, double y, double width, double height) {
        List<Screen> screens = Double.isNaN(x) || Double.isNaN(y) ? List.of()
                : Screen.getScreensForRectangle(x, y, Math.max(1, width), Math.max(1, height));
        return (screens.isEmpty() ? Screen.getPrimary() : screens.get(0)).getVisualBounds();
    }

    /** Sizes a tool window to at most its owner's screen and centres it over the owner. */
    public static void toolWindow(Stage stage, Window owner, double width, double height) {
        Rectangle2D visual = owner == null ? Screen.getPrimary().getVisualBounds()
                : visualBoundsAt(owner.getX(), owner.getY(), owner.getWidth(), owner.getHeight());
        double x = owner == null ? Double.NaN : owner.getX() + (owner.getWidth() - width) / 2;
        double y = owner == null ? Double.NaN : owner.getY() + (owner.getHeight() - height) / 2;
        apply(stage, onScreen(x, y, width, height, visual));
    }

    static void apply(Stage stage, Rectangle2D bounds) {
        stage.setX(bounds.getMinX());
        stage.setY(bounds.getMinY());
        stage.setWidth(bounds.getWidth());
        stage.setHeight(bounds.getHeight());
    }

    /**
     * Escape runs {@code close} (usually closing the window), unless a control used the key itself, such as an
     * open list or a field that cancels its edit.
     */
    public static void closeOnEscape(Stage stage, Runnable close) {
        stage.addEventHandler(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.ESCAPE && !e.isConsumed()) {
                close.run();
                e.consume();
            }
        });
    }
}
