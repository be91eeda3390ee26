package de.stadtlage.situation;

import static org.assertj.core.api.Assertions.assertThat;

import atlantafx.base.theme.PrimerLight;
import de.stadtlage.access.CurrentUser;
import de.stadtlage.app.AppContext;
import de.stadtlage.common.TaskRunner;
import de.stadtlage.persistence.Database;
import de.stadtlage.sample.SampleData;
import de.stadtlage.testing.CutText;
import de.stadtlage.testing.Screenshots;
import de.stadtlage.testing.TempDatabase;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import javafx.application.Application;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Kennzahlen and Kennzahlen erfassen: a close button and Escape, and nothing cut on a 1024×768 projector. */
@ExtendWith(ApplicationExtension.class)
class KeyFigureWindowsUiTest {

    private final Database db = sampleDatabase();
    private Stage main;
    private AppContext ctx;

    private static Database sampleDatabase() {
        Database db = TempDatabase.open(TempDatabase.newFolder());
        SampleData.load(db, CurrentUser.system(), LocalDate.of(2023, 9, 1), false);
        return db;
    }

    @Start
    void start(Stage stage) {
        main = stage;
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
        Clock clock = Clock.fixed(KeyFigureScreen.TODAY.atStartOfDay(ZoneId.systemDefault()).toInstant(),
                ZoneId.systemDefault());
        ctx = new AppContext(db, CurrentUser.system(), clock);
        stage.setScene(new Scene(new StackPane(), 1024, 768));
        stage.show();
    }

    @AfterEach
    void close() {
        db.close();
    }

    @Test
    void theDashboardClosesWithItsButtonAndWithEscape(FxRobot robot) {
        Stage dashboard = open(robot);
        robot.interact(() -> {
            dashboard.setWidth(1024);
            dashboard.setHeight(728);
        });
        Screenshots.save(robot, dashboard.getScene(), "key-figures-window-1024");
        assertThat(CutText.in(robot, dashboard.getScene())).isEmpty();
        robot.clickOn(button(robot, dashboard, "#figures-window-close"));
        assertThat(dashboard.isShowing()).isFalse();

        Stage again = open(robot);
        robot.clickOn(again.getScene().getRoot()).type(KeyCode.ESCAPE);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(again.isShowing()).isFalse();
    }

    @Test
    void theEditorClosesWithEscape(FxRobot robot) {
        Stage dashboard = open(robot);
        robot.clickOn(button(robot, dashboard, "#figures-edit"));
        Window editor = robot.listWindows().stream().filter(w -> w.isShowing() && w != main && w != dashboard)
                .findFirst().orElseThrow();
        robot.interact(() -> {
            editor.setWidth(1024);
            editor.setHeight(728);
        });
        Screenshots.save(robot, editor.getScene(), "key-figure-editor-1024");
        assertThat(CutText.in(robot, editor.getScene())).isEmpty();
        robot.clickOn("#figures-table").type(KeyCode.ESCAPE);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(editor.isShowing()).isFalse();
        assertThat(dashboard.isShowing()).as("Escape closes only the editor").isTrue();
    }

    private Stage open(FxRobot robot) {
        Stage[] stage = new Stage[1];
        robot.interact(() -> stage[0] = KeyFigureDashboard.showWindow(main, ctx, TaskRunner.direct()));
        return stage[0];
    }

    private static Button button(FxRobot robot, Window window, String id) {
        return robot.from(window.getScene().getRoot()).lookup(id).queryButton();
    }
}
