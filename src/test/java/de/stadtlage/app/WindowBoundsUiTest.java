package de.stadtlage.app;

import static org.assertj.core.api.Assertions.assertThat;

import de.stadtlage.persistence.DatabaseLocation;
import de.stadtlage.testing.RunningApp;
import de.stadtlage.testing.TempDatabase;
import java.nio.file.Path;
import javafx.geometry.Rectangle2D;
import javafx.stage.Screen;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** The first window fits the screen it opens on, whatever size was saved on another machine. */
@ExtendWith(ApplicationExtension.class)
class WindowBoundsUiTest {

    private final Path folder = TempDatabase.newFolder();
    private final DatabaseLocation location = TempDatabase.location(folder);
    private final RunningApp app = new RunningApp(folder, location);
    private Stage stage;

    WindowBoundsUiTest() {
        Settings settings = Settings.load(folder.resolve("settings.properties"));
        settings.put("window.x", "400");
        settings.put("window.y", "200");
        settings.put("window.width", "2560");
        settings.put("window.height", "1600");
        settings.save();
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

    @Test
    void aSavedSizeBiggerThanTheScreenIsShrunkToTheScreen(FxRobot robot) throws Exception {
        ShellUiTest.waitFor(robot, "#welcome-page");
        Rectangle2D screen = Screen.getPrimary().getVisualBounds();
        assertThat(stage.getWidth()).isLessThanOrEqualTo(screen.getWidth());
        assertThat(stage.getHeight()).isLessThanOrEqualTo(screen.getHeight());
        assertThat(stage.getX()).isGreaterThanOrEqualTo(screen.getMinX());
        assertThat(stage.getY()).isGreaterThanOrEqualTo(screen.getMinY());
        assertThat(stage.getX() + stage.getWidth()).isLessThanOrEqualTo(screen.getMaxX());
        assertThat(stage.getY() + stage.getHeight()).isLessThanOrEqualTo(screen.getMaxY());
    }
}
