package de.stadtlage.map;

import java.util.List;
import java.util.function.Consumer;
import javafx.beans.InvalidationListener;
import javafx.beans.Observable;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.scene.canvas.Canvas;
import javafx.scene.control.Label;
import javafx.scene.image.WritableImage;
import javafx.scene.layout.Region;
import javafx.scene.shape.Rectangle;

/**
 * The offline city map: base map, layers and decorations on three canvases. The base map and the layers are
 * rendered onto canvases one margin larger than the view; panning only moves them, and they are redrawn when the
 * margin is used up or the zoom changes. The decorations (scale bar, legends) are redrawn on every move.
 */
public class MapView extends Region {

    static final double MARGIN = 300;

    private final MapStyle style;
    private final BaseMapRenderer baseRenderer;
    private final MapDecorations decorations;
    private final Canvas baseCanvas = new Canvas();
    private final Canvas layerCanvas = new Canvas();
    /** Area, district and landmark names: above the layers, so markers never hide them. */
    private final Canvas labelCanvas = new Canvas();
    private final Canvas hudCanvas = new Canvas();
    private final MapLegends legends = new MapLegends();
    private final Label placeholder = new Label();
    private final ObjectProperty<MapData> mapData = new SimpleObjectProperty<>(this, "mapData");
    private final ReadOnlyObjectWrapper<MapViewport> viewport = new ReadOnlyObjectWrapper<>(this, "viewport");
    private final ObservableList<MapLayer> layers = FXCollections.observableArrayList(
            layer -> new Observable[] {layer.visibleProperty(), layer.revisionProperty()});
    private final StringProperty placeholderText =
            new SimpleStringProperty(this, "placeholderText", "Kein Kartenpaket installiert.");
    private final ObjectProperty<Consumer<GeoPoint>> onMapClicked = new SimpleObjectProperty<>(this, "onMapClicked");
    private MapViewport baseRenderedAt;
    private MapViewport layersRenderedAt;
    /** The layers' area names the base map was labelled with; other names need a new base. */
    private List<AreaLabel> areaNamesRendered = List.of();
    private PlacedLabels lastPlaced;
    /** Home needs the real size; data often arrives before the first layout. */
    private boolean homePending;
    /** True from "home" until the user moves the map: the home view then follows changes of the view's size. */
    private boolean followsHome;
    /** West, south, east, north of the home view in degrees, or null for the map package's home box. */
    private double[] homeArea;

    public MapView() {
        this(new MapStyle());
    }

    public MapView(MapStyle style) {
        this.style = style;
        this.baseRenderer = new BaseMapRenderer(style);
        this.decorations = new MapDecorations(style);
        getStyleClass().add("map-view");
        getStylesheets().add(MapView.class.getResource("map-view.css").toExternalForm());
        placeholder.getStyleClass().add("map-placeholder");
        placeholder.textProperty().bind(placeholderText);
        hudCanvas.setMouseTransparent(true);
        labelCanvas.setMouseTransparent(true);
        getChildren().addAll(baseCanvas, layerCanvas, labelCanvas, hudCanvas, legends, placeholder);
        Rectangle clip = new Rectangle();
        clip.widthProperty().bind(widthProperty());
        clip.heightProperty().bind(heightProperty());
        setClip(clip);
        setFocusTraversable(true);
        setMinSize(200, 150);
        setPrefSize(1000, 700);
        viewport.set(new MapViewport(0, 0, 4, 1000, 700));
        mapData.addListener((obs, old, data) -> onMapData(data));
        layers.addListener((ListChangeListener<MapLayer>) c -> redrawLayers());
        layers.addListener((InvalidationListener) obs -> legends.show(layers));
        viewport.addListener((InvalidationListener) obs -> requestLayout());
        new MapInteraction(this).install();
    }

    private void onMapData(MapData data) {
        placeholder.setVisible(data == null);
        baseRenderedAt = null;
        homePending = data != null;
        requestLayout();
    }

    @Override
    protected void layoutChildren() {
        double w = getWidth();
        double h = getHeight();
        if (w <= 0 || h <= 0) {
            return;
        }
        placeholder.resizeRelocate(0, 0, w, h);
        legends.autosize();
        legends.relocate(w - legends.getWidth() - 10, 10);
        // one pass does it all: returning early to "lay out again" relied on a layout request made during layout,
        // which JavaFX may not honour, and once left the legends sized before their CSS ("Legende" shown as "…")
        if (viewport.get().width() != w || viewport.get().height() != h) {
            viewport.set(viewport.get().withSize(w, h));
            if (followsHome) {
                home(); // a window or divider that settles after the first frame keeps City and Nordstadt in view
            }
        }
        if (homePending) {
            homePending = false;
            home();
        }
        MapViewport vp = viewport.get();
        if (needsRender(baseRenderedAt, vp) || !areaNames().equals(areaNamesRendered)) {
            baseRenderedAt = renderBase();
        }
        if (needsRender(layersRenderedAt, vp)) {
            layersRenderedAt = renderOversized(layerCanvas, false);
        }
        place(baseCanvas, baseRenderedAt, vp);
        place(labelCanvas, baseRenderedAt, vp);
        place(layerCanvas, layersRenderedAt, vp);
        renderDecorations(vp);
    }

    private List<AreaLabel> areaNames() {
        MapData data = mapData.get();
        return MapImageRenderer.areaLabels(layers, data == null ? LocalProjection.DORTMUND : data.projection());
    }

    /** Base map and street names on one canvas, the other names on the label canvas above the layers. */
    private MapViewport renderBase() {
        MapViewport big = renderOversized(baseCanvas, true);
        labelCanvas.setWidth(big.width());
        labelCanvas.setHeight(big.height());
        var g = labelCanvas.getGraphicsContext2D();
        g.clearRect(0, 0, big.width(), big.height());
        if (lastPlaced != null) {
            lastPlaced.draw(g);
        }
        return big;
    }

    private static boolean needsRender(MapViewport renderedAt, MapViewport vp) {
        if (renderedAt == null || renderedAt.metresPerPixel() != vp.metresPerPixel()
                || renderedAt.width() != vp.width() + 2 * MARGIN || renderedAt.height() != vp.height() + 2 * MARGIN) {
            return true;
        }
        double dx = (renderedAt.centerX() - vp.centerX()) / vp.metresPerPixel();
        double dy = (renderedAt.centerY() - vp.centerY()) / vp.metresPerPixel();
        return Math.abs(dx) > MARGIN || Math.abs(dy) > MARGIN;
    }

    private MapViewport renderOversized(Canvas canvas, boolean base) {
        MapViewport vp = viewport.get();
        MapViewport big = vp.withSize(vp.width() + 2 * MARGIN, vp.height() + 2 * MARGIN);
        canvas.setWidth(big.width());
        canvas.setHeight(big.height());
        var g = canvas.getGraphicsContext2D();
        g.clearRect(0, 0, big.width(), big.height());
        MapData data = mapData.get();
        if (base) {
            lastPlaced = null;
            if (data != null) {
                areaNamesRendered = areaNames();
                lastPlaced = baseRenderer.render(g, big, data, areaNamesRendered);
            } else {
                g.setFill(style.background);
                g.fillRect(0, 0, big.width(), big.height());
            }
        } else {
            LocalProjection p = data == null ? LocalProjection.DORTMUND : data.projection();
            for (MapLayer layer : layers) {
                if (layer.isVisible()) {
                    layer.render(g, big, p);
                }
            }
        }
        return big;
    }

    private static void place(Canvas canvas, MapViewport renderedAt, MapViewport vp) {
        double dx = (renderedAt.centerX() - vp.centerX()) / vp.metresPerPixel();
        double dy = (vp.centerY() - renderedAt.centerY()) / vp.metresPerPixel();
        canvas.relocate(-MARGIN + dx, -MARGIN + dy);
    }

    private void renderDecorations(MapViewport vp) {
        hudCanvas.setWidth(vp.width());
        hudCanvas.setHeight(vp.height());
        var g = hudCanvas.getGraphicsContext2D();
        g.clearRect(0, 0, vp.width(), vp.height());
        decorations.renderFrame(g, vp);
    }

    private void redrawLayers() {
        layersRenderedAt = null;
        requestLayout();
    }

    /** Forces a full redraw of base map and layers on the next pulse (for benchmarks and style changes). */
    public void invalidateAll() {
        baseRenderedAt = null;
        layersRenderedAt = null;
        requestLayout();
    }

    // ---- navigation -------------------------------------------------------------------------------------------

    /**
     * Fits the home area ({@link #setHomeArea}, else the map package's City and Nordstadt, else the whole package)
     * and keeps it fitted while the view's size changes, until the user moves the map.
     */
    public void home() {
        MapData data = mapData.get();
        MapViewport vp = viewport.get();
        if (data != null) {
            double[] b = homeBox(data);
            viewport.set(MapViewport.fit(b[0], b[1], b[2], b[3], vp.width(), vp.height(), 20));
            followsHome = true;
        }
    }

    /** The area "home" shows, in degrees; e.g. the focus areas City and Nordstadt from the database. */
    public void setHomeArea(double west, double south, double east, double north) {
        homeArea = new double[] {west, south, east, north};
        if (followsHome || homePending) {
            homePending = mapData.get() != null;
            requestLayout();
        }
    }

    private double[] homeBox(MapData data) {
        if (homeArea == null) {
            return data.home();
        }
        LocalProjection p = data.projection();
        return new double[] {p.x(homeArea[0]), p.y(homeArea[1]), p.x(homeArea[2]), p.y(homeArea[3])};
    }

    public void zoomIn() {
        zoomAt(2, getViewport().width() / 2, getViewport().height() / 2);
    }

    public void zoomOut() {
        zoomAt(0.5, getViewport().width() / 2, getViewport().height() / 2);
    }

    public void zoomAt(double factor, double screenX, double screenY) {
        followsHome = false;
        viewport.set(viewport.get().zoomAt(factor, screenX, screenY));
    }

    public void panBy(double dxPixels, double dyPixels) {
        followsHome = false;
        viewport.set(viewport.get().panByPixels(dxPixels, dyPixels));
    }

    /** Moves a geographic position to the middle of the view, keeping the zoom (e.g. a hotspot from a list). */
    public void centerOn(double lat, double lon) {
        LocalProjection p = mapData.get() == null ? LocalProjection.DORTMUND : mapData.get().projection();
        MapViewport vp = viewport.get();
        followsHome = false;
        viewport.set(new MapViewport(p.x(lon), p.y(lat), vp.metresPerPixel(), vp.width(), vp.height()));
    }

    public void setViewport(MapViewport vp) {
        followsHome = false;
        viewport.set(vp.withSize(getViewport().width(), getViewport().height()));
    }

    /** The geographic position under a screen point of this view. */
    public GeoPoint toGeo(double screenX, double screenY) {
        MapViewport vp = viewport.get();
        LocalProjection p = mapData.get() == null ? LocalProjection.DORTMUND : mapData.get().projection();
        return new GeoPoint(p.lat(vp.worldY(screenY)), p.lon(vp.worldX(screenX)), screenX, screenY);
    }

    /** The current view with layers, scale bar, attribution and legends as an image of the given size. */
    public WritableImage renderImage(int width, int height) {
        return renderImage(width, height, null);
    }

    /** As {@link #renderImage(int, int)} with a title and period in the top left corner (the PNG export). */
    public WritableImage renderImage(int width, int height, MapCaption caption) {
        return new MapImageRenderer(style).picture(mapData.get(), List.copyOf(layers), viewport.get(), width, height,
                caption).image();
    }

    // ---- properties -------------------------------------------------------------------------------------------

    /** The legends of the visible layers, top right; each opens and closes by its header button. */
    public MapLegends getLegends() {
        return legends;
    }

    public ObservableList<MapLayer> getLayers() {
        return layers;
    }

    public ObjectProperty<MapData> mapDataProperty() {
        return mapData;
    }

    public MapData getMapData() {
        return mapData.get();
    }

    public void setMapData(MapData data) {
        mapData.set(data);
    }

    public ReadOnlyObjectProperty<MapViewport> viewportProperty() {
        return viewport.getReadOnlyProperty();
    }

    public MapViewport getViewport() {
        return viewport.get();
    }

    public StringProperty placeholderTextProperty() {
        return placeholderText;
    }

    public void setPlaceholderText(String text) {
        placeholderText.set(text);
    }

    public ObjectProperty<Consumer<GeoPoint>> onMapClickedProperty() {
        return onMapClicked;
    }

    public void setOnMapClicked(Consumer<GeoPoint> handler) {
        onMapClicked.set(handler);
    }

    public MapStyle getMapStyle() {
        return style;
    }
}
