package de.stadtlage.app;

import static org.assertj.core.api.Assertions.assertThat;

import de.stadtlage.persistence.Database;
import de.stadtlage.persistence.DatabaseContent;
import de.stadtlage.persistence.DatabaseLocation;
import de.stadtlage.testing.RunningApp;
import de.stadtlage.testing.TempDatabase;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ToggleButton;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

@ExtendWith(ApplicationExtension.class)
class ShellUiTest {

    private final Path folder = TempDatabase.newFolder();
    private final DatabaseLocation location = TempDatabase.location(folder);
    private final RunningApp app = new RunningApp(folder, location);
    private Stage stage;

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
    void firstStartOffersSampleDataThenEverySectionCanBeVisited(FxRobot robot) throws Exception {
        waitFor(robot, "#welcome-page");
        assertThat(stage.getTitle()).isEqualTo("Stadtlage – Sonderstab Ordnung und Stadtleben");
        assertThat(robot.lookup("#nav-lage").queryAs(ToggleButton.class).isDisabled()).isTrue();
        robot.clickOn("#welcome-sample");
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS,
                () -> robot.lookup("#welcome-page").tryQuery().isEmpty() && !robot.lookup("#nav-lage").queryAs(ToggleButton.class).isDisabled());
        assertThat(robot.lookup("#status-message").queryAs(Label.class).getText()).startsWith("Beispieldaten geladen");
        assertThat(robot.lookup("#status-sample").queryAs(Label.class).isVisible()).isTrue();
        assertThat(robot.lookup("#status-database").queryAs(Label.class).getText()).contains(folder.toString());

        for (Section section : Section.values()) {
            String id = section.name().toLowerCase(java.util.Locale.ROOT);
            robot.clickOn("#nav-" + id);
            WaitForAsyncUtils.waitForFxEvents();
            assertThat(robot.lookup("#nav-" + id).queryAs(ToggleButton.class).isSelected()).isTrue();
            assertThat(robot.lookup(".content").queryAs(javafx.scene.layout.StackPane.class).getChildren()).hasSize(1);
        }
        try (Database db = Database.open(location)) {
            assertThat(DatabaseContent.isEmpty(db.dsl())).isFalse();
        }
    }

    @Test
    void startingEmptyDoesNotAskAgain(FxRobot robot) throws Exception {
        waitFor(robot, "#welcome-page");
        robot.clickOn("#welcome-empty");
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> robot.lookup("#welcome-page").tryQuery().isEmpty());
        assertThat(robot.lookup("#status-sample").queryAs(Label.class).isVisible()).isFalse();
        robot.clickOn("#nav-sitzung");
        assertThat(robot.lookup("#nav-sitzung").queryAs(ToggleButton.class).isSelected()).isTrue();
        try (Database db = Database.open(location)) {
            assertThat(DatabaseContent.isEmpty(db.dsl())).isTrue();
            assertThat(DatabaseContent.needsWelcome(db.dsl())).isFalse();
        }
    }

    @Test
    void withoutAnAdministratorTheStatusBarSaysNobodyIsLoggedIn(FxRobot robot) throws Exception {
        waitFor(robot, "#welcome-page");
        Label user = robot.lookup("#status-user").queryAs(Label.class);
        assertThat(user.getText()).isEqualTo("Ohne Anmeldung");
        assertThat(user.getText()).doesNotContain("Administrator", "Administration");
    }

    static void waitFor(FxRobot robot, String query) throws Exception {
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> robot.lookup(query).tryQuery().map(Node::isVisible).orElse(false));
        // Let the FX thread finish what it is doing (the page may still be switching) before the robot acts on it.
        WaitForAsyncUtils.waitForFxEvents();
    }
}
