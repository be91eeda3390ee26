package de.stadtlage.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import de.stadtlage.access.AccessService;
import de.stadtlage.access.CurrentUser;
import de.stadtlage.access.LoginFailedException;
import de.stadtlage.access.Organisation;
import de.stadtlage.access.Person;
import de.stadtlage.access.PersonAccount;
import de.stadtlage.access.Role;
import de.stadtlage.boards.SubgroupRepository;
import de.stadtlage.persistence.Database;
import de.stadtlage.persistence.DatabaseLocation;
import de.stadtlage.testing.Screenshots;
import de.stadtlage.testing.RunningApp;
import de.stadtlage.testing.TempDatabase;
import java.nio.file.Path;
import java.time.Clock;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.Button;
import javafx.scene.control.TableView;
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
class PeopleUiTest {

    private final Path folder = TempDatabase.newFolder();
    private final DatabaseLocation location = TempDatabase.location(folder);
    private final RunningApp app = new RunningApp(folder, location);

    @Start
    void start(Stage stage) {
        // no admin yet: the settings' default person (Administrator) works without login
        app.start(stage);
    }

    @AfterEach
    void stop() throws Exception {
        app.stop();
    }

    @Test
    void theAdminAddsAPersonWithPasswordFromTheStatusBarAndThatPersonCanLogIn(FxRobot robot) throws Exception {
        ShellUiTest.waitFor(robot, "#welcome-page");
        robot.clickOn("#status-user");
        ShellUiTest.waitFor(robot, "#people-table");
        robot.interact(() -> {
            robot.lookup("#people-new-name").queryAs(TextField.class).setText("Jens Hoffmann");
            robot.lookup("#people-new-login").queryAs(TextField.class).setText("jhoffmann");
            robot.lookup("#people-new-password").queryAs(TextField.class).setText("Muensterstr-12");
            robot.lookup("#people-add").queryAs(Button.class).fire();
        });
        @SuppressWarnings("unchecked")
        TableView<PersonAccount> table = robot.lookup("#people-table").queryAs(TableView.class);
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> table.getItems().size() == 1);
        assertThat(table.getItems().get(0).person().displayName()).isEqualTo("Jens Hoffmann");
        assertThat(table.getItems().get(0).hasPassword()).isTrue();
        // the form is emptied once the new person is saved (the table may show the row a moment earlier)
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS,
                () -> robot.lookup("#people-new-name").queryAs(TextField.class).getText().isEmpty());

        // an Untergruppenleitung needs its subgroup: "Hinzufügen" waits for it
        robot.clickOn("#people-new-name").write("Sven Lead");
        robot.clickOn("#people-new-login").write("slead");
        robot.clickOn("#people-new-role").clickOn(Role.UNTERGRUPPENLEITUNG.label());
        assertThat(robot.lookup("#people-add").queryButton().isDisabled()).isTrue();
        robot.clickOn("#people-new-subgroup").clickOn("Stadtraum verschönern");
        robot.clickOn("#people-new-password").write("Kampstrasse-40");
        robot.clickOn("#people-add");
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> table.getItems().size() == 2);
        robot.interact(() -> Screenshots.save(robot.lookup("#people-dialog").query(), "people-dialog"));

        // editing: the form takes the person, "Änderungen speichern" stores the new role and organisation
        robot.interact(() -> table.getSelectionModel().select(table.getItems().stream()
                .filter(a -> "jhoffmann".equals(a.person().login())).findFirst().orElseThrow()));
        robot.clickOn("#people-edit");
        assertThat(robot.lookup("#people-new-name").queryAs(TextField.class).getText()).isEqualTo("Jens Hoffmann");
        robot.clickOn("#people-new-role").clickOn(Role.PROTOKOLL.label());
        robot.clickOn("#people-new-organisation").clickOn("Polizei");
        robot.clickOn("Änderungen speichern");
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> table.getItems().stream()
                .anyMatch(a -> "jhoffmann".equals(a.person().login()) && a.person().role() == Role.PROTOKOLL));
        assertThat(robot.lookup("#people-add").queryButton().getText()).as("the form is for a new person again")
                .isEqualTo("Hinzufügen");

        // deactivating asks first; "Abbrechen" changes nothing
        robot.interact(() -> table.getSelectionModel().select(table.getItems().stream()
                .filter(a -> "jhoffmann".equals(a.person().login())).findFirst().orElseThrow()));
        robot.clickOn("#people-toggle");
        robot.clickOn("Abbrechen");
        robot.clickOn("#people-toggle");
        robot.clickOn("OK");
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> table.getItems().stream()
                .anyMatch(a -> "jhoffmann".equals(a.person().login()) && !a.person().active()));
        robot.interact(() -> robot.lookup("#people-dialog").query().getScene().getWindow().hide());

        try (Database db = Database.open(location)) {
            AccessService access = new AccessService(db, Clock.systemUTC());
            assertThatThrownBy(() -> access.authenticate("jhoffmann", "Muensterstr-12".toCharArray()))
                    .as("deactivated").isInstanceOf(LoginFailedException.class);
            Person jens = access.listAccounts(CurrentUser.system()).stream().map(PersonAccount::person)
                    .filter(p -> "jhoffmann".equals(p.login())).findFirst().orElseThrow();
            assertThat(jens.role()).isEqualTo(Role.PROTOKOLL);
            assertThat(jens.organisation()).isEqualTo(Organisation.POLIZEI);
            CurrentUser lead = access.authenticate("slead", "Kampstrasse-40".toCharArray());
            assertThat(lead.role()).isEqualTo(Role.UNTERGRUPPENLEITUNG);
            assertThat(lead.subgroupId()).isEqualTo(new SubgroupRepository(db.dsl()).findByCode("SV").orElseThrow().id());
        }
    }
}
