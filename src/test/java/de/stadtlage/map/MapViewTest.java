package de.stadtlage.map;

import static org.assertj.core.api.Assertions.assertThat;

import de.stadtlage.situation.hotspot.HotspotEngine;
import de.stadtlage.situation.hotspot.HotspotMethod;
import de.stadtlage.situation.hotspot.HotspotSettings;
import de.stadtlage.situation.hotspot.PlaceLookup;
import java.nio.file.Path;
import javafx.scene.Scene;
import javafx.scene.image.WritableImage;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.scene.paint.Color;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

@ExtendWith(ApplicationExtension.class)
class MapViewTest {

    static final Path SNAPSHOTS = Path.of("target", "map-snapshots");

    private MapView map;
    private Stage stage;
    private final IncidentLayer incidents = new IncidentLayer();
    private final DensityLayer density = new DensityLayer();
    private final GiStarLayer giStar = new GiStarLayer();
    private final ChangeLayer change = new ChangeLayer();

    @Start
    void start(Stage stage) {
        MapData data = MapTestData.map();
        MapTestData.Incidents sample = MapTestData.incidents(3000, 1);
        HotspotEngine engine = new HotspotEngine(data.places());
        HotspotSettings settings = HotspotSettings.defaults();
        var area = HotspotEngine.dortmundCenter();
        density.setGrid(engine.density(sample.points(), area, settings));
        giStar.setGrid(engine.analyse(sample.points(), area, settings.withMethod(HotspotMethod.GI_STAR)).grid());
        change.setGrid(engine.change(sample.points(), MapTestData.incidents(3000, 2).points(), area, settings));
        giStar.setVisible(false);
        change.setVisible(false);
        sample.into(incidents, data.projection());
        map = new MapView();
        map.getLayers().addAll(density, giStar, change, incidents);
        map.setMapData(data);
        stage.setScene(new Scene(new javafx.scene.layout.StackPane(map), 1200, 800)); // inside a page, as in the app
        stage.sizeToScene(); // the window is shared by the tests: one test's resize must not carry over
        stage.show();
        this.stage = stage;
    }

    @Test
    void legendsOpenedWhileTheWindowChangesSizeAreShownInFull(FxRobot robot) {
        WaitForAsyncUtils.waitForFxEvents();
        robot.interact(() -> {
            stage.setWidth(1000);
            map.getLegends().setOpen(true);
        });
        WaitForAsyncUtils.waitForFxEvents();
        MapLegends legends = map.getLegends();
        assertThat(legends.getWidth()).as("legends as wide as their content")
                .isGreaterThanOrEqualTo(legends.prefWidth(-1) - 0.5);
        assertThat(legends.getHeight()).as("legends as tall as their content")
                .isGreaterThanOrEqualTo(legends.prefHeight(-1) - 0.5);
        assertThat(legends.getBoundsInParent().getMaxX()).as("legends at the new right edge")
                .isCloseTo(map.getWidth() - 10, org.assertj.core.data.Offset.offset(0.5));
    }

    @Test
    void homeShowsCityAndNordstadtWithHotspotsAndIsSavedAsPng(FxRobot robot) throws Exception {
        snapshot(robot, "home.png", 1200, 800);
        robot.interact(() -> incidents.setVisible(false));
        WritableImage image = snapshot(robot, "home-density.png", 1200, 800);

        MapViewport vp = map.getViewport();
        LocalProjection p = map.getMapData().projection();
        // the whole City (Wallring) and the Nordmarkt are inside the view
        assertThat(vp.screenY(p.y(NORDMARKT()))).isBetween(0.0, 800.0);
        assertThat(vp.screenY(p.y(51.5097))).isBetween(0.0, 800.0);
        // the median, not the average: the station's dot and name are drawn over the ramp, on part of the pixels
        double atHbf = medianWarmth(image, vp.screenX(p.x(MapTestData.HBF_LON)), vp.screenY(p.y(MapTestData.HBF_LAT)));
        Color farAway = average(image, vp.screenX(p.x(7.500)), vp.screenY(p.y(51.531)));
        assertThat(atHbf).as("hotspot ramp at the station is warm").isGreaterThan(0.35);
        assertThat(farAway.getRed() - farAway.getBlue()).as("no ramp far from incidents").isLessThan(0.2);
    }

    @Test
    void draggingMovesTheMapWithTheMouse(FxRobot robot) {
        MapViewport before = map.getViewport();

        robot.moveTo(map).press(MouseButton.PRIMARY).moveBy(-200, 0).moveBy(-100, -50).release(MouseButton.PRIMARY);
        WaitForAsyncUtils.waitForFxEvents();

        MapViewport after = map.getViewport();
        assertThat(after.centerX() - before.centerX()).isCloseTo(300 * before.metresPerPixel(),
                org.assertj.core.data.Offset.offset(2 * before.metresPerPixel()));
        assertThat(after.centerY() - before.centerY()).isCloseTo(-50 * before.metresPerPixel(),
                org.assertj.core.data.Offset.offset(2 * before.metresPerPixel()));
    }

    @Test
    void wheelKeysAndDoubleClickZoomAndHomeRestores(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitForFxEvents(); // the first layouts (size, then home) are done before "home" is taken
        MapViewport home = map.getViewport();
        robot.moveTo(map).scroll(3, javafx.geometry.VerticalDirection.UP);
        WaitForAsyncUtils.waitForFxEvents();
        double afterWheel = map.getViewport().metresPerPixel();
        assertThat(afterWheel).isNotEqualTo(home.metresPerPixel());

        robot.clickOn(map).type(KeyCode.HOME).type(KeyCode.ADD);
        assertThat(map.getViewport().metresPerPixel()).isCloseTo(home.metresPerPixel() / 2,
                org.assertj.core.data.Offset.offset(1e-9));
        robot.doubleClickOn(map, MouseButton.PRIMARY);
        assertThat(map.getViewport().metresPerPixel()).isCloseTo(home.metresPerPixel() / 4,
                org.assertj.core.data.Offset.offset(1e-9));
        snapshot(robot, "zoomed-in.png", 1200, 800);
        robot.type(KeyCode.RIGHT).type(KeyCode.HOME);
        assertThat(map.getViewport()).isEqualTo(home);
    }

    @Test
    void switchingToGiStarAndChangeShowsTheirLegends(FxRobot robot) throws Exception {
        robot.interact(() -> {
            density.setVisible(false);
            giStar.setVisible(true);
        });
        snapshot(robot, "gistar.png", 1200, 800);
        robot.interact(() -> {
            giStar.setVisible(false);
            change.setVisible(true);
            incidents.setVisible(false);
        });
        WritableImage image = snapshot(robot, "change.png", 1200, 800);

        MapViewport vp = map.getViewport();
        LocalProjection p = map.getMapData().projection();
        assertThat(image.getWidth()).isEqualTo(1200);
        // averaged: the station's landmark dot is drawn above the layers now, right on that point
        Color nearHbf = average(image, vp.screenX(p.x(MapTestData.HBF_LON)), vp.screenY(p.y(MapTestData.HBF_LAT)));
        // both samples have the same clusters, so the change there is small: no saturated colour
        assertThat(Math.abs(nearHbf.getRed() - nearHbf.getBlue())).isLessThan(0.5);
    }

    @Test
    void exportAtTwiceTheSizeKeepsTheSameArea(FxRobot robot) throws Exception {
        WritableImage big = snapshot(robot, "export-2x.png", 2400, 1600);
        assertThat(big.getWidth()).isEqualTo(2400);
        assertThat(big.getHeight()).isEqualTo(1600);
    }

    private WritableImage snapshot(FxRobot robot, String name, int w, int h) throws Exception {
        WaitForAsyncUtils.waitForFxEvents();
        WritableImage[] out = new WritableImage[1];
        robot.interact(() -> out[0] = map.renderImage(w, h));
        MapImageRenderer.writePng(out[0], SNAPSHOTS.resolve(name));
        return out[0];
    }

    /** Mean colour of a 21 × 21 block, so a label or street line under the point does not decide the test. */
    private static Color average(WritableImage image, double cx, double cy) {
        double r = 0;
        double g = 0;
        double b = 0;
        int n = 0;
        for (int y = (int) cy - 10; y <= (int) cy + 10; y++) {
            for (int x = (int) cx - 10; x <= (int) cx + 10; x++) {
                Color c = image.getPixelReader().getColor(x, y);
                r += c.getRed();
                g += c.getGreen();
                b += c.getBlue();
                n++;
            }
        }
        return Color.color(r / n, g / n, b / n);
    }

    /** The median of red minus blue over the 21 × 21 pixels around the point. */
    private static double medianWarmth(WritableImage image, double cx, double cy) {
        java.util.List<Double> warmth = new java.util.ArrayList<>();
        for (int y = (int) cy - 10; y <= (int) cy + 10; y++) {
            for (int x = (int) cx - 10; x <= (int) cx + 10; x++) {
                Color c = image.getPixelReader().getColor(x, y);
                warmth.add(c.getRed() - c.getBlue());
            }
        }
        java.util.Collections.sort(warmth);
        return warmth.get(warmth.size() / 2);
    }

    private static double NORDMARKT() {
        return MapTestData.NORDMARKT_LAT;
    }
}
