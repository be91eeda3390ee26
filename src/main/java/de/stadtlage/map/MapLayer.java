package de.stadtlage.map;

import java.util.Optional;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.scene.canvas.GraphicsContext;

/**
 * Something drawn over the base map (incidents, hotspots, change). The {@link MapView} redraws layers when their
 * visibility or {@link #revisionProperty() revision} changes; subclasses call {@link #changed()} after new data.
 * Layers are drawn by the live view and by the PNG export alike.
 */
public abstract class MapLayer {

    private final String title;
    private final BooleanProperty visible = new SimpleBooleanProperty(this, "visible", true);
    private final ReadOnlyIntegerWrapper revision = new ReadOnlyIntegerWrapper(this, "revision");

    protected MapLayer(String title) {
        this.title = title;
    }

    public String getTitle() {
        return title;
    }

    /** Draws the layer in screen coordinates of the viewport. */
    public abstract void render(GraphicsContext g, MapViewport viewport, LocalProjection projection);

    /** The legend entry of this layer, if it needs one. */
    public Optional<Legend> legend() {
        return Optional.empty();
    }

    /** Names of areas this layer outlines, placed before the base map's own labels; none by default. */
    public java.util.List<AreaLabel> areaLabels(LocalProjection projection) {
        return java.util.List.of();
    }

    public BooleanProperty visibleProperty() {
        return visible;
    }

    public boolean isVisible() {
        return visible.get();
    }

    public void setVisible(boolean value) {
        visible.set(value);
    }

    public ReadOnlyIntegerProperty revisionProperty() {
        return revision.getReadOnlyProperty();
    }

    /** Tells views that the content changed; call on the FX thread. */
    protected void changed() {
        revision.set(revision.get() + 1);
    }
}
