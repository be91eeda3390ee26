package de.stadtlage.meeting;

import static de.stadtlage.persistence.jooq.Tables.AGENDA_ITEM;
import static de.stadtlage.persistence.jooq.Tables.AUDIT_LOG;
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
import de.stadtlage.testing.Screenshots;
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
import javafx.scene.control.ListView;
import javafx.scene.control.TextArea;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import javafx.stage.WindowEvent;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Notes typed during the meeting are never lost: not by another agenda item, a reload, the PDF or closing. */
@ExtendWith(ApplicationExtension.class)
class MeetingNotesUiTest {

    private static final CurrentUser MINUTE_TAKER = new CurrentUser("Sabine Yilmaz", Role.PROTOKOLL, null);

    private final Path folder = TempDatabase.newFolder();
    private final Path pdf = folder.resolve("protokoll.pdf");
    private final List<Path> opened = new ArrayList<>();
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
        Clock clock = Clock.systemDefaultZone();
        MinutesExporter exporter = MinutesExporter.create(database,
                new MinutesMap(database.dsl(), MapPackageLoader.fromClasspath()));
        MeetingViewModel model = new MeetingViewModel(database, new MeetingService(database, MINUTE_TAKER, clock),
                new ActionItemService(database, MINUTE_TAKER, clock), () -> exporter, true, TaskRunner.direct(),
                StrictDialogs.allowingInfo());
        MeetingView view = new MeetingView(model, name -> Optional.of(pdf), opened::add);
        AppScene.show(stage, new StackPane(view.node()), 1024, 768);
        view.onShow();
    }

    @AfterEach
    void closeDatabase() {
        database.close();
    }

    @Test
    void notesTypedUnderOneItemAreKeptWhenAnotherIsClickedAndWrittenOnce(FxRobot robot) {
        startNewMeeting(robot);
        ListView<?> agenda = robot.lookup("#agenda-list").queryAs(ListView.class);
        robot.clickOn(cellText(robot, "TOP 1"));
        robot.clickOn("#agenda-notes").write("Lagebild: Keuningpark ruhiger.");
        int writesBefore = noteWrites();

        robot.clickOn(cellText(robot, "TOP 2"));
        assertThat(storedNotes(1)).isEqualTo("Lagebild: Keuningpark ruhiger.");
        assertThat(noteWrites()).isEqualTo(writesBefore + 1);
        assertThat(notesField(robot).getText()).isEmpty();

        robot.clickOn(cellText(robot, "TOP 3"));
        robot.clickOn(cellText(robot, "TOP 1"));
        assertThat(notesField(robot).getText()).isEqualTo("Lagebild: Keuningpark ruhiger.");
        assertThat(noteWrites()).as("unchanged notes are not written again").isEqualTo(writesBefore + 1);
        assertThat(agenda.getSelectionModel().getSelectedIndex()).isZero();
        Screenshots.save(robot, stage.getScene(), "meeting-notes-1024");
    }

    @Test
    void notesSurviveAddingADecisionAndLeavingTheField(FxRobot robot) {
        startNewMeeting(robot);
        robot.clickOn(cellText(robot, "TOP 2"));
        robot.clickOn("#agenda-notes").write("SV berichtet über Bänke.");
        robot.clickOn("#decision-text").write("Bänke werden bis Oktober ersetzt.");
        assertThat(storedNotes(2)).as("leaving the notes field saves them").isEqualTo("SV berichtet über Bänke.");

        robot.clickOn("#agenda-notes").write(" Nachfrage Vorsitz.");
        robot.clickOn("#decision-add");
        assertThat(notesField(robot).getText()).isEqualTo("SV berichtet über Bänke. Nachfrage Vorsitz.");
        assertThat(storedNotes(2)).isEqualTo("SV berichtet über Bänke. Nachfrage Vorsitz.");
    }

    @Test
    void notesNotYetSavedReachThePdf(FxRobot robot) throws Exception {
        startNewMeeting(robot);
        robot.clickOn(cellText(robot, "TOP 1"));
        robot.clickOn("#agenda-notes").write("Notiz direkt vor dem Export.");
        robot.clickOn("#meeting-export");
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> !opened.isEmpty());
        assertThat(PdfChecks.flatText(Files.readAllBytes(pdf))).contains("Notiz direkt vor dem Export.");
    }

    @Test
    void notesAreSavedWhenTheWindowCloses(FxRobot robot) {
        startNewMeeting(robot);
        robot.clickOn(cellText(robot, "TOP 1"));
        robot.clickOn("#agenda-notes").write("Letzter Satz vor dem Schließen.");
        robot.interact(() -> stage.fireEvent(new WindowEvent(stage, WindowEvent.WINDOW_CLOSE_REQUEST)));
        robot.interact(stage::hide);
        assertThat(storedNotes(1)).isEqualTo("Letzter Satz vor dem Schließen.");
    }

    /** Plans the meeting after the sample ones, starts it and opens the agenda. */
    private void startNewMeeting(FxRobot robot) {
        robot.clickOn("#meeting-plan");
        robot.clickOn("#plan-ok");
        robot.clickOn("#meeting-start");
        robot.clickOn(robot.lookup(".tab-label").queryAllAs(javafx.scene.control.Label.class).stream()
                .filter(l -> l.getText().startsWith("Tagesordnung")).findFirst().orElseThrow());
    }

    private static javafx.scene.Node cellText(FxRobot robot, String prefix) {
        return robot.lookup("#agenda-list .list-cell").queryAllAs(javafx.scene.control.ListCell.class).stream()
                .filter(c -> c.getText() != null && c.getText().startsWith(prefix + " ")
                        || c.getAccessibleText() != null && c.getAccessibleText().startsWith(prefix + " "))
                .findFirst().orElseThrow(() -> new AssertionError("kein " + prefix));
    }

    private static TextArea notesField(FxRobot robot) {
        return robot.lookup("#agenda-notes").queryAs(TextArea.class);
    }

    /** The stored notes of the agenda item at {@code position} of the newest meeting. */
    private String storedNotes(int position) {
        Integer newest = database.dsl().select(org.jooq.impl.DSL.max(AGENDA_ITEM.MEETING_ID)).from(AGENDA_ITEM)
                .fetchOne(0, Integer.class);
        return database.dsl().select(AGENDA_ITEM.NOTES).from(AGENDA_ITEM)
                .where(AGENDA_ITEM.MEETING_ID.eq(newest).and(AGENDA_ITEM.POSITION.eq(position))).fetchOne(0, String.class);
    }

    private int noteWrites() {
        return database.dsl().fetchCount(AUDIT_LOG, AUDIT_LOG.ACTION.eq("agenda.notes"));
    }
}
