package de.stadtlage.map;

import java.util.function.Consumer;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.input.ScrollEvent;

/** Mouse and keyboard navigation of a {@link MapView}: drag, wheel, double click, +/-, arrows, Home. */
final class MapInteraction {

    private static final double KEY_PAN_PX = 120;
    private static final double WHEEL_STEP = 1.25;
    /** Movement up to this many pixels still counts as a click, not a drag. */
    private static final double CLICK_SLOP_PX = 4;

    private final MapView view;
    private double lastX;
    private double lastY;
    private double pressX;
    private double pressY;

    MapInteraction(MapView view) {
        this.view = view;
    }

    void install() {
        view.addEventHandler(MouseEvent.MOUSE_PRESSED, this::pressed);
        view.addEventHandler(MouseEvent.MOUSE_DRAGGED, this::dragged);
        view.addEventHandler(MouseEvent.MOUSE_CLICKED, this::clicked);
        view.addEventHandler(ScrollEvent.SCROLL, this::scrolled);
        view.addEventHandler(KeyEvent.KEY_PRESSED, this::keyPressed);
    }

    private void pressed(MouseEvent e) {
        view.requestFocus();
        lastX = e.getX();
        lastY = e.getY();
        pressX = e.getX();
        pressY = e.getY();
    }

    private void dragged(MouseEvent e) {
        if (e.getButton() == MouseButton.PRIMARY) {
            view.panBy(e.getX() - lastX, e.getY() - lastY);
            lastX = e.getX();
            lastY = e.getY();
        }
    }

    private void clicked(MouseEvent e) {
        if (e.getButton() != MouseButton.PRIMARY || Math.hypot(e.getX() - pressX, e.getY() - pressY) > CLICK_SLOP_PX) {
            return;
        }
        if (e.getClickCount() == 2) {
            view.zoomAt(e.isShiftDown() ? 0.5 : 2, e.getX(), e.getY());
        } else if (e.getClickCount() == 1) {
            Consumer<GeoPoint> handler = view.onMapClickedProperty().get();
            if (handler != null) {
                handler.accept(view.toGeo(e.getX(), e.getY()));
            }
        }
    }

    private void scrolled(ScrollEvent e) {
        if (e.getDeltaY() != 0) {
            view.zoomAt(e.getDeltaY() > 0 ? WHEEL_STEP : 1 / WHEEL_STEP, e.getX(), e.getY());
            e.consume();
        }
    }

    private void keyPressed(KeyEvent e) {
        switch (e.getCode()) {
            case PLUS, ADD, EQUALS -> view.zoomIn();
            case MINUS, SUBTRACT -> view.zoomOut();
            case LEFT -> view.panBy(KEY_PAN_PX, 0);
            case RIGHT -> view.panBy(-KEY_PAN_PX, 0);
            case UP -> view.panBy(0, KEY_PAN_PX);
            case DOWN -> view.panBy(0, -KEY_PAN_PX);
            case HOME -> view.home();
            default -> {
                return;
            }
        }
        e.consume();
    }
}
