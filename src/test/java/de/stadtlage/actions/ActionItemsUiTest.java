package de.stadtlage.actions;

import static org.assertj.core.api.Assertions.assertThat;

import de.stadtlage.access.CurrentUser;
import de.stadtlage.boards.SubgroupRepository;
import de.stadtlage.common.TaskRunner;
import de.stadtlage.persistence.Database;
import de.stadtlage.sample.SampleData;
import de.stadtlage.testing.AppScene;
import de.stadtlage.testing.Screenshots;
import de.stadtlage.testing.StrictDialogs;
import de.stadtlage.testing.TempDatabase;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Optional;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

@ExtendWith(ApplicationExtension.class)
class ActionItemsUiTest {

    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    private static final Clock SEPT = Clock.fixed(LocalDate.of(2023, 9, 8).atStartOfDay(BERLIN).toInstant(), BERLIN);

    private final Path folder = TempDatabase.newFolder();
    // prepared while the test instance is built, outside TestFX's setup timeout (loading takes long on a busy box)
    private final Database database = sampleDatabase(folder);
    private Scene scene;

    private static Database sampleDatabase(Path folder) {
        Database database = TempDatabase.open(folder);
        SampleData.load(database, CurrentUser.system(), LocalDate.of(2023, 9, 6), false);
        // a third meeting: the draft due on 28.08. is now overdue for two meetings
        new de.stadtlage.meeting.MeetingService(database, CurrentUser.system(), SEPT)
                .plan(LocalDate.of(2023, 9, 7), null, null, null, null);
        return database;
    }

    @Start
    void start(Stage stage) {
        Clock sept = SEPT;
        ActionItemsViewModel model = new ActionItemsViewModel(
                new ActionItemService(database, CurrentUser.system(), sept),
                () -> new SubgroupRepository(database.dsl()).list(), sept, true, TaskRunner.direct(),
                StrictDialogs.allowingInfo());
        ActionItemsView view = new ActionItemsView(model, name -> Optional.of(folder.resolve(name)));
        scene = AppScene.show(stage, new javafx.scene.layout.StackPane(view.node()), 1280, 800);
        view.onShow();
    }

    @AfterEach
    void closeDatabase() {
        database.close();
    }

    @Test
    void escalatedItemComesFirstAndFiltersNarrowTheList(FxRobot robot) {
        TableView<?> table = robot.lookup("#actions-table").queryAs(TableView.class);
        assertThat(table.getItems()).hasSize(7);
        ActionItemRow first = (ActionItemRow) table.getItems().get(0);
        assertThat(first.item().title()).isEqualTo("Entwurf Allgemeinverfügung an Rechtsamt geben");
        assertThat(first.isEscalated()).isTrue();
        assertThat(robot.lookup("#actions-count").queryAs(Label.class).getText())
                .isEqualTo("7 Maßnahmen, davon 1 eskaliert");
        Screenshots.save(robot, scene, "actions");

        robot.clickOn("#actions-filter-owner").write("becker");
        assertThat(table.getItems()).singleElement()
                .satisfies(row -> assertThat(((ActionItemRow) row).item().title())
                        .isEqualTo("Kostenschätzung Rauchraum einholen"));
        robot.doubleClickOn("#actions-filter-owner").eraseText(6);
        robot.clickOn("#actions-filter-overdue");
        assertThat(table.getItems()).hasSize(4);
    }
}
