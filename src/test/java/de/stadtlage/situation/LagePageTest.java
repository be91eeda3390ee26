package de.stadtlage.situation;

import static org.assertj.core.api.Assertions.assertThat;

import de.stadtlage.access.CurrentUser;
import de.stadtlage.app.AppContext;
import de.stadtlage.common.DialogService;
import de.stadtlage.common.TaskRunner;
import de.stadtlage.sample.SampleData;
import de.stadtlage.testing.TempDatabase;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

@ExtendWith(ApplicationExtension.class)
class LagePageTest {

    /** One sample database for the class: loading it takes longer than TestFX's setup timeout on a busy machine. */
    private static AppContext context;
    private LagePage page;
    private final List<String> infos = new ArrayList<>();

    @BeforeAll
    static void sampleDatabase() {
        var database = TempDatabase.open(TempDatabase.newFolder());
        SampleData.load(database, CurrentUser.system(), LocalDate.of(2023, 9, 1), false);
        context = new AppContext(database, CurrentUser.system(), Clock.systemDefaultZone());
    }

    @AfterAll
    static void close() {
        context.close();
    }

    @Start
    void start(Stage stage) {
        page = new LagePage(context, TaskRunner.direct(), new DialogService() {
            @Override
            public void showError(String title, String message, Throwable details) {
                infos.add(title + ": " + message);
            }

            @Override
            public void showInfo(String title, String message) {
                infos.add(title + "\n" + message);
            }

            @Override
            public boolean confirm(String title, String message) {
                return true;
            }
        });
        stage.setScene(new Scene(new javafx.scene.layout.StackPane(page.node()), 1260, 780));
        stage.show();
    }

    private void waitForMap() throws Exception {
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> page.map().getMapData() != null);
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void opensOnTheWeekOfTheNewestIncidentWithHotspotsAndGermanPercentages(FxRobot robot) throws Exception {
        waitForMap();
        LageResult r = page.model().resultProperty().get();
        LocalDate latest = context.incidents().latestOccurrence().orElseThrow().toLocalDate();

        assertThat(r.filter().from()).isEqualTo(latest.with(DayOfWeek.MONDAY));
        assertThat(r.filter().from().getYear()).isEqualTo(2023);
        assertThat(r.incidents()).isNotEmpty();
        assertThat(r.hotspots().hotspots()).isNotEmpty();
        assertThat(r.hotspots().hotspots().get(0).street()).as("street names from the map package").isNotEmpty();
        assertThat(r.areas()).isNotEmpty();
        assertThat(r.areas()).allSatisfy(row -> assertThat(row.change()).matches("[+\\-±]\\d+,\\d %|–"));
        robot.interact(() -> robot.lookup("#lage-hotspots").queryAs(javafx.scene.control.ListView.class)
                .getSelectionModel().select(0));
        var first = r.hotspots().hotspots().get(0);
        var vp = page.map().getViewport();
        var p = page.map().getMapData().projection();
        assertThat(vp.centerX()).as("map centred on the chosen hotspot").isCloseTo(p.x(first.lon()),
                org.assertj.core.data.Offset.offset(1.0));
        assertThat(vp.centerY()).isCloseTo(p.y(first.lat()), org.assertj.core.data.Offset.offset(1.0));
        Path png = Path.of("target", "map-snapshots", "lage-page.png");
        robot.interact(() -> page.exportTo(png));
        assertThat(Files.size(png)).isGreaterThan(10_000);
        javafx.scene.image.WritableImage[] whole = new javafx.scene.image.WritableImage[1];
        robot.interact(() -> whole[0] = page.node().snapshot(null, null));
        de.stadtlage.map.MapImageRenderer.writePng(whole[0], Path.of("target", "map-snapshots", "lage-page-ui.png"));
    }

    @Test
    void theExportCarriesTitlePeriodFilterLegendsAndAttribution(FxRobot robot) throws Exception {
        waitForMap();
        var caption = page.caption();
        assertThat(caption.title()).matches("Lage KW \\d+/2023 – Hotspots \\(Kerndichte\\)");
        assertThat(caption.subtitle()).matches("\\d\\d\\.\\d\\d\\.2023 – \\d\\d\\.\\d\\d\\.2023 · [\\d.]+ Vorf\\S+ · Kategorien: alle · Quellen: alle");
        Path png = Path.of("target", "screenshots", "lage-export.png");
        robot.interact(() -> page.exportTo(png));
        java.awt.image.BufferedImage image = javax.imageio.ImageIO.read(png.toFile());
        java.awt.image.BufferedImage plain = plain(robot, image.getWidth(), image.getHeight());
        assertThat(differingPixels(image, plain, 0, 0, 400, 60)).as("title panel in the top left corner")
                .isGreaterThan(2000);
    }

    private java.awt.image.BufferedImage plain(FxRobot robot, int w, int h) {
        javafx.scene.image.WritableImage[] out = new javafx.scene.image.WritableImage[1];
        robot.interact(() -> out[0] = page.map().renderImage(w, h));
        return javafx.embed.swing.SwingFXUtils.fromFXImage(out[0], null);
    }

    private static int differingPixels(java.awt.image.BufferedImage a, java.awt.image.BufferedImage b, int x0, int y0,
                                       int w, int h) {
        int n = 0;
        for (int y = y0; y < y0 + h; y++) {
            for (int x = x0; x < x0 + w; x++) {
                if (a.getRGB(x, y) != b.getRGB(x, y)) {
                    n++;
                }
            }
        }
        return n;
    }

    @Test
    void filtersModesAndPlaybackRecompute(FxRobot robot) throws Exception {
        waitForMap();
        robot.interact(() -> page.model().getCategories().setAll(IncidentCategory.DROGENHANDEL));
        assertThat(page.model().resultProperty().get().incidents())
                .allSatisfy(i -> assertThat(i.category()).isEqualTo(IncidentCategory.DROGENHANDEL));

        robot.interact(() -> page.model().modeProperty().set(MapMode.GI_STAR));
        assertThat(page.model().resultProperty().get().hotspots().classes()).isNotNull();

        robot.interact(() -> page.model().windowProperty().set(TimeWindow.LAST_4_WEEKS));
        LageResult four = page.model().resultProperty().get();
        assertThat(four.filter().to().toEpochDay() - four.filter().from().toEpochDay()).isEqualTo(27);

        LocalDate firstWeek = page.model().playbackWeeks().get(0);
        robot.interact(() -> robot.lookup("#lage-playback-slider").queryAs(javafx.scene.control.Slider.class)
                .setValue(0));
        assertThat(page.model().resultProperty().get().filter().from()).isEqualTo(firstWeek);

        robot.interact(() -> page.model().modeProperty().set(MapMode.CHANGE));
        WaitForAsyncUtils.waitForFxEvents();
        Path png = Path.of("target", "map-snapshots", "lage-change.png");
        robot.interact(() -> page.exportTo(png));
        assertThat(png).exists();
        org.testfx.api.FxAssert.verifyThat("#lage-comparison", (javafx.scene.control.TableView<?> t) ->
                !t.getItems().isEmpty());
    }

    @Test
    void theGoogleMapGetsTheHotspotLayerOfTheModeTheUserPicked(FxRobot robot) throws Exception {
        waitForMap();
        robot.interact(() -> page.model().windowProperty().set(TimeWindow.LAST_4_WEEKS));
        var kde = page.baseMap().overlay();
        assertThat(kde).isNotEmpty().allSatisfy(c -> assertThat(c.level()).isBetween(1, 6));

        robot.interact(() -> page.model().modeProperty().set(MapMode.GI_STAR));
        var gi = page.baseMap().overlay();
        assertThat(gi).isNotEmpty().allSatisfy(c -> assertThat(Math.abs(c.level())).isBetween(1, 3));
        assertThat(gi).anySatisfy(c -> assertThat(c.level()).isEqualTo(3));

        robot.interact(() -> page.model().modeProperty().set(MapMode.CHANGE));
        var change = page.baseMap().overlay();
        assertThat(change).anySatisfy(c -> assertThat(c.level()).isPositive())
                .anySatisfy(c -> assertThat(c.level()).isNegative());
        assertThat(page.baseMap().showsGoogle()).as("offline unless the settings ask for Google").isFalse();
    }

    @Test
    void recordedIncidentsCanBeCorrectedAndDeleted(FxRobot robot) throws Exception {
        waitForMap();
        LageResult before = page.model().resultProperty().get();
        var at = before.filter().from().atTime(14, 30);
        robot.interact(() -> page.model().record(Incident.of(at, IncidentCategory.CAMPIEREN,
                IncidentSource.STREETWORK, 51.52160, 7.46025, "Keuningpark")));

        LageResult added = page.model().resultProperty().get();
        assertThat(added.incidents()).hasSize(before.incidents().size() + 1);
        Incident mine = added.incidents().stream().filter(i -> "Keuningpark".equals(i.place())).findFirst()
                .orElseThrow();

        robot.interact(() -> page.model().update(new Incident(mine.id(), mine.occurredAt(), IncidentCategory.GEWALT,
                mine.source(), mine.latitude(), mine.longitude(), "Keuningpark, Spielplatz", 1, "Streit", false, null)));
        assertThat(page.model().resultProperty().get().incidents()).anySatisfy(i -> {
            assertThat(i.id()).isEqualTo(mine.id());
            assertThat(i.category()).isEqualTo(IncidentCategory.GEWALT);
            assertThat(i.note()).isEqualTo("Streit");
        });

        robot.interact(() -> page.model().delete(mine.id()));
        assertThat(page.model().resultProperty().get().incidents()).hasSize(before.incidents().size())
                .noneSatisfy(i -> assertThat(i.id()).isEqualTo(mine.id()));
    }
}
