package de.stadtlage.situation;

import static org.assertj.core.api.Assertions.assertThat;

import de.stadtlage.access.CurrentUser;
import de.stadtlage.map.MapView;
import de.stadtlage.map.MapViewport;
import de.stadtlage.persistence.Database;
import de.stadtlage.persistence.DatabaseLocation;
import de.stadtlage.sample.SampleData;
import de.stadtlage.situation.hotspot.NamedShape;
import de.stadtlage.testing.CutLabels;
import de.stadtlage.testing.RunningApp;
import de.stadtlage.testing.Screenshots;
import de.stadtlage.testing.TempDatabase;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.TimeUnit;
import de.stadtlage.map.MapLegends;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import org.controlsfx.control.CheckComboBox;
import org.junit.jupiter.api.Test;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2MZ;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The Lage page as the reviewer saw it on meeting day: the whole app with the sample data at laptop sizes. */
@org.junit.jupiter.api.extension.ExtendWith(ApplicationExtension.class)
class LageMeetingDayUiTest {

    private static final Path FOLDER = TempDatabase.newFolder();
    private static final DatabaseLocation LOCATION = TempDatabase.location(FOLDER);
    private final RunningApp app = new RunningApp(FOLDER, LOCATION);
    private Stage stage;

    @BeforeAll
    static void sampleDatabase() {
        try (Database database = de.stadtlage.app.StartupOpener.open(LOCATION)) {
            SampleData.load(database, CurrentUser.system(), LocalDate.of(2023, 9, 1), false);
        }
    }

    @Start
    void start(Stage stage) {
        this.stage = stage;
        app.start(stage);
    }

    @AfterEach
    void stop() throws Exception {
        app.stop();
    }

    @ParameterizedTest(name = "{0}x{1}")
    @CsvSource({"1280, 800", "1024, 768"})
    void theLagePageOpensOnCityAndNordstadtWithNothingCutOff(int width, int height, FxRobot robot) throws Exception {
        MapView map = openLage(robot, width, height);
        Screenshots.save(robot, stage.getScene(), "lage-" + width + "x" + height);

        List<CutLabels.Finding> cut = onFx(robot, () -> CutLabels.under(robot.lookup("#page-lage").query()));
        assertThat(cut).as("texts cut off on the Lage page").isEmpty();

        MapViewport vp = map.getViewport();
        var p = map.getMapData().projection();
        for (String code : List.of("CITY_WALLRING", "NORDSTADT")) {
            Area area = focusArea(code);
            for (NamedShape ring : AreaComparison.rings(area)) {
                double[] box = screenBox(ring, vp, p);
                assertThat(box[0]).as(area.name() + " left edge inside the map").isGreaterThanOrEqualTo(0);
                assertThat(box[2]).as(area.name() + " right edge inside the map").isLessThanOrEqualTo(vp.width());
                assertThat(box[1]).as(area.name() + " top inside the map").isGreaterThanOrEqualTo(0);
                assertThat(box[3]).as(area.name() + " bottom inside the map").isLessThanOrEqualTo(vp.height());
            }
        }
        Area city = focusArea("CITY_WALLRING");
        double[] cityBox = screenBox(AreaComparison.rings(city).get(0), vp, p);
        assertThat((cityBox[0] + cityBox[2]) / 2).as("the City stands near the middle, not at the left edge")
                .isBetween(vp.width() * 0.25, vp.width() * 0.75);
    }

    @Test
    void theLegendsStartCompactAndOpenAndCloseByKeyboardAndMouse(FxRobot robot) throws Exception {
        MapView map = openLage(robot, 1024, 768);
        MapLegends legends = map.getLegends();
        assertThat(legends.isOpen()).as("compact at first").isFalse();
        assertThat(legends.getWidth() * legends.getHeight()).as("legends cover little of the map")
                .isLessThan(0.03 * map.getWidth() * map.getHeight());
        robot.interact(() -> robot.lookup("#map-legend-toggle").query().requestFocus());
        robot.type(KeyCode.SPACE);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(legends.isOpen()).isTrue();
        javafx.scene.control.ToggleButton header = robot.lookup("#map-legend-toggle").queryAs(
                javafx.scene.control.ToggleButton.class);
        assertThat(((javafx.scene.paint.Color) header.getTextFill()).getBrightness())
                .as("'Legende' stays dark on the white legends when open").isLessThan(0.4);
        assertThat(((javafx.scene.paint.Color) ((FontIcon) header.getGraphic()).getIconColor()).getBrightness())
                .as("its arrow too").isLessThan(0.4);
        assertThat(robot.lookup(".map-legend .label").queryAllAs(Label.class)).filteredOn(LageMeetingDayUiTest::shown)
                .extracting(Label::getText).contains("Vorfälle", "Drogenhandel", "Hotspots (Kerndichte)");
        Screenshots.save(robot, stage.getScene(), "lage-legend-open");
        robot.clickOn("#map-legend-toggle");
        assertThat(legends.isOpen()).isFalse();
        assertThat(robot.lookup(".map-legend .label").queryAllAs(Label.class)).noneMatch(LageMeetingDayUiTest::shown);
    }

    /** Visible with all its parents. */
    private static boolean shown(Node node) {
        for (Node n = node; n != null; n = n.getParent()) {
            if (!n.isVisible()) {
                return false;
            }
        }
        return true;
    }

    @Test
    void filterTitlesSayAllOrHowManyAndHotspotsCountInGermanInTheirOrder(FxRobot robot) throws Exception {
        openLage(robot, 1280, 800);
        CheckComboBox<?> categories = robot.lookup("#lage-categories").queryAs(CheckComboBox.class);
        assertThat(categories.getTitle()).isEqualTo("Kategorien: alle");
        assertThat(robot.lookup("#lage-sources").queryAs(CheckComboBox.class).getTitle()).isEqualTo("Quellen: alle");
        robot.clickOn("#lage-categories");
        for (String name : List.of("Messer", "Gewalt", "Diebstahl")) {
            robot.clickOn(robot.lookup(".check-box").lookup((Node n) -> n.getParent() != null
                    && n.getParent() instanceof javafx.scene.control.ListCell<?> cell
                    && name.equals(cell.getText())).queryAs(Node.class));
        }
        robot.type(KeyCode.ESCAPE);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(categories.getTitle()).isEqualTo("Kategorien: 3 von 11");
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> !robot.lookup("#lage-hotspots").queryListView()
                .getItems().isEmpty());
        List<String> lines = onFx(robot, () -> robot.lookup("#lage-hotspots .list-cell").queryAllAs(
                javafx.scene.control.ListCell.class).stream().map(c -> c.getText()).filter(t -> t != null)
                .map(String.class::cast).toList());
        Screenshots.save(robot, stage.getScene(), "lage-three-categories");
        assertThat(lines).isNotEmpty().noneMatch(t -> t.endsWith(" 1 Vorfälle"))
                .allMatch(t -> t.matches("\\d+\\. .* – (1 Vorfall|\\d[\\d.]* Vorfälle)"));
        List<Integer> counts = lines.stream().map(t -> Integer.parseInt(t.replaceAll(".* – ([\\d.]+) Vorf.*", "$1")
                .replace(".", ""))).toList();
        assertThat(counts).as("ranked by the numbers shown").isSortedAccordingTo(java.util.Comparator.reverseOrder());
    }

    @Test
    void playbackShowsAPauseIconFromTheIconFont(FxRobot robot) throws Exception {
        openLage(robot, 1280, 800);
        robot.clickOn("#lage-playback-play");
        Button play = robot.lookup("#lage-playback-play").queryButton();
        assertThat(play.getText()).isEqualTo("Anhalten");
        assertThat(play.getGraphic()).isInstanceOfSatisfying(FontIcon.class,
                icon -> assertThat(icon.getIconCode()).isEqualTo(Material2MZ.PAUSE));
        robot.clickOn("#lage-playback-play");
        assertThat(play.getText()).isEqualTo("Abspielen");
    }

    @ParameterizedTest(name = "{0}x{1}")
    @CsvSource({"1280, 800", "1024, 768"})
    void thePresentationSetUpShowsProgressThenEverySlideTitleInFull(int width, int height, FxRobot robot)
            throws Exception {
        openLage(robot, width, height);
        robot.clickOn("#nav-praesentation");
        WaitForAsyncUtils.waitFor(90, TimeUnit.SECONDS, () -> !robot.lookup("#presentation-overview")
                .queryListView().getItems().isEmpty());
        WaitForAsyncUtils.waitForFxEvents();
        Screenshots.save(robot, stage.getScene(), "presentation-setup-" + width + "x" + height);
        List<CutLabels.Finding> cut = onFx(robot, () -> CutLabels.under(robot.lookup(".presentation-page").query()));
        assertThat(cut).as("texts cut off on the presentation set-up").isEmpty();
    }

    @ParameterizedTest(name = "{0}x{1}")
    @CsvSource({"1280, 800", "1024, 768"})
    void theKeyFigureCardsBreakLongNamesOnlyBetweenWords(int width, int height, FxRobot robot) throws Exception {
        openLage(robot, width, height);
        robot.clickOn("#nav-figures");
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> robot.lookup(".figure-card").tryQuery().isPresent());
        WaitForAsyncUtils.waitForFxEvents();
        javafx.stage.Window figures = robot.lookup("#figure-dashboard").query().getScene().getWindow();
        Screenshots.save(robot, figures.getScene(), "key-figures-" + width + "x" + height);
        List<CutLabels.Finding> cut = onFx(robot, () -> CutLabels.under(figures.getScene().getRoot()));
        assertThat(cut).as("texts cut off on the key-figure dashboard").isEmpty();
    }

    private MapView openLage(FxRobot robot, int width, int height) throws Exception {
        robot.interact(() -> {
            stage.setWidth(width);
            stage.setHeight(height);
        });
        // this test's window only: a window of the test before may not be gone yet
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> robot.from(stage.getScene().getRoot())
                .lookup(".map-view").tryQuery().isPresent());
        MapView map = robot.from(stage.getScene().getRoot()).lookup(".map-view").queryAs(MapView.class);
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> map.getMapData() != null);
        // the hotspots are named once the map package is there, in a second computation
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> {
            var list = robot.from(stage.getScene().getRoot()).lookup("#lage-hotspots").queryListView();
            return !list.getItems().isEmpty()
                    && !((de.stadtlage.situation.hotspot.Hotspot) list.getItems().get(0)).street().isEmpty();
        });
        WaitForAsyncUtils.sleep(300, TimeUnit.MILLISECONDS); // a few pulses: layout and the map's redraw
        WaitForAsyncUtils.waitForFxEvents();
        return map;
    }

    private static Area focusArea(String code) {
        try (Database database = de.stadtlage.app.StartupOpener.open(LOCATION)) {
            return new AreaRepository(database.dsl()).list(AreaKind.FOCUS).stream()
                    .filter(a -> a.code().equals(code)).findFirst().orElseThrow();
        }
    }

    /** minX, minY, maxX, maxY of a ring on the screen. */
    private static double[] screenBox(NamedShape ring, MapViewport vp, de.stadtlage.map.LocalProjection p) {
        double[] box = {Double.MAX_VALUE, Double.MAX_VALUE, -Double.MAX_VALUE, -Double.MAX_VALUE};
        for (int i = 0; i < ring.size(); i++) {
            double x = vp.screenX(p.x(ring.lon()[i]));
            double y = vp.screenY(p.y(ring.lat()[i]));
            box[0] = Math.min(box[0], x);
            box[1] = Math.min(box[1], y);
            box[2] = Math.max(box[2], x);
            box[3] = Math.max(box[3], y);
        }
        return box;
    }

    static <T> T onFx(FxRobot robot, java.util.function.Supplier<T> work) {
        Object[] result = new Object[1];
        robot.interact(() -> result[0] = work.get());
        @SuppressWarnings("unchecked")
        T t = (T) result[0];
        return t;
    }

    static Node node(FxRobot robot, String query) {
        return robot.lookup(query).query();
    }
}
