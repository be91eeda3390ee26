package de.stadtlage.app;

import static org.assertj.core.api.Assertions.assertThat;

import de.stadtlage.access.CurrentUser;
import de.stadtlage.persistence.Database;
import de.stadtlage.persistence.DatabaseLocation;
import de.stadtlage.sample.SampleData;
import de.stadtlage.testing.CutText;
import de.stadtlage.testing.RunningApp;
import de.stadtlage.testing.Screenshots;
import de.stadtlage.testing.TempDatabase;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import javafx.scene.control.Label;
import javafx.scene.control.TableRow;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The pages of the weekly meeting on a 1024×768 projector and a 1280×800 notebook, with the sample data: no text
 * cut to "…", no word broken in the middle, nothing beyond the window's edge, no list to scroll sideways.
 */
@ExtendWith(ApplicationExtension.class)
class MeetingDayLayoutUiTest {

    // Larger first: Monocle cannot grow a window beyond the frame buffer of its first size.
    private static final int[][] SIZES = {{1280, 800}, {1024, 768}};

    private final Path folder = TempDatabase.newFolder();
    private final DatabaseLocation location = TempDatabase.location(folder);
    private final RunningApp app = new RunningApp(folder, location);
    private final List<String> findings = new ArrayList<>();
    private Stage stage;

    MeetingDayLayoutUiTest() {
        try (Database db = Database.open(location)) {
            SampleData.load(db, CurrentUser.system(), LocalDate.now(), false);
        }
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
    void sitzungShowsEveryTabWhole(FxRobot robot) throws Exception {
        ShellUiTest.waitFor(robot, "#nav-sitzung");
        robot.clickOn("#nav-sitzung");
        ShellUiTest.waitFor(robot, "#page-sitzung");
        robot.clickOn("#meeting-plan");
        robot.clickOn("#plan-ok");
        WaitForAsyncUtils.waitFor(10, java.util.concurrent.TimeUnit.SECONDS,
                () -> "geplant".equals(robot.lookup("#meeting-state").queryAs(Label.class).getText()));
        robot.clickOn("#meeting-start");
        WaitForAsyncUtils.waitFor(10, java.util.concurrent.TimeUnit.SECONDS,
                () -> "läuft".equals(robot.lookup("#meeting-state").queryAs(Label.class).getText()));
        for (int[] size : SIZES) {
            resize(robot, size);
            check(robot, "sitzung-kopf-" + size[0]);
            for (String tab : new String[] {"anwesenheit", "tagesordnung", "massnahmen"}) {
                robot.clickOn("#meeting-tab-" + tab);
                check(robot, "sitzung-" + tab + "-" + size[0]);
            }
            robot.clickOn("#meeting-tab-kopf");
        }
        assertThat(findings).isEmpty();
    }

    @Test
    void massnahmenShowsFiltersButtonsAndItemsWhole(FxRobot robot) throws Exception {
        ShellUiTest.waitFor(robot, "#nav-massnahmen");
        robot.clickOn("#nav-massnahmen");
        ShellUiTest.waitFor(robot, "#page-massnahmen");
        WaitForAsyncUtils.waitFor(10, java.util.concurrent.TimeUnit.SECONDS,
                () -> !robot.lookup("#actions-table").queryTableView().getItems().isEmpty());
        for (int[] size : SIZES) {
            resize(robot, size);
            check(robot, "massnahmen-" + size[0]);
            TableRow<?> first = robot.lookup("#actions-table .table-row-cell").queryAllAs(TableRow.class).stream()
                    .filter(r -> r.getItem() != null).findFirst().orElseThrow();
            robot.doubleClickOn(first);
            WaitForAsyncUtils.waitForFxEvents();
            Window dialog = robot.lookup("#status-choice").query().getScene().getWindow();
            Screenshots.save(robot, stage, dialog, "massnahmen-status-" + size[0]);
            findings.addAll(CutText.in(robot, dialog.getScene()).stream().map(f -> "status-dialog: " + f).toList());
            robot.type(javafx.scene.input.KeyCode.ESCAPE);
            WaitForAsyncUtils.waitForFxEvents();
        }
        assertThat(findings).isEmpty();
    }

    @Test
    void untergruppenShowOverviewBoardsAndCardsWhole(FxRobot robot) throws Exception {
        ShellUiTest.waitFor(robot, "#nav-untergruppen");
        robot.clickOn("#nav-untergruppen");
        ShellUiTest.waitFor(robot, "#page-untergruppen");
        for (int[] size : SIZES) {
            resize(robot, size);
            robot.clickOn("#scope-overview");
            check(robot, "untergruppen-uebersicht-" + size[0]);
            for (String scope : new String[] {"sv", "cr", "bb", "su", "sh", "mine"}) {
                robot.clickOn("#scope-" + scope);
                check(robot, "untergruppen-" + scope + "-" + size[0]);
            }
        }
        assertThat(findings).isEmpty();
    }

    private void resize(FxRobot robot, int[] size) {
        robot.interact(() -> {
            stage.setWidth(size[0]);
            stage.setHeight(size[1]);
        });
        WaitForAsyncUtils.waitForFxEvents();
    }

    private void check(FxRobot robot, String name) {
        WaitForAsyncUtils.waitForFxEvents();
        Screenshots.save(robot, stage.getScene(), name);
        findings.addAll(CutText.in(robot, stage.getScene()).stream().map(f -> name + ": " + f).toList());
    }
}
