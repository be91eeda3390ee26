package de.stadtlage.presentation;

import static org.assertj.core.api.Assertions.assertThat;

import de.stadtlage.access.CurrentUser;
import de.stadtlage.app.AppContext;
import de.stadtlage.common.TaskRunner;
import de.stadtlage.persistence.Database;
import de.stadtlage.sample.SampleData;
import de.stadtlage.testing.StrictDialogs;
import de.stadtlage.testing.TempDatabase;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import javafx.concurrent.Task;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The set-up page while the deck is being built: the list says so instead of staying blank. */
@ExtendWith(ApplicationExtension.class)
class PresentationSetUpTest {

    private static Database database;
    /** Holds the page's background work until the test lets it run, as a slow deck would. */
    private final List<Task<?>> waiting = new ArrayList<>();
    private PresentationPage page;

    @BeforeAll
    static void sampleData() {
        database = TempDatabase.open(TempDatabase.newFolder());
        SampleData.load(database, CurrentUser.system(), LocalDate.of(2023, 9, 6), false);
    }

    @AfterAll
    static void closeDatabase() {
        database.close();
    }

    @Start
    void start(Stage stage) {
        AppContext context = new AppContext(database, CurrentUser.system(), Clock.systemDefaultZone());
        TaskRunner held = new TaskRunner() {
            @Override
            public <T> Task<T> run(Task<T> task) {
                waiting.add(task);
                return task;
            }
        };
        page = new PresentationPage(context, held, StrictDialogs.silent(), PresentationSources.NONE);
        stage.setScene(new Scene((Parent) page.node(), 1024, 700));
        stage.show();
        page.onShow();
    }

    @Test
    void theSlideListShowsProgressWhileTheDeckIsBuiltThenTheSlides(FxRobot robot) {
        runWaiting(robot); // the meeting dates: the page picks the meeting and starts building its deck
        ListView<?> overview = robot.lookup("#presentation-overview").queryListView();
        assertThat(overview.getItems()).isEmpty();
        assertThat(robot.lookup("#presentation-loading").tryQuery()).as("progress in the empty list").isPresent();
        assertThat(robot.lookup("#presentation-loading .label").queryAs(Label.class).getText())
                .isEqualTo("Folien werden vorbereitet …");

        runWaiting(robot);
        assertThat(overview.getItems()).isNotEmpty();
        assertThat(overview.getItems().get(0).toString()).startsWith("1   ");
        assertThat(robot.lookup("#presentation-loading").tryQuery()).isEmpty();
    }

    private void runWaiting(FxRobot robot) {
        List<Task<?>> now = new ArrayList<>(waiting);
        waiting.clear();
        // run off the FX thread as the pool does; the tasks hand their results to the FX thread
        now.forEach(Task::run);
        WaitForAsyncUtils.waitForFxEvents();
    }
}
