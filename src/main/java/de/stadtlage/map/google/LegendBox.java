package de.stadtlage.map.google;

import de.stadtlage.map.Legend;
import java.util.ArrayList;
import java.util.List;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Label;
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

/**
 * The hotspot layer's legend as nodes over the Google map (the offline map paints the same {@link Legend} on its
 * canvas). The colours are data, so they are set as backgrounds, not as style strings.
 */
final class LegendBox {

    private LegendBox() {
    }

    static Node of(Legend legend) {
        Label title = new Label(legend.title());
        title.getStyleClass().add("legend-title");
        VBox box = new VBox(4, title);
        if (legend.isGradient()) {
            box.getChildren().addAll(ramp(legend.ramp()), ends(legend.lowLabel(), legend.highLabel()));
        } else {
            for (Legend.Entry entry : legend.entries()) {
                Label label = new Label(entry.label(), swatch(entry.color()));
                label.setGraphicTextGap(8);
                box.getChildren().add(label);
            }
        }
        box.setId("google-legend");
        box.getStyleClass().add("google-legend");
        box.setMaxSize(Region.USE_PREF_SIZE, Region.USE_PREF_SIZE);
        return box;
    }

    private static Region ramp(List<Color> colors) {
        List<Stop> stops = new ArrayList<>();
        for (int i = 0; i < colors.size(); i++) {
            stops.add(new Stop((double) i / (colors.size() - 1), colors.get(i)));
        }
        Region bar = filled(new LinearGradient(0, 0, 1, 0, true, CycleMethod.NO_CYCLE, stops));
        bar.getStyleClass().add("legend-ramp");
        return bar;
    }

    private static Node ends(String low, String high) {
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        return new HBox(8, new Label(low), gap, new Label(high));
    }

    private static Region swatch(Color color) {
        Region swatch = filled(color);
        swatch.getStyleClass().add("legend-swatch");
        return swatch;
    }

    private static Region filled(Paint paint) {
        Region region = new Region();
        region.setBackground(new Background(new BackgroundFill(paint, new CornerRadii(2), Insets.EMPTY)));
        return region;
    }
}
