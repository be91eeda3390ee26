package de.stadtlage.map;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

@ExtendWith(ApplicationExtension.class)
class MapWithoutPackageTest {

    private MapView map;

    @Start
    void start(Stage stage) throws Exception {
        map = new MapView();
        Path empty = Files.createTempDirectory("no-map-package");
        MapDataService.loadInto(map, MapPackageLoader.fromFolder(empty));
        stage.setScene(new Scene(map, 800, 600));
        stage.show();
    }

    @Test
    void saysThatNoMapPackageIsInstalledAndStillDrawsLayersAndScaleBar(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS,
                () -> robot.lookup(".map-placeholder").queryAs(Label.class).getText().startsWith("Kein Kartenpaket"));
        Label placeholder = robot.lookup(".map-placeholder").queryAs(Label.class);
        assertThat(placeholder.isVisible()).isTrue();
        assertThat(map.getMapData()).isNull();

        robot.interact(() -> map.getLayers().add(new DensityLayer()));
        javafx.scene.image.WritableImage[] image = new javafx.scene.image.WritableImage[1];
        robot.interact(() -> image[0] = map.renderImage(800, 600));
        assertThat(image[0].getWidth()).isEqualTo(800);
        // panning without a map must not fail either
        robot.drag(map).moveBy(50, 20).drop();
    }
}
