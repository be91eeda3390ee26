package de.stadtlage.boards;

import static org.assertj.core.api.Assertions.assertThat;

import de.stadtlage.app.Settings;
import de.stadtlage.app.StadtlageApp;
import de.stadtlage.testing.TempDatabase;
import java.awt.image.BufferedImage;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.image.WritableImage;
import javafx.scene.layout.Region;
import javafx.stage.Stage;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Renders the boards in the real main window with the sample data at the two projector sizes, into
 * target/screenshots, for a person to look at. Asserts that the board fits: no column narrower than a card needs.
 */
@ExtendWith(ApplicationExtension.class)
class BoardScreenshotTest {

    private static final Path OUT = Path.of("target", "screenshots");
    private final Path folder = TempDatabase.newFolder();
    private StadtlageApp app;
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        // Kai Brandt leads BB (the third subgroup): his board is writable, the others read-only.
        Settings settings = Settings.load(folder.resolve("settings.properties"));
        settings.put("user.name", "Kai Brandt");
        settings.put("user.role", "UNTERGRUPPENLEITUNG");
        settings.put("user.subgroup", "3");
        app = new StadtlageApp(TempDatabase.location(folder), settings);
        app.start(stage);
    }

    @AfterEach
    void stop() throws Exception {
        FxToolkit.cleanupApplication(app);
    }

    @Test
    void boardsAt1280x800And1920x1080(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> robot.lookup("#welcome-sample").tryQuery()
                .map(n -> n.getScene() != null && n.isVisible()).orElse(false));
        robot.clickOn("#welcome-sample");
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> robot.lookup("#welcome-page").tryQuery().isEmpty());
        robot.clickOn("#nav-untergruppen");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup(".overview-tile").queryAll().size() == 5);
        for (int[] size : new int[][] {{1280, 800}, {1920, 1080}}) {
            robot.clickOn("#scope-overview");
            shoot("overview", size[0], size[1]);
            robot.clickOn("#scope-bb");
            WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !robot.lookup(".task-card").queryAll().isEmpty());
            shoot("board-bb", size[0], size[1]);
            robot.clickOn("#scope-sh");
            shoot("board-sh", size[0], size[1]);
            robot.clickOn("#scope-mine");
            shoot("mine", size[0], size[1]);
            assertThat(robot.lookup("#column-blockiert").queryAs(Region.class).getWidth()).isGreaterThan(200);
        }
    }

    @Test
    void taskDialogAt1280x800(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> robot.lookup("#welcome-sample").tryQuery()
                .map(n -> n.getScene() != null && n.isVisible()).orElse(false));
        robot.clickOn("#welcome-sample");
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> robot.lookup("#welcome-page").tryQuery().isEmpty());
        robot.clickOn("#nav-untergruppen");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#scope-bb").tryQuery().isPresent());
        robot.clickOn("#scope-bb");
        robot.doubleClickOn(".task-card");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#task-dialog").tryQuery().isPresent());
        Parent pane = (Parent) robot.lookup("#task-dialog").query();
        WritableImage image = WaitForAsyncUtils.asyncFx(() -> pane.getScene().snapshot(null)).get(30, TimeUnit.SECONDS);
        Files.createDirectories(OUT);
        ImageIO.write(SwingFXUtils.fromFXImage(image, null), "png", OUT.resolve("task-dialog.png").toFile());
        assertThat(image.getWidth()).isGreaterThan(400);
        robot.type(javafx.scene.input.KeyCode.ESCAPE);
    }

    /** Renders the window's content at the given size (the headless screen is smaller than 1920×1080). */
    private void shoot(String name, int width, int height) throws Exception {
        WaitForAsyncUtils.waitForFxEvents();
        WritableImage image = WaitForAsyncUtils.asyncFx(() -> {
            Scene scene = stage.getScene();
            Parent root = scene.getRoot();
            scene.setRoot(new Region());
            Scene sized = new Scene(root, width, height);
            sized.getStylesheets().setAll(scene.getStylesheets());
            root.applyCss();
            root.layout();
            WritableImage shot = sized.snapshot(null);
            sized.setRoot(new Region());
            scene.setRoot(root);
            return shot;
        }).get(30, TimeUnit.SECONDS);
        Files.createDirectories(OUT);
        BufferedImage png = SwingFXUtils.fromFXImage(image, null);
        File file = OUT.resolve(name + "-" + width + "x" + height + ".png").toFile();
        ImageIO.write(png, "png", file);
        assertThat(png.getWidth()).isEqualTo(width);
    }
}
