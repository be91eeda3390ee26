package de.stadtlage.app;

import static org.assertj.core.api.Assertions.assertThat;

import de.stadtlage.persistence.DatabaseLocation;
import de.stadtlage.testing.RunningApp;
import de.stadtlage.testing.TempDatabase;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

@ExtendWith(ApplicationExtension.class)
class DamagedFileUiTest {

    private final Path folder = TempDatabase.newFolder();
    private final DatabaseLocation location = TempDatabase.location(folder);
    private final byte[] garbage = new byte[40_000];
    private final RunningApp app = new RunningApp(folder, location);

    @Start
    void start(Stage stage) throws Exception {
        new Random(3).nextBytes(garbage);
        Files.write(Path.of(location.display()), garbage);
        app.start(stage);
    }

    @AfterEach
    void stop() throws Exception {
        app.stop();
    }

    @Test
    void aDamagedDatabaseFileShowsWhereItIsAndHowToRestoreAndIsLeftAlone(FxRobot robot) throws Exception {
        ShellUiTest.waitFor(robot, "#error-page");
        String text = robot.lookup("#error-page .label").queryAllAs(Label.class).stream().map(Label::getText)
                .reduce("", (a, b) -> a + "\n" + b);
        assertThat(text).contains("Die Datenbank konnte nicht geöffnet werden").contains("ist beschädigt")
                .contains(location.display()).contains("restore");
        assertThat(robot.lookup("#nav-lage").query().isDisabled()).isTrue();
        assertThat(Files.readAllBytes(Path.of(location.display()))).isEqualTo(garbage);
    }
}
