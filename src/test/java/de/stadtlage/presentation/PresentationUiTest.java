package de.stadtlage.presentation;

import static org.assertj.core.api.Assertions.assertThat;

import de.stadtlage.access.CurrentUser;
import de.stadtlage.app.AppContext;
import de.stadtlage.common.DialogService;
import de.stadtlage.common.TaskRunner;
import de.stadtlage.persistence.Database;
import de.stadtlage.sample.SampleData;
import de.stadtlage.testing.StrictDialogs;
import de.stadtlage.testing.TempDatabase;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.embed.swing.SwingFXUtils;
import javafx.geometry.Rectangle2D;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollBar;
import javafx.scene.control.ScrollPane;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.Region;
import javafx.stage.Stage;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

@ExtendWith(ApplicationExtension.class)
class PresentationUiTest {

    private static final DialogService SILENT = StrictDialogs.silent();

    private static Database database;
    private AppContext context;
    private PresentationPage page;

    @BeforeAll
    static void loadSampleData() {
        // Once for the class: loading ~5,000 incidents is too slow to repeat inside each test's FX start-up.
        database = TempDatabase.open(TempDatabase.newFolder());
        SampleData.load(database, CurrentUser.system(), LocalDate.of(2023, 9, 6), false);
    }

    @AfterAll
    static void closeDatabase() {
        database.close();
    }

    @Start
    void start(Stage stage) {
        context = new AppContext(database, CurrentUser.system(), Clock.systemDefaultZone());
        page = new PresentationPage(context, TaskRunner.direct(), SILENT, PresentationSources.NONE);
        stage.setScene(new Scene((Parent) page.node(), 1000, 700));
        stage.show();
        page.onShow();
    }

    @BeforeEach
    void waitForDeck(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> !robot.lookup("#presentation-overview")
                .queryListView().getItems().isEmpty());
    }

    @AfterEach
    void close() {
        page.session().ifPresent(s -> robot().interact(() -> s.window().close()));
    }

    private static FxRobot robot() {
        return new FxRobot();
    }

    @Test
    void everySlideIsReachableByKeyboardAndFitsAt1024x768() throws Exception {
        walkThroughAllSlides(new FxRobot(), 1024, 768);
    }

    @Test
    void everySlideIsReachableByKeyboardAndFitsAt1920x1080() throws Exception {
        walkThroughAllSlides(new FxRobot(), 1920, 1080);
    }

    private void walkThroughAllSlides(FxRobot robot, int width, int height) throws Exception {
        robot.interact(() -> page.startOn(new Rectangle2D(0, 0, width, height), false));
        PresentationSession session = page.session().orElseThrow();
        List<Slide> slides = session.model().slides();
        assertThat(slides).hasSizeGreaterThan(10);
        Path folder = Path.of("target", "slides", width + "x" + height);
        Files.createDirectories(folder);
        for (int i = 0; i < slides.size(); i++) {
            Region shown = session.window().shownSlide();
            assertThat(((Label) shown.lookup("#slide-title")).getText()).isEqualTo(slides.get(i).title());
            String title = slides.get(i).title();
            // Measuring text must happen on the FX thread: JavaFX shares its text layout between controls.
            robot.interact(() -> assertFitsWithoutScrolling(shown, title));
            assertThat(session.window().stage().getScene().getWidth()).isEqualTo(width);
            snapshot(robot, session, folder.resolve(String.format("%02d.png", i + 1)));
            robot.type(i % 2 == 0 ? KeyCode.PAGE_DOWN : KeyCode.RIGHT);
            WaitForAsyncUtils.waitForFxEvents();
        }
        assertThat(session.model().indexProperty().get()).isEqualTo(slides.size() - 1);
        robot.type(KeyCode.HOME);
        assertThat(session.model().indexProperty().get()).isZero();
        robot.type(KeyCode.DIGIT5, KeyCode.ENTER);
        assertThat(((Label) session.window().shownSlide().lookup("#slide-title")).getText()).isEqualTo(slides.get(4).title());
        robot.type(KeyCode.B);
        assertThat(session.window().shownSlide()).isNull();
        robot.type(KeyCode.PAGE_UP);
        assertThat(session.model().indexProperty().get()).isEqualTo(3);
        robot.type(KeyCode.ESCAPE);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(page.session()).isEmpty();
    }

    @Test
    void aMovedTaskShowsOnItsSubgroupSlideWhileThePresentationRuns() throws Exception {
        FxRobot robot = new FxRobot();
        robot.interact(() -> page.startOn(new Rectangle2D(0, 0, 1024, 768), false));
        PresentationSession session = page.session().orElseThrow();
        int slide = session.model().indexOfTitle("Untergruppe Sucht vermeiden");
        robot.interact(() -> session.model().goTo(slide));
        int before = Integer.parseInt(blockedCount(session));
        int moved = database.transactionResult(cfg -> cfg.dsl().execute("update task set status = 'BLOCKIERT',"
                + " updated_at = current_timestamp where subgroup_id = (select id from subgroup where code = 'SU')"
                + " and status = 'OFFEN'"));
        assertThat(moved).isPositive();
        String expected = String.valueOf(before + moved);
        WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS, () -> expected.equals(blockedCount(session)));
        assertThat(((Label) session.window().shownSlide().lookup("#slide-title")).getText()).isEqualTo("Untergruppe Sucht vermeiden");
    }

    @Test
    void theLageSlidesShowTheMapDrawnByTheMapRenderer() throws Exception {
        FxRobot robot = new FxRobot();
        DeckLoader loader = new DeckLoader(context, new de.stadtlage.map.SituationMapImages(context));
        // The deck is built off the FX thread, as the page does it; the map is drawn on the FX thread meanwhile.
        List<Slide> slides = loader.load(LocalDate.of(2023, 8, 31)).orElseThrow();
        Slide lage = slides.get(1);
        assertThat(lage.title()).isEqualTo("Lage");
        assertThat(lage.blocks().get(0)).isInstanceOf(SlideBlock.MapImage.class);
        Slide change = slides.get(2);
        assertThat(change.blocks()).anyMatch(b -> b instanceof SlideBlock.MapImage);
        List<String> areas = slides.stream().filter(s -> s.title().startsWith("Lage – Veränderung"))
                .flatMap(s -> s.blocks().stream()).filter(b -> b instanceof SlideBlock.Lines)
                .flatMap(b -> ((SlideBlock.Lines) b).lines().stream()).map(SlideBlock.Line::text).toList();
        // the areas that moved most, on one slide (issue 14: no pages of "1 → 0 -100,0 %")
        assertThat(areas).contains("Keuningpark", "Nordmarkt").hasSizeLessThanOrEqualTo(SlideDeckBuilder.CHANGE_LINES);
        PresentationViewModel model = new PresentationViewModel(slides);
        PresentationWindow[] window = new PresentationWindow[1];
        robot.interact(() -> {
            window[0] = new PresentationWindow(model, false);
            window[0].show(new Rectangle2D(0, 0, 1280, 720), false);
            model.goTo(1);
        });
        Files.createDirectories(Path.of("target", "slides"));
        for (int i = 1; i <= 2; i++) {
            int index = i;
            robot.interact(() -> model.goTo(index));
            WaitForAsyncUtils.waitForFxEvents();
            BufferedImage[] image = new BufferedImage[1];
            robot.interact(() -> image[0] = SwingFXUtils.fromFXImage(window[0].stage().getScene().snapshot(null), null));
            ImageIO.write(image[0], "png", Path.of("target", "slides", "lage-map-" + i + ".png").toFile());
        }
        robot.interact(() -> window[0].close());
    }

    private static String blockedCount(PresentationSession session) {
        Slide slide = session.model().currentSlide().get();
        SlideBlock.Counters counters = (SlideBlock.Counters) slide.blocks().get(0);
        return counters.counters().get(2).value();
    }

    private static void assertFitsWithoutScrolling(Region slide, String title) {
        slide.applyCss();
        slide.layout();
        assertThat(slide.lookupAll(".scroll-bar")).as(title).noneMatch(Node::isVisible);
        assertThat(slide.lookupAll("ScrollPane")).as(title).isEmpty();
        Region body = (Region) slide.lookup("#slide-body");
        assertThat(body.prefHeight(body.getWidth())).as(title + ": content taller than the slide")
                .isLessThanOrEqualTo(body.getHeight() + 0.5);
        assertThat(de.stadtlage.testing.CutLabels.under(slide)).as(title + ": cut or broken texts").isEmpty();
        for (Node node : slide.lookupAll(".label")) {
            Label label = (Label) node;
            if (!label.isWrapText()) {
                assertThat(label.getWidth()).as(title + ": cut text '" + label.getText() + "'")
                        .isGreaterThanOrEqualTo(label.prefWidth(-1) - 0.5);
            }
        }
    }

    private static void snapshot(FxRobot robot, PresentationSession session, Path file) throws IOException {
        BufferedImage[] image = new BufferedImage[1];
        robot.interact(() -> image[0] = SwingFXUtils.fromFXImage(
                session.window().stage().getScene().snapshot(null), null));
        ImageIO.write(image[0], "png", file.toFile());
    }

    @SuppressWarnings("unused")
    private static boolean isScrollBar(Node node) {
        return node instanceof ScrollBar || node instanceof ScrollPane;
    }
}
