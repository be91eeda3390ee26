package de.stadtlage.presentation;

import static org.assertj.core.api.Assertions.assertThat;

import de.stadtlage.access.CurrentUser;
import de.stadtlage.app.AppContext;
import de.stadtlage.map.MapImageRenderer;
import de.stadtlage.map.PlacedLabels;
import de.stadtlage.map.SituationMapImages;
import de.stadtlage.persistence.Database;
import de.stadtlage.sample.SampleData;
import de.stadtlage.testing.CutLabels;
import de.stadtlage.testing.TempDatabase;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import javafx.embed.swing.SwingFXUtils;
import javafx.geometry.Bounds;
import javafx.geometry.Rectangle2D;
import javafx.scene.image.ImageView;
import javafx.scene.layout.Region;
import javafx.stage.Stage;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The deck with its real map pictures, as the room sees it on a 1920 × 1080 projector and on a 1024 × 768 one. */
@ExtendWith(ApplicationExtension.class)
class SlideLegibilityUiTest {

    private static final LocalDate MEETING = LocalDate.of(2023, 8, 31);
    /** "Legible from the back of the room": names that matter at least this many projector pixels high. */
    private static final double MIN_PROJECTOR_PX = 24;

    private static Database database;
    private static AppContext context;
    private static SituationMapImages images;
    private static List<Slide> slides;

    @BeforeAll
    static void deck() {
        database = TempDatabase.open(TempDatabase.newFolder());
        SampleData.load(database, CurrentUser.system(), LocalDate.of(2023, 9, 6), false);
        context = new AppContext(database, CurrentUser.system(), Clock.systemDefaultZone());
        images = new SituationMapImages(context);
    }

    @AfterAll
    static void closeDatabase() {
        database.close();
    }

    private PresentationViewModel model;

    @Start
    void start(Stage stage) {
        // nothing of its own: the slides show in the presentation window
    }

    /** Built once, off the FX thread as the page does it; the maps are drawn on the FX thread meanwhile. */
    private static List<Slide> slides() {
        if (slides == null) {
            slides = new DeckLoader(context, images).load(MEETING).orElseThrow();
        }
        return slides;
    }

    @Test
    void areaAndHotspotNamesOnTheLageMapAreAtLeast24PixelsOnA1920Projector(FxRobot robot) throws Exception {
        List<Slide> deck = slides();
        int lage = deck.stream().map(Slide::title).toList().indexOf("Lage");
        PresentationWindow window = show(robot, deck, 1920, 1080, lage);
        ImageView map = (ImageView) window.shownSlide().lookup(".slide-map .image-view");
        double shownPerImagePixel = onFx(robot, () -> {
            Bounds shown = map.localToScene(map.getBoundsInLocal());
            return shown.getWidth() / map.getImage().getWidth();
        });
        robot.interact(window::close);

        LocalDate from = MEETING.minusWeeks(1);
        MapImageRenderer.Picture picture = images.hotspotPicture(from, MEETING, SlideDeckBuilder.MAP_WIDTH,
                SlideDeckBuilder.MAP_HEIGHT).orElseThrow();
        List<PlacedLabels.Drawn> names = picture.labels().stream()
                .filter(l -> l.kind() != PlacedLabels.Kind.PLACE).toList();
        assertThat(names).extracting(PlacedLabels.Drawn::text).as("focus areas and numbered hotspots on the map")
                .contains("Keuningpark").anyMatch(t -> t.startsWith("1 "));
        assertThat(names).allSatisfy(l -> assertThat(l.fontSize() * picture.scale() * shownPerImagePixel)
                .as(l.text() + " on the projector, in pixels").isGreaterThanOrEqualTo(MIN_PROJECTOR_PX));
        SlideBlock.Lines beside = deck.get(lage).blocks().stream().filter(b -> b instanceof SlideBlock.Lines)
                .map(b -> (SlideBlock.Lines) b).findFirst().orElseThrow();
        assertThat(beside.lines().get(0).text()).as("the list beside the map names hotspot 1 as the map does")
                .isEqualTo(names.stream().filter(l -> l.text().startsWith("1 ")).findFirst().orElseThrow().text()
                        .replaceFirst("^1 ", "1. "));
    }

    @Test
    void everySlideWithItsMapsShowsItsTextsInFullAt1920x1080() throws Exception {
        walk(new FxRobot(), 1920, 1080);
    }

    @Test
    void everySlideWithItsMapsShowsItsTextsInFullAt1024x768() throws Exception {
        walk(new FxRobot(), 1024, 768);
    }

    private void walk(FxRobot robot, int width, int height) throws Exception {
        List<Slide> deck = slides();
        assertThat(deck.stream().filter(s -> s.title().startsWith("Lage – Veränderung"))).hasSize(1);
        PresentationWindow window = show(robot, deck, width, height, 0);
        Path folder = Files.createDirectories(Path.of("target", "slides", "maps-" + width + "x" + height));
        for (int i = 0; i < deck.size(); i++) {
            int index = i;
            robot.interact(() -> model.goTo(index));
            WaitForAsyncUtils.waitForFxEvents();
            Region shown = window.shownSlide();
            double[] overflow = new double[1];
            List<CutLabels.Finding> cut = onFx(robot, () -> {
                shown.applyCss();
                shown.layout();
                Region body = (Region) shown.lookup("#slide-body");
                overflow[0] = body.prefHeight(body.getWidth()) - body.getHeight();
                return CutLabels.under(shown);
            });
            BufferedImage[] image = new BufferedImage[1];
            robot.interact(() -> image[0] = SwingFXUtils.fromFXImage(window.stage().getScene().snapshot(null), null));
            ImageIO.write(image[0], "png", folder.resolve(String.format("%02d.png", i + 1)).toFile());
            assertThat(cut).as(deck.get(i).title()).isEmpty();
            assertThat(overflow[0]).as(deck.get(i).title() + ": content taller than the slide").isLessThanOrEqualTo(0.5);
        }
        robot.interact(window::close);
    }

    private PresentationWindow show(FxRobot robot, List<Slide> deck, int width, int height, int slide) {
        model = new PresentationViewModel(deck);
        PresentationWindow[] window = new PresentationWindow[1];
        robot.interact(() -> {
            window[0] = new PresentationWindow(model, false);
            window[0].show(new Rectangle2D(0, 0, width, height), false);
            model.goTo(slide);
        });
        WaitForAsyncUtils.waitForFxEvents();
        return window[0];
    }

    private static <T> T onFx(FxRobot robot, java.util.function.Supplier<T> work) {
        Object[] out = new Object[1];
        robot.interact(() -> out[0] = work.get());
        @SuppressWarnings("unchecked")
        T t = (T) out[0];
        return t;
    }
}
