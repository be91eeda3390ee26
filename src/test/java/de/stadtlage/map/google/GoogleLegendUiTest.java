package de.stadtlage.map.google;

import static org.assertj.core.api.Assertions.assertThat;

import de.stadtlage.situation.MapMode;
import de.stadtlage.testing.Screenshots;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** The legends that stand over the Google map, one per hotspot mode, as a person would read them. */
@ExtendWith(ApplicationExtension.class)
class GoogleLegendUiTest {

    private HBox row;

    @Start
    void start(Stage stage) {
        row = new HBox(24);
        for (MapMode mode : MapMode.values()) {
            row.getChildren().add(LegendBox.of(HotspotOverlay.legend(mode, null)));
        }
        row.getStyleClass().add("base-map-switch");
        row.getStylesheets().add(BaseMapSwitch.class.getResource("base-map.css").toExternalForm());
        stage.setScene(new Scene(row, 900, 260));
        stage.show();
    }

    @Test
    void everyModeExplainsItsColours(FxRobot robot) {
        assertThat(texts(robot)).contains("Hotspots (Kerndichte)", "niedrig", "Hotspots (Gi*)", "Hotspot 99 %",
                "Coldspot 90 %", "Veränderung zum Vorzeitraum", "gesunken", "gestiegen");
        robot.interact(() -> Screenshots.save(row, "google-legends"));
    }

    private java.util.List<String> texts(FxRobot robot) {
        return robot.lookup(".google-legend .label").queryAllAs(Label.class).stream().map(Label::getText).toList();
    }
}
