package de.stadtlage.app;

import static org.assertj.core.api.Assertions.assertThat;

import de.stadtlage.map.google.BaseMap;
import de.stadtlage.map.google.GoogleMapSettings;
import de.stadtlage.persistence.DatabaseLocation;
import de.stadtlage.testing.Screenshots;
import de.stadtlage.testing.TempDatabase;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Labeled;
import javafx.scene.control.PasswordField;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The settings (base map, Google key) are reached from the main window by Ctrl+, and by the navigation's button. */
@ExtendWith(ApplicationExtension.class)
class SettingsUiTest {

    private static final String KEY = "AIzaSyTEST-settings-ui-1234";

    private final Path folder = TempDatabase.newFolder();
    private final DatabaseLocation location = TempDatabase.location(folder);
    private final Path settingsFile = folder.resolve("settings.properties");
    private StadtlageApp app;
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        app = new StadtlageApp(location, Settings.load(settingsFile));
        app.start(stage);
    }

    @AfterEach
    void stop() throws Exception {
        FxToolkit.cleanupApplication(app);
    }

    @Test
    void settingsOpenByKeyboardAndMouseAndTheChoiceIsKept(FxRobot robot) throws Exception {
        ShellUiTest.waitFor(robot, "#welcome-page");
        assertThat(robot.lookup("#nav-settings").queryAs(Button.class).isDisabled())
                .as("settings need no open database").isFalse();
        robot.clickOn("#welcome-sample");
        ShellUiTest.waitFor(robot, "#page-lage");

        robot.press(KeyCode.CONTROL, KeyCode.COMMA).release(KeyCode.COMMA, KeyCode.CONTROL);
        ShellUiTest.waitFor(robot, "#map-base-choice");
        assertThat(baseMapChoice(robot).getValue()).isEqualTo(BaseMap.OFFLINE);
        assertThat(robot.lookup("#map-api-key").queryAs(PasswordField.class).isDisabled()).isTrue();
        robot.clickOn("#map-base-choice");
        robot.clickOn(robot.lookup(".context-menu .label").<Labeled>match(l -> "Google Maps".equals(l.getText()))
                .<Node>query());
        robot.clickOn("#map-api-key").write(KEY);
        robot.clickOn(dialogButton(robot, "OK"));
        ShellUiTest.waitFor(robot, ".alert");
        assertThat(robot.lookup(".alert .content").queryAs(Labeled.class).getText()).contains("Google");
        robot.clickOn(dialogButton(robot, "OK")); // the one-time consent

        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup(".dialog-pane").tryQuery().isEmpty());
        assertThat(GoogleMapSettings.from(Settings.load(settingsFile)))
                .isEqualTo(new GoogleMapSettings(BaseMap.GOOGLE, KEY, true));
        // The open Lage page follows the change; without network it says so and keeps the offline map.
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> robot.lookup("#map-banner").queryAs(Labeled.class).isVisible());
        assertThat(robot.lookup("#map-banner").queryAs(Labeled.class).getText())
                .startsWith("Google Maps konnte nicht geladen werden");

        robot.clickOn("#nav-settings");
        ShellUiTest.waitFor(robot, "#map-base-choice");
        assertThat(baseMapChoice(robot).getValue()).isEqualTo(BaseMap.GOOGLE);
        assertThat(robot.lookup("#map-api-key").queryAs(PasswordField.class).getText()).isEqualTo(KEY);
        Path shot = Screenshots.save(robot, stage, dialogWindow(robot), "main-window-settings");
        assertThat(shot).exists();
        robot.clickOn(dialogButton(robot, "Abbrechen"));

        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup(".dialog-pane").tryQuery().isEmpty());
        assertThat(Files.readString(settingsFile)).contains("map.base=GOOGLE");
    }

    private static ChoiceBox<?> baseMapChoice(FxRobot robot) {
        return robot.lookup("#map-base-choice").queryAs(ChoiceBox.class);
    }

    private static Window dialogWindow(FxRobot robot) {
        return robot.lookup(".dialog-pane").query().getScene().getWindow();
    }

    private static Node dialogButton(FxRobot robot, String text) {
        return robot.lookup(".dialog-pane .button").<Button>match(b -> text.equals(b.getText())).query();
    }
}
