package de.stadtlage.boards;

import static org.assertj.core.api.Assertions.assertThat;

import atlantafx.base.theme.PrimerLight;
import de.stadtlage.access.CurrentUser;
import de.stadtlage.app.AppContext;
import de.stadtlage.common.TaskRunner;
import de.stadtlage.persistence.Database;
import de.stadtlage.sample.SampleData;
import de.stadtlage.testing.AppScene;
import de.stadtlage.testing.CutText;
import de.stadtlage.testing.Screenshots;
import de.stadtlage.testing.TempDatabase;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import javafx.application.Application;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.image.Image;
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

/** A card's details as one window: the task, its comments and history; nothing typed gets lost by Escape. */
@ExtendWith(ApplicationExtension.class)
class TaskDetailsUiTest {

    private final Path folder = TempDatabase.newFolder();
    private final Database database = sampleDatabase(folder);
    private Stage stage;

    private static Database sampleDatabase(Path folder) {
        Database database = TempDatabase.open(folder);
        SampleData.load(database, CurrentUser.system(), LocalDate.now(), false);
        return database;
    }

    @Start
    void start(Stage stage) {
        this.stage = stage;
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
        BoardsPage page = new BoardsPage(new AppContext(database, BoardsUiTest.chair(), Clock.systemDefaultZone()),
                TaskRunner.direct(), new RecordingDialogs());
        AppScene.show(stage, new StackPane(page.node()), 1024, 768);
        page.onShow();
    }

    @AfterEach
    void close() {
        database.close();
    }

    @Test
    void commentsAreWrittenInTheCardsDetailsNotInAWindowOfTheirOwn(FxRobot robot) {
        robot.clickOn("#scope-cr");
        TaskCard card = BoardsUiTest.card(robot, "Übernachtungsplätze Winter: Bedarf schätzen");
        robot.clickOn("#details-" + card.item().id());
        assertThat(robot.lookup("#task-dialog").tryQuery()).isPresent();
        assertThat(robot.lookup("#task-title").queryAs(TextField.class).getText())
                .isEqualTo("Übernachtungsplätze Winter: Bedarf schätzen");
        robot.clickOn("#details-comment-text").write("Zahlen vom Sozialamt angefragt");
        robot.clickOn("#details-comment-add");
        WaitForAsyncUtils.waitForFxEvents();
        ListView<?> comments = robot.lookup("#details-comments").queryAs(ListView.class);
        assertThat(comments.getItems()).anySatisfy(line -> assertThat(line.toString())
                .contains("Martina Krüger").contains("Zahlen vom Sozialamt angefragt"));
        assertThat(showingWindows(robot)).as("the board and the card's details, nothing else").hasSize(2);
        Window details = robot.lookup("#task-dialog").query().getScene().getWindow();
        Screenshots.save(robot, stage, details, "task-details-comments-1024");
        assertThat(CutText.in(robot, details.getScene())).isEmpty();

        robot.clickOn(robot.lookup(".tab-label").queryAllAs(Label.class).stream()
                .filter(l -> l.getText().equals("Verlauf")).findFirst().orElseThrow());
        ListView<?> history = robot.lookup("#details-history").queryAs(ListView.class);
        assertThat(history.getItems()).anySatisfy(line -> assertThat(line.toString()).contains("Kommentiert"));
        robot.press(KeyCode.ESCAPE).release(KeyCode.ESCAPE);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#task-dialog").tryQuery()).isEmpty();
    }

    @Test
    void aDoubleClickOpensTheSameDetails(FxRobot robot) {
        robot.clickOn("#scope-cr");
        robot.doubleClickOn(BoardsUiTest.card(robot, "Übernachtungsplätze Winter: Bedarf schätzen"));
        assertThat(robot.lookup("#task-title").queryAs(TextField.class).getText())
                .isEqualTo("Übernachtungsplätze Winter: Bedarf schätzen");
        assertThat(robot.lookup("#details-comments").tryQuery()).isPresent();
        Screenshots.save(robot, stage, robot.lookup("#task-dialog").query().getScene().getWindow(),
                "task-details-form-1024");
        assertThat(CutText.in(robot, robot.lookup("#task-dialog").query().getScene())).isEmpty();
        robot.press(KeyCode.ESCAPE).release(KeyCode.ESCAPE);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#task-dialog").tryQuery()).isEmpty();
    }

    @Test
    void escapeAsksBeforeTypedTextIsDiscarded(FxRobot robot) {
        robot.clickOn("#scope-su");
        robot.clickOn("#board-create");
        robot.press(KeyCode.ESCAPE).release(KeyCode.ESCAPE);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#task-dialog").tryQuery()).as("nothing typed: closes at once").isEmpty();

        robot.clickOn("#board-create");
        robot.clickOn("#task-title").write("Elternbrief an alle Schulen");
        robot.press(KeyCode.ESCAPE).release(KeyCode.ESCAPE);
        WaitForAsyncUtils.waitForFxEvents();
        Button keep = robot.lookup("#discard-no").queryButton();
        Screenshots.save(robot, stage, keep.getScene().getWindow(), "task-discard-question");
        robot.clickOn(keep);
        assertThat(robot.lookup("#task-title").queryAs(TextField.class).getText())
                .isEqualTo("Elternbrief an alle Schulen");

        robot.press(KeyCode.ESCAPE).release(KeyCode.ESCAPE);
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn("#discard-yes");
        assertThat(robot.lookup("#task-dialog").tryQuery()).isEmpty();
        assertThat(BoardsUiTest.card(robot, "Elternbrief an alle Schulen")).isNull();
    }

    @Test
    void aTitleOverOneHundredTwentyCharactersIsRefusedWhileTyping(FxRobot robot) {
        robot.clickOn("#scope-sv");
        robot.clickOn("#board-create");
        TextField title = robot.lookup("#task-title").queryAs(TextField.class);
        robot.interact(() -> title.setText("Bänke ".repeat(20) + "x"));
        robot.clickOn(title).type(KeyCode.END);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#task-dialog-save").query().isDisabled()).isTrue();
        assertThat(robot.lookup("#task-dialog-problems").queryAs(Label.class).getText())
                .isEqualTo("Der Titel ist zu lang. Bitte kürzen Sie ihn auf höchstens 120 Zeichen.");
        Screenshots.save(robot, stage, title.getScene().getWindow(), "task-title-too-long-1024");
        assertThat(CutText.in(robot, title.getScene())).isEmpty();
        robot.press(KeyCode.ESCAPE).release(KeyCode.ESCAPE);
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn("#discard-yes");
    }

    @Test
    void aDraggedCardShowsTheCardItself(FxRobot robot) {
        robot.clickOn("#scope-sv");
        TaskCard card = BoardsUiTest.card(robot, "Rückschnitt Gebüsch Stadtgarten");
        // Monocle keeps no drag view on its dragboard, so the picture the drag sets is checked on its own.
        Image[] picture = new Image[1];
        robot.interact(() -> picture[0] = BoardColumnView.dragImage(card));
        assertThat(picture[0].getWidth()).isCloseTo(card.getWidth(), org.assertj.core.data.Offset.offset(2.0));
        assertThat(picture[0].getHeight()).isCloseTo(card.getHeight(), org.assertj.core.data.Offset.offset(2.0));
        assertThat(picture[0].getPixelReader().getColor((int) card.getWidth() / 2, (int) card.getHeight() / 2)
                .getOpacity()).as("the card is drawn, not left empty").isGreaterThan(0.9);

        robot.drag(card).dropTo("#column-erledigt");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(BoardsUiTest.columnOf(BoardsUiTest.card(robot, "Rückschnitt Gebüsch Stadtgarten")))
                .isEqualTo("column-erledigt");
    }

    private static List<Window> showingWindows(FxRobot robot) {
        return robot.listWindows().stream().filter(Window::isShowing).toList();
    }
}
