package de.stadtlage.app;

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
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

@ExtendWith(ApplicationExtension.class)
class ExploreCutTextUiTest {

    private final Path folder = TempDatabase.newFolder();
    private final DatabaseLocation location = TempDatabase.location(folder);
    private final RunningApp app = new RunningApp(folder, location);
    private Stage stage;

    ExploreCutTextUiTest() {
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
    void explore(FxRobot robot) throws Exception {
        ShellUiTest.waitFor(robot, "#nav-sitzung");
        for (int[] size : new int[][] {{1024, 768}, {1280, 800}}) {
            robot.interact(() -> { stage.setWidth(size[0]); stage.setHeight(size[1]); });
            String s = size[0] + "";
            robot.clickOn("#nav-sitzung");
            ShellUiTest.waitFor(robot, "#page-sitzung");
            WaitForAsyncUtils.sleep(1, java.util.concurrent.TimeUnit.SECONDS);
            report(robot, "sitzung-" + s);
            for (String tab : new String[] {"Anwesenheit", "Tagesordnung und Beschlüsse", "Neue Maßnahmen"}) {
                robot.clickOn(tab);
                report(robot, "sitzung-" + tab.charAt(0) + s);
            }
            robot.clickOn("#nav-massnahmen");
            ShellUiTest.waitFor(robot, "#page-massnahmen");
            WaitForAsyncUtils.sleep(1, java.util.concurrent.TimeUnit.SECONDS);
            report(robot, "massnahmen-" + s);
            robot.clickOn("#nav-untergruppen");
            ShellUiTest.waitFor(robot, "#page-untergruppen");
            WaitForAsyncUtils.sleep(1, java.util.concurrent.TimeUnit.SECONDS);
            report(robot, "ug-overview-" + s);
            for (String g : new String[] {"sv", "cr", "bb", "su", "sh", "mine"}) {
                robot.clickOn("#scope-" + g);
                WaitForAsyncUtils.waitForFxEvents();
                report(robot, "ug-" + g + "-" + s);
            }
        }
    }

    private void report(FxRobot robot, String name) {
        WaitForAsyncUtils.waitForFxEvents();
        Screenshots.save(robot, stage.getScene(), "explore-" + name);
        CutText.in(robot, stage.getScene()).forEach(f -> System.err.println("CUT " + name + ": " + f));
    }
}
