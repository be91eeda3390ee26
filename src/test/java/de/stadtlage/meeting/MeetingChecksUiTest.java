package de.stadtlage.meeting;

import static org.assertj.core.api.Assertions.assertThat;

import de.stadtlage.access.CurrentUser;
import de.stadtlage.access.Role;
import de.stadtlage.actions.ActionItemService;
import de.stadtlage.common.Formats;
import de.stadtlage.common.TaskRunner;
import de.stadtlage.meeting.minutes.MapImageSource;
import de.stadtlage.meeting.minutes.MinutesExporter;
import de.stadtlage.persistence.Database;
import de.stadtlage.sample.SampleData;
import de.stadtlage.testing.AppScene;
import de.stadtlage.testing.CutText;
import de.stadtlage.testing.Screenshots;
import de.stadtlage.testing.StrictDialogs;
import de.stadtlage.testing.TempDatabase;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Optional;
import javafx.scene.control.Button;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** What the Sitzung page refuses, and says so, before anything is written. */
@ExtendWith(ApplicationExtension.class)
class MeetingChecksUiTest {

    private static final CurrentUser MINUTE_TAKER = new CurrentUser("Sabine Yilmaz", Role.PROTOKOLL, null);

    private final Path folder = TempDatabase.newFolder();
    private final Database database = sampleDatabase(folder);
    private Stage stage;
    private MeetingViewModel model;

    private static Database sampleDatabase(Path folder) {
        Database database = TempDatabase.open(folder);
        SampleData.load(database, CurrentUser.system(), LocalDate.now(), false);
        return database;
    }

    @Start
    void start(Stage stage) {
        this.stage = stage;
        javafx.application.Application.setUserAgentStylesheet(new atlantafx.base.theme.PrimerLight().getUserAgentStylesheet());
        Clock clock = Clock.systemDefaultZone();
        MinutesExporter exporter = MinutesExporter.create(database, MapImageSource.NONE);
        model = new MeetingViewModel(database, new MeetingService(database, MINUTE_TAKER, clock),
                new ActionItemService(database, MINUTE_TAKER, clock), () -> exporter, true, TaskRunner.direct(),
                StrictDialogs.allowingInfo());
        MeetingView view = new MeetingView(model, name -> Optional.empty(), path -> { });
        AppScene.show(stage, new StackPane(view.node()), 1280, 800);
        view.onShow();
    }

    @AfterEach
    void closeDatabase() {
        database.close();
    }

    @Test
    void aMeetingNeverStartedCanNeitherBeClosedNorExported(FxRobot robot) {
        robot.clickOn("#meeting-plan");
        robot.clickOn("#plan-ok");
        assertThat(robot.lookup("#meeting-state").queryAs(Label.class).getText()).isEqualTo("geplant");
        assertThat(button(robot, "#meeting-close").isDisabled()).isTrue();
        assertThat(button(robot, "#meeting-export").isDisabled()).isTrue();

        robot.clickOn("#meeting-start");
        assertThat(button(robot, "#meeting-close").isDisabled()).isFalse();
        assertThat(button(robot, "#meeting-export").isDisabled()).isFalse();
    }

    @Test
    void aDateOnOrBeforeTheLastClosedMeetingIsRefusedInThePlanDialog(FxRobot robot) {
        LocalDate lastClosed = model.meetings().get(0).date();
        robot.clickOn("#meeting-plan");
        DatePicker date = robot.lookup("#plan-date").queryAs(DatePicker.class);
        robot.interact(() -> date.setValue(lastClosed.minusDays(1)));
        Label problem = robot.lookup("#plan-problem").queryAs(Label.class);
        assertThat(problem.getText()).isEqualTo("Die Sitzung vom " + Formats.date(lastClosed)
                + " ist bereits abgeschlossen. Bitte ein Datum nach dem " + Formats.date(lastClosed) + " wählen.");
        assertThat(button(robot, "#plan-ok").isDisabled()).isTrue();
        Window dialog = problem.getScene().getWindow();
        Screenshots.save(robot, stage, dialog, "meeting-plan-refused");
        assertThat(CutText.in(robot, problem.getScene())).isEmpty();

        robot.interact(() -> date.setValue(lastClosed.plusWeeks(1)));
        assertThat(problem.getText()).isEmpty();
        assertThat(button(robot, "#plan-ok").isDisabled()).isFalse();
        robot.clickOn("#plan-ok");
        assertThat(model.meetings()).extracting(Meeting::date).contains(lastClosed.plusWeeks(1));
    }

    @Test
    void anActionItemTitleOverOneHundredTwentyCharactersIsRefusedWhileTyping(FxRobot robot) {
        robot.clickOn("#meeting-plan");
        robot.clickOn("#plan-ok");
        robot.clickOn("#meeting-start");
        robot.clickOn(robot.lookup(".tab-label").queryAllAs(Label.class).stream()
                .filter(l -> l.getText().equals("Neue Maßnahmen")).findFirst().orElseThrow());
        robot.clickOn("#action-owner").write("Ordnungsamt");
        robot.clickOn("#action-title").write("Präsenz ".repeat(15) + "x");
        assertThat(button(robot, "#action-add").isDisabled()).isTrue();
        assertThat(robot.lookup("#action-problems").queryAs(Label.class).getText())
                .isEqualTo("Der Titel ist zu lang. Bitte kürzen Sie ihn auf höchstens 120 Zeichen.");
        Screenshots.save(robot, stage.getScene(), "meeting-action-title-too-long");

        robot.interact(() -> robot.lookup("#action-title").queryAs(javafx.scene.control.TextField.class)
                .setText("Präsenz am Nordmarkt verstärken"));
        assertThat(robot.lookup("#action-problems").queryAs(Label.class).getText()).isEmpty();
        assertThat(button(robot, "#action-add").isDisabled()).isFalse();
    }

    private static Button button(FxRobot robot, String query) {
        return robot.lookup(query).queryAllAs(Button.class).stream()
                .filter(b -> b.getScene() != null && b.getScene().getWindow().isShowing())
                .reduce((first, second) -> second).orElseThrow();
    }
}
