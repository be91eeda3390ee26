package de.stadtlage.meeting;

import static org.assertj.core.api.Assertions.assertThat;

import de.stadtlage.access.CurrentUser;
import de.stadtlage.access.Role;
import de.stadtlage.actions.ActionItemService;
import de.stadtlage.common.DialogService;
import de.stadtlage.common.FxDialogService;
import de.stadtlage.common.TaskRunner;
import de.stadtlage.persistence.Database;
import de.stadtlage.testing.AppScene;
import de.stadtlage.testing.Screenshots;
import de.stadtlage.testing.TempDatabase;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Predicate;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The minute-taker saves over a change another person made meanwhile: told who and when, then shown the change. */
@ExtendWith(ApplicationExtension.class)
class MeetingConflictUiTest {

    private static final CurrentUser MINUTE_TAKER = new CurrentUser("Sabine Yilmaz", Role.PROTOKOLL, null);
    private static final LocalDate DAY = LocalDate.of(2026, 12, 3);

    private final Path folder = TempDatabase.newFolder();
    private final Database database = TempDatabase.open(folder);
    private Stage stage;
    private Meeting meeting;
    private HookedDialogs dialogs;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        dialogs = new HookedDialogs(new FxDialogService(() -> stage));
        Clock clock = Clock.systemDefaultZone();
        MeetingService service = new MeetingService(database, MINUTE_TAKER, clock);
        service.plan(DAY.minusWeeks(1), LocalTime.of(10, 0), "Rathaus", "OB", "Sabine Yilmaz");
        meeting = service.plan(DAY, LocalTime.of(10, 0), "Rathaus", "OB", "Sabine Yilmaz");
        MeetingViewModel model = new MeetingViewModel(database, service, new ActionItemService(database, MINUTE_TAKER,
                clock), () -> null, true, TaskRunner.direct(), dialogs);
        MeetingView view = new MeetingView(model, name -> Optional.empty(), file -> { });
        AppScene.show(stage, new javafx.scene.layout.StackPane(view.node()), 1280, 800);
        view.onShow();
    }

    @AfterEach
    void closeDatabase() {
        database.close();
    }

    /** Real dialogs that count the errors shown and can run something just before the first one opens. */
    private static final class HookedDialogs implements DialogService {
        private final DialogService shown;
        private Runnable beforeFirstError = () -> { };
        private int errors;

        HookedDialogs(DialogService shown) {
            this.shown = shown;
        }

        @Override
        public void showError(String title, String message, Throwable details) {
            errors++;
            Runnable hook = beforeFirstError;
            beforeFirstError = () -> { };
            hook.run();
            shown.showError(title, message, details);
        }

        @Override
        public void showInfo(String title, String message) {
            shown.showInfo(title, message);
        }

        @Override
        public boolean confirm(String title, String message) {
            return shown.confirm(title, message);
        }
    }

    /** Kai Brandt's change from another app instance on the same file. */
    private void kai(Consumer<MeetingService> change) {
        try (Database other = Database.open(TempDatabase.location(folder))) {
            change.accept(new MeetingService(other, new CurrentUser("Kai Brandt", Role.VORSITZ, null),
                    Clock.systemDefaultZone()));
        }
    }

    private Window dialog(FxRobot robot) {
        return robot.listWindows().stream().filter(w -> w != stage && w.isShowing()).findFirst().orElseThrow();
    }

    private String dialogText(Window dialog) {
        return ((DialogPane) dialog.getScene().getRoot()).getContentText();
    }

    @Test
    void aHeaderSavedOverAnotherPersonsChangeIsRefusedAndTheirChangeIsShown(FxRobot robot) {
        kai(service -> service.updateHeader(meeting, new MeetingHeader(LocalTime.of(10, 0), null, "Stadthaus, Raum 5",
                "OB", "Sabine Yilmaz")));
        robot.clickOn("#header-place").press(KeyCode.CONTROL).type(KeyCode.A).release(KeyCode.CONTROL)
                .write("Rathaus, Saal 2");
        robot.clickOn("#header-save");

        Window dialog = dialog(robot);
        assertThat(dialogText(dialog)).matches("(?s)Kai Brandt hat am \\d{2}\\.\\d{2}\\.\\d{4} um \\d{2}:\\d{2} Uhr"
                + " den Kopf der Sitzung .*nicht gespeichert.*");
        Screenshots.save(robot, stage, dialog, "meeting-conflict-header");
        robot.clickOn("OK");

        assertThat(robot.lookup("#header-place").queryAs(TextField.class).getText()).isEqualTo("Stadthaus, Raum 5");
        assertThat(new MeetingRepository(database.dsl()).findByDate(DAY).orElseThrow().place())
                .isEqualTo("Stadthaus, Raum 5");
    }

    /** Kai saves notes under "Lage" from his instance; the minute-taker, who has not seen them, types her own. */
    private void typeNotesAfterKaiSavedHis(FxRobot robot) {
        AgendaItem lage = new MeetingRepository(database.dsl()).agenda(meeting.id()).get(0);
        kai(service -> service.setNotes(lage, "Rückgang am Nordmarkt"));
        robot.clickOn("Tagesordnung");
        robot.clickOn("#agenda-notes").write("Lage ruhig");
    }

    @Test
    void notesSavedOverAnotherPersonsNotesAreRefusedAndTheirNotesAreShown(FxRobot robot) {
        typeNotesAfterKaiSavedHis(robot);
        robot.clickOn("#notes-save");

        Window dialog = dialog(robot);
        assertThat(dialogText(dialog)).startsWith("Kai Brandt hat am ").contains("die Notizen zu „Lage“");
        robot.clickOn("OK");

        // their notes are shown, with the refused text below them: nothing typed is lost
        assertThat(robot.lookup("#agenda-notes").queryAs(TextArea.class).getText())
                .isEqualTo("Rückgang am Nordmarkt\n\nLage ruhig");
        assertThat(new MeetingRepository(database.dsl()).agenda(meeting.id()).get(0).notes())
                .isEqualTo("Rückgang am Nordmarkt");

        robot.clickOn("#notes-save");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(new MeetingRepository(database.dsl()).agenda(meeting.id()).get(0).notes())
                .isEqualTo("Rückgang am Nordmarkt\n\nLage ruhig");
    }

    /**
     * "Notizen speichern" takes the focus from the notes, and leaving the notes saves them too: on a busy machine
     * the button's click arrives while the refusal of the first save is shown (seen in CI). One refusal, nothing
     * typed lost.
     */
    @Test
    void pressingSaveWhileTheRefusalIsShownAsksOnceAndKeepsTheTypedNotes(FxRobot robot) {
        typeNotesAfterKaiSavedHis(robot);
        dialogs.beforeFirstError = () -> ((Button) stage.getScene().lookup("#notes-save")).fire();
        robot.clickOn("#notes-save");

        assertThat(dialogText(dialog(robot))).startsWith("Kai Brandt hat am ");
        robot.clickOn("OK");
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(dialogs.errors).as("refusals shown").isEqualTo(1);
        assertThat(robot.listWindows().stream().filter(w -> w != stage && w.isShowing())).isEmpty();
        assertThat(robot.lookup("#agenda-notes").queryAs(TextArea.class).getText())
                .isEqualTo("Rückgang am Nordmarkt\n\nLage ruhig");
        assertThat(new MeetingRepository(database.dsl()).agenda(meeting.id()).get(0).notes())
                .isEqualTo("Rückgang am Nordmarkt");
    }

    /** Choosing another meeting saves the notes first; refused, they wait under that item until it is shown again. */
    @Test
    void notesRefusedWhileChoosingAnotherMeetingAreShownOnComingBack(FxRobot robot) {
        typeNotesAfterKaiSavedHis(robot);
        robot.clickOn(meetingInList("26.11.2026"));

        assertThat(dialogText(dialog(robot))).startsWith("Kai Brandt hat am ").contains("die Notizen zu „Lage“");
        robot.clickOn("OK");
        assertThat(robot.lookup("#meeting-heading").queryAs(Label.class).getText()).contains("26.11.2026");
        assertThat(robot.lookup("#agenda-notes").queryAs(TextArea.class).getText()).isEmpty();

        robot.clickOn(meetingInList("03.12.2026"));
        assertThat(robot.lookup("#agenda-notes").queryAs(TextArea.class).getText())
                .isEqualTo("Rückgang am Nordmarkt\n\nLage ruhig");
        assertThat(robot.lookup("#notes-save").queryButton().isDisabled()).as("still to be saved").isFalse();
        Screenshots.save(robot, stage.getScene(), "meeting-notes-refused-kept");
        assertThat(new MeetingRepository(database.dsl()).agenda(meeting.id()).get(0).notes())
                .isEqualTo("Rückgang am Nordmarkt");
    }

    private static Predicate<Node> meetingInList(String date) {
        return node -> node instanceof Label label && label.getText() != null && label.getText().startsWith(date + " ")
                && label.getParent() != null && label.getParent().getParent() instanceof javafx.scene.control.ListCell;
    }
}
