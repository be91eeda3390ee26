package de.stadtlage.app;

import static org.assertj.core.api.Assertions.assertThat;

import de.stadtlage.access.AccessService;
import de.stadtlage.access.AuditLog;
import de.stadtlage.persistence.DatabaseLocation;
import de.stadtlage.testing.RunningApp;
import de.stadtlage.testing.TempDatabase;
import java.nio.file.Path;
import java.time.Clock;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

@ExtendWith(ApplicationExtension.class)
class FirstAdminUiTest {

    private final Path folder = TempDatabase.newFolder();
    private final DatabaseLocation location = TempDatabase.location(folder);
    private final RunningApp app = new RunningApp(folder, location);

    @Start
    void start(Stage stage) {
        app.start(stage);
    }

    @AfterEach
    void stop() throws Exception {
        app.stop();
    }

    @Test
    void theWelcomePageCreatesTheFirstAdminWhoIsThenLoggedInAndTheNextStartAsksForLogin(FxRobot robot) throws Exception {
        ShellUiTest.waitFor(robot, "#welcome-admin");
        robot.clickOn("#welcome-admin");
        ShellUiTest.waitFor(robot, "#first-admin-login");
        assertThat(robot.lookup("#first-admin-ok").queryButton().isDisabled()).isTrue();

        type(robot, "#first-admin-login", "petra");
        type(robot, "#first-admin-name", "Petra Schulz");
        type(robot, "#first-admin-password", "Hafenviertel-9");
        type(robot, "#first-admin-repeat", "Hafenviertel-8");
        assertThat(robot.lookup("#first-admin-problems").queryAs(Label.class).getText()).contains("stimmen nicht");
        assertThat(robot.lookup("#first-admin-ok").queryButton().isDisabled()).isTrue();
        robot.clickOn("#first-admin-repeat").type(KeyCode.END).eraseText(1).write("9");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#first-admin-ok").queryButton().isDisabled())
                .as(robot.lookup("#first-admin-problems").queryAs(Label.class).getText()).isFalse();
        robot.clickOn("#first-admin-ok");

        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS,
                () -> robot.lookup("Petra Schulz (Administration)").tryQuery().isPresent());
        // the welcome page stays (the database is still empty), without the admin part
        assertThat(robot.lookup("#welcome-admin").tryQuery().map(n -> n.getParent().isVisible())).hasValue(false);
        try (var db = de.stadtlage.persistence.Database.open(location)) {
            assertThat(new AccessService(db, Clock.systemUTC()).hasAdmin()).isTrue();
            assertThat(db.dsl().fetchCount(de.stadtlage.persistence.jooq.Tables.AUDIT_LOG,
                    de.stadtlage.persistence.jooq.Tables.AUDIT_LOG.ACTION.eq("CREATE_FIRST_ADMIN"))).isEqualTo(1);
            assertThat(AuditLog.verify(db.dsl()).intact()).isTrue();
        }

        app.restart(robot);
        ShellUiTest.waitFor(robot, "#login-user");
    }

    @Test
    void withoutAnAdminThePeopleDialogOffersToCreateOne(FxRobot robot) throws Exception {
        ShellUiTest.waitFor(robot, "#welcome-empty");
        robot.clickOn("#welcome-empty");
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> robot.lookup("#welcome-page").tryQuery().isEmpty());
        robot.clickOn("#status-user");
        ShellUiTest.waitFor(robot, "#people-first-admin");
        robot.clickOn("#people-first-admin");
        ShellUiTest.waitFor(robot, "#first-admin-login");
        assertThat(robot.lookup("#people-table").tryQuery()).isEmpty();
        robot.clickOn("Abbrechen");
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> robot.lookup("#first-admin-login").tryQuery().isEmpty());
    }

    /** Clicks into the field and types, as a person would. */
    private static void type(FxRobot robot, String query, String text) {
        TextField field = robot.lookup(query).queryAs(TextField.class);
        robot.clickOn(field).write(text);
        robot.type(KeyCode.TAB);
    }
}
