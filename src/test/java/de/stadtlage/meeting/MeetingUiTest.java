package de.stadtlage.meeting;

import static org.assertj.core.api.Assertions.assertThat;

import de.stadtlage.access.CurrentUser;
import de.stadtlage.access.Role;
import de.stadtlage.actions.ActionItemService;
import de.stadtlage.common.TaskRunner;
import de.stadtlage.map.MapPackageLoader;
import de.stadtlage.meeting.minutes.MinutesExporter;
import de.stadtlage.meeting.minutes.PdfChecks;
import de.stadtlage.persistence.Database;
import de.stadtlage.sample.SampleData;
import de.stadtlage.testing.AppScene;
import de.stadtlage.testing.StrictDialogs;
import de.stadtlage.testing.TempDatabase;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

@ExtendWith(ApplicationExtension.class)
class MeetingUiTest {

    private static final CurrentUser MINUTE_TAKER = new CurrentUser("Sabine Yilmaz", Role.PROTOKOLL, null);

    private final Path folder = TempDatabase.newFolder();
    private final Path pdf = folder.resolve("protokoll.pdf");
    private final List<Path> opened = new ArrayList<>();
    private final StrictDialogs dialogs = StrictDialogs.allowingInfo();
    // prepared while the test instance is built, outside TestFX's setup timeout (loading takes long on a busy box)
    private final Database database = sampleDatabase(folder);

    /** The meeting the sample data leave to be planned: a week after the last sample meeting. */
    private static final LocalDate NEXT = SampleData.nextMeeting(LocalDate.now());
    private static final java.time.format.DateTimeFormatter GERMAN = java.time.format.DateTimeFormatter.ofPattern("dd.MM.yyyy");

    private static Database sampleDatabase(Path folder) {
        Database database = TempDatabase.open(folder);
        SampleData.load(database, CurrentUser.system(), LocalDate.now(), false);
        return database;
    }

    @Start
    void start(Stage stage) {
        Clock clock = Clock.systemDefaultZone();
        MinutesExporter exporter = MinutesExporter.create(database,
                new MinutesMap(database.dsl(), MapPackageLoader.fromClasspath()));
        MeetingViewModel model = new MeetingViewModel(database, new MeetingService(database, MINUTE_TAKER, clock),
                new ActionItemService(database, MINUTE_TAKER, clock), () -> exporter, true, TaskRunner.direct(),
                dialogs);
        MeetingView view = new MeetingView(model, name -> Optional.of(pdf), opened::add);
        AppScene.show(stage, new javafx.scene.layout.StackPane(view.node()), 1280, 800);
        view.onShow();
    }

    @AfterEach
    void closeDatabase() {
        database.close();
    }

    @Test
    void minuteTakerRunsAMeetingAndExportsTheMinutes(FxRobot robot) throws Exception {
        assertThat(robot.lookup("#meeting-list").queryAs(ListView.class).getItems()).hasSize(2);
        robot.clickOn("#meeting-plan");
        assertThat(robot.lookup("#plan-date").queryAs(javafx.scene.control.DatePicker.class).getValue())
                .isEqualTo(NEXT);
        robot.clickOn("#plan-ok");
        assertThat(robot.lookup("#meeting-heading").queryAs(Label.class).getText())
                .isEqualTo("Sitzung vom " + GERMAN.format(NEXT) + " · " + IsoWeek.label(NEXT));
        robot.clickOn("#meeting-start");
        assertThat(robot.lookup("#meeting-state").queryAs(Label.class).getText()).isEqualTo("läuft");
        robot.clickOn("#header-end").write("11:45");
        robot.clickOn("#header-save");

        robot.clickOn("Anwesenheit");

        CheckBox first = robot.lookup(".check-box").queryAs(CheckBox.class);
        String present = first.getText();
        robot.clickOn(first);
        robot.clickOn("#guest-name").write("Claudia Strauß");
        robot.clickOn("#guest-add");
        assertThat(robot.lookup("#attendance-count").queryAs(Label.class).getText())
                .isEqualTo("2 Personen anwesend");

        robot.clickOn("#meeting-tab-tagesordnung");
        robot.clickOn("#decision-text").write("Präsenz am Nordmarkt wird verstärkt.");
        robot.clickOn("#decision-add");
        assertThat(robot.lookup("#decision-list").queryAs(ListView.class).getItems()).hasSize(1);

        robot.clickOn("Neue Maßnahmen");
        ComboBox<?> decision = robot.lookup("#action-decision").queryAs(ComboBox.class);
        robot.interact(() -> decision.getSelectionModel().select(0));
        robot.clickOn("#action-owner").write("Ordnungsamt");
        robot.clickOn("#action-add");
        assertThat(robot.lookup("#action-list").queryAs(ListView.class).getItems()).hasSize(1);
        assertThat(robot.lookup("#meeting-message").queryAs(Label.class).getText())
                .isEqualTo("Maßnahme „Präsenz am Nordmarkt wird verstärkt.“ angelegt.");

        de.stadtlage.testing.Screenshots.save(robot, decision.getScene(), "meeting-actions");
        robot.clickOn("#meeting-tab-tagesordnung");
        de.stadtlage.testing.Screenshots.save(robot, decision.getScene(), "meeting-agenda");
        robot.clickOn("#meeting-close");
        assertThat(dialogs.questions()).hasSize(1);
        assertThat(robot.lookup("#meeting-state").queryAs(Label.class).getText()).isEqualTo("abgeschlossen");
        assertThat(robot.lookup("#decision-add").queryAs(Button.class).isDisabled()).isTrue();

        robot.clickOn("#meeting-export");
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> !opened.isEmpty());
        Files.copy(pdf, Path.of("target", "minutes-ui.pdf"), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        assertThat(PdfChecks.violations(Files.readAllBytes(pdf), "3a")).isEmpty();
        String text = PdfChecks.flatText(Files.readAllBytes(pdf));
        if (getClass().getResource("/de/stadtlage/map/package/") != null) {
            assertThat(text).doesNotContain("Für diese Sitzung liegt keine Lagekarte vor.");
        }
        assertThat(text).contains("Protokoll der Sitzung vom " + GERMAN.format(NEXT), "10:00–11:45 Uhr", "Claudia Strauß (Gast)",
                present.replaceAll(" \\(.*", ""), "Präsenz am Nordmarkt wird verstärkt.", "Ordnungsamt",
                GERMAN.format(NEXT.plusWeeks(1)));
        assertThat(text).doesNotContain("Entwurf – die Sitzung ist noch nicht abgeschlossen");
    }
}
