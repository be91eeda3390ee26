package de.stadtlage.app;

import static org.assertj.core.api.Assertions.assertThat;

import de.stadtlage.persistence.Database;
import de.stadtlage.persistence.DatabaseLocation;
import de.stadtlage.persistence.FileEncryption;
import de.stadtlage.testing.RunningApp;
import de.stadtlage.testing.TempDatabase;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

@ExtendWith(ApplicationExtension.class)
class FilePasswordUiTest {

    private static final String PASSWORD = "Westfalenpark-77";

    private final Path folder = TempDatabase.newFolder();
    private final DatabaseLocation location = TempDatabase.location(folder);
    private final RunningApp app = new RunningApp(folder, location);
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        Database.open(location).close();
        FileEncryption.encrypt(location, PASSWORD.toCharArray());
        app.start(stage);
    }

    @AfterEach
    void stop() throws Exception {
        app.stop();
    }

    @Test
    void anEncryptedFileAsksForItsPasswordSaysWhenItIsWrongAndThenOpens(FxRobot robot) throws Exception {
        ShellUiTest.waitFor(robot, "#file-password");
        enter(robot, "Falsches-Passwort");
        ShellUiTest.waitFor(robot, "#file-password-problem");
        assertThat(robot.lookup("#file-password-problem").queryAs(Label.class).getText())
                .contains("Dateipasswort").contains("ist falsch");

        enter(robot, PASSWORD);
        ShellUiTest.waitFor(robot, "#welcome-page");
        assertThat(robot.lookup("#file-password").tryQuery()).isEmpty();
    }

    @Test
    void cancellingThePasswordEndsTheAppWithoutOpeningTheFile(FxRobot robot) throws Exception {
        ShellUiTest.waitFor(robot, "#file-password");
        robot.clickOn("Abbrechen");
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> !stage.isShowing());
        assertThat(FileEncryption.isEncrypted(location)).isTrue();
    }

    /** Types the password into the showing dialog, like a person, and confirms with Enter. */
    private static void enter(FxRobot robot, String password) {
        PasswordField field = robot.lookup("#file-password").queryAllAs(PasswordField.class).stream()
                .filter(n -> n.getScene() != null && n.getScene().getWindow().isShowing())
                .reduce((first, second) -> second).orElseThrow();
        robot.clickOn(field).write(password).type(javafx.scene.input.KeyCode.ENTER);
    }
}
