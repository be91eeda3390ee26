package de.stadtlage.map;

import java.util.ArrayList;
import java.util.List;
import javafx.geometry.Insets;
import javafx.scene.control.Label;
import javafx.scene.control.ToggleButton;
import javafx.scene.layout.Background;
import javafx.scene.layout.BackgroundFill;
import javafx.scene.layout.CornerRadii;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.scene.paint.Color;
import javafx.scene.paint.CycleMethod;
import javafx.scene.paint.LinearGradient;
import javafx.scene.paint.Paint;
import javafx.scene.paint.Stop;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2AL;

/**
 * The legends of the live map's visible layers, top right, behind one small header button "Legende" (mouse, or Tab
 * and Space). Closed at first: open, the eleven incident categories and the surfaces' ramps cover a quarter of a
 * laptop's map. Pictures draw all legends open instead ({@link MapDecorations}).
 */
public final class MapLegends extends VBox {

    private final ToggleButton header = new ToggleButton("Legende");
    private final VBox sections = new VBox(8);

    MapLegends() {
        super(4);
        getStyleClass().add("map-legends");
        setId("map-legends");
        setPickOnBounds(false);
        setMaxSize(Region.USE_PREF_SIZE, Region.USE_PREF_SIZE);
        header.setId("map-legend-toggle");
        header.getStyleClass().addAll("map-legend-header");
        header.setMaxWidth(Double.MAX_VALUE);
        header.setMinWidth(Region.USE_PREF_SIZE); // never "…": the box grows instead
        sections.getStyleClass().add("map-legend-sections");
        header.selectedProperty().addListener((obs, was, open) -> showOpen(open));
        showOpen(false);
        getChildren().addAll(header, sections);
    }

    /** Shows the legends of the visible layers, top layer first (as they are stacked on the map). */
    void show(List<MapLayer> layers) {
        List<Legend> legends = new ArrayList<>();
        for (MapLayer layer : layers) {
            if (layer.isVisible()) {
                layer.legend().ifPresent(l -> legends.add(0, l));
            }
        }
        sections.getChildren().clear();
        for (Legend legend : legends) {
            sections.getChildren().add(section(legend));
        }
    }

    public boolean isOpen() {
        return header.isSelected();
    }

    public void setOpen(boolean open) {
        header.setSelected(open);
    }

    private void showOpen(boolean open) {
        sections.setVisible(open);
        sections.setManaged(open);
        header.setGraphic(new FontIcon(open ? Material2AL.EXPAND_LESS : Material2AL.EXPAND_MORE));
    }

    private static VBox section(Legend legend) {
        Label title = new Label(legend.title());
        title.getStyleClass().add("map-legend-title");
        VBox section = new VBox(3, title);
        section.getStyleClass().add("map-legend");
        if (legend.isGradient()) {
            Region ramp = filled(ramp(legend.ramp()));
            ramp.getStyleClass().add("map-legend-ramp");
            Region gap = new Region();
            HBox.setHgrow(gap, Priority.ALWAYS);
            section.getChildren().addAll(ramp, new HBox(8, new Label(legend.lowLabel()), gap,
                    new Label(legend.highLabel())));
        } else {
            for (Legend.Entry entry : legend.entries()) {
                Region swatch = filled(opaque(entry.color()));
                swatch.getStyleClass().add("map-legend-swatch");
                Label label = new Label(entry.label(), swatch);
                label.setGraphicTextGap(8);
                section.getChildren().add(label);
            }
        }
        return section;
    }

    private static Paint ramp(List<Color> colors) {
        List<Stop> stops = new ArrayList<>();
        for (int i = 0; i < colors.size(); i++) {
            stops.add(new Stop((double) i / Math.max(1, colors.size() - 1), opaque(colors.get(i))));
        }
        return new LinearGradient(0, 0, 1, 0, true, CycleMethod.NO_CYCLE, stops);
    }

    /** Shown fully opaque: the translucency on the map would make the legend unreadable. */
    private static Color opaque(Color c) {
        return new Color(c.getRed(), c.getGreen(), c.getBlue(), 1);
    }

    /** Colours are data, so they are backgrounds, not style strings. */
    private static Region filled(Paint paint) {
        Region region = new Region();
        region.setBackground(new Background(new BackgroundFill(paint, new CornerRadii(2), Insets.EMPTY)));
        return region;
    }
}
