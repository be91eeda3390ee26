package de.stadtlage.app;

import static org.assertj.core.api.Assertions.assertThat;

import de.stadtlage.access.AccessService;
import de.stadtlage.persistence.Database;
import de.stadtlage.persistence.DatabaseLocation;
import de.stadtlage.testing.RunningApp;
import de.stadtlage.testing.TempDatabase;
import java.nio.file.Path;
import java.time.Clock;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

@ExtendWith(ApplicationExtension.class)
class LoginUiTest {

    private final Path folder = TempDatabase.newFolder();
    private final DatabaseLocation location = TempDatabase.location(folder);
    private final RunningApp app = new RunningApp(folder, location);

    @Start
    void start(Stage stage) {
        try (Database db = Database.open(location)) {
            new AccessService(db, Clock.systemUTC()).createFirstAdmin("admin", "Petra Admin",
                    "Brueckstrasse-7".toCharArray());
        }
        app.start(stage);
    }

    @AfterEach
    void stop() throws Exception {
        app.stop();
    }

    @Test
    void aProtectedDatabaseAsksForLoginSaysWhatWasWrongAndThenShowsWhoIsWorking(FxRobot robot) throws Exception {
        ShellUiTest.waitFor(robot, "#login-user");
        signIn(robot, "admin", "falsch-falsch");
        ShellUiTest.waitFor(robot, "#login-problem");
        assertThat(robot.lookup("#login-problem").queryAs(Label.class).getText()).contains("Passwort ist falsch");

        signIn(robot, "admin", "Brueckstrasse-7");
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> robot.lookup("#login-user").tryQuery().isEmpty()
                && robot.lookup("Petra Admin (Administration)").tryQuery().isPresent());
        ShellUiTest.waitFor(robot, "#welcome-page"); // a database with only its admin counts as empty
    }

    @Test
    void aWrongPasswordKeepsTheUserNameAndPutsTheCursorInThePasswordField(FxRobot robot) throws Exception {
        ShellUiTest.waitFor(robot, "#login-user");
        signIn(robot, "admin", "falsch-falsch");
        ShellUiTest.waitFor(robot, "#login-problem");
        TextField user = visible(robot, "#login-user");
        TextField password = visible(robot, "#login-password");
        assertThat(user.getText()).isEqualTo("admin");
        assertThat(password.getText()).isEmpty();
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, password::isFocused);

        signIn(robot, user.getText(), "Brueckstrasse-7");
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS,
                () -> robot.lookup("Petra Admin (Administration)").tryQuery().isPresent());
    }

    /** Types into the visible dialog's fields and presses its default button (Enter). */
    private static void signIn(FxRobot robot, String login, String password) {
        TextField user = visible(robot, "#login-user");
        robot.interact(() -> {
            user.setText(login);
            ((TextField) visible(robot, "#login-password")).setText(password);
        });
        Button ok = robot.lookup("#login-ok").queryAllAs(Button.class).stream()
                .filter(n -> n.getScene() != null && n.getScene().getWindow().isShowing())
                .reduce((first, second) -> second).orElseThrow();
        robot.interact(ok::fire);
    }

    private static TextField visible(FxRobot robot, String query) {
        return robot.lookup(query).queryAllAs(TextField.class).stream()
                .filter(n -> n.getScene() != null && n.getScene().getWindow().isShowing())
                .reduce((first, second) -> second).orElseThrow();
    }
}
