package de.stadtlage.boards;

import static org.assertj.core.api.Assertions.assertThat;

import atlantafx.base.theme.PrimerLight;
import de.stadtlage.access.CurrentUser;
import de.stadtlage.access.Role;
import de.stadtlage.app.AppContext;
import de.stadtlage.common.TaskRunner;
import de.stadtlage.persistence.Database;
import de.stadtlage.sample.SampleData;
import de.stadtlage.testing.AppScene;
import de.stadtlage.testing.TempDatabase;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.concurrent.TimeUnit;
import javafx.application.Application;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The boards page as a person uses it, on a real H2 file with the sample data. */
@ExtendWith(ApplicationExtension.class)
class BoardsUiTest {

    private final Path folder = TempDatabase.newFolder();
    private final RecordingDialogs dialogs = new RecordingDialogs();
    private Database database;
    private Stage stage;
    private StackPane holder;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
        database = TempDatabase.open(folder);
        SampleData.load(database, chair(), LocalDate.now(), false);
        holder = new StackPane();
        AppScene.show(stage, holder, 1280, 800);
        showPage(database, chair());
    }

    @AfterEach
    void close() {
        database.close();
    }

    static CurrentUser chair() {
        return new CurrentUser("Martina Krüger", Role.VORSITZ, null);
    }

    /** Builds a fresh page on {@code db}, as the app does for each opened database; runs writes on the FX thread. */
    BoardsPage showPage(Database db, CurrentUser user) {
        BoardsPage[] page = new BoardsPage[1];
        WaitForAsyncUtils.asyncFx(() -> {
            page[0] = new BoardsPage(new AppContext(db, user, Clock.systemDefaultZone()), TaskRunner.direct(), dialogs);
            holder.getChildren().setAll(page[0].node());
            page[0].onShow();
            // Laid out before the robot aims at it: a click aimed at a node not laid out yet lands at the top left
            // (on "Übersicht"), which CI once did under load.
            holder.applyCss();
            holder.layout();
        });
        WaitForAsyncUtils.waitForFxEvents();
        return page[0];
    }

    static TaskCard card(FxRobot robot, String title) {
        return robot.lookup(".task-card").queryAllAs(TaskCard.class).stream()
                .filter(c -> c.item().task().title().equals(title)).findFirst().orElse(null);
    }

    static String columnOf(TaskCard card) {
        Node node = card;
        while (node != null && !(node instanceof BoardColumnView)) {
            node = node.getParent();
        }
        return node == null ? null : node.getId();
    }

    @Test
    void createdTaskDraggedToInArbeitIsStillThereAfterReopening(FxRobot robot) throws Exception {
        robot.clickOn("#scope-sv");
        robot.clickOn("#board-create");
        robot.clickOn("#task-title").write("Bänke am Nordmarkt reparieren");
        robot.clickOn("#task-dialog-save");
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> card(robot, "Bänke am Nordmarkt reparieren") != null);
        TaskCard created = card(robot, "Bänke am Nordmarkt reparieren");
        assertThat(columnOf(created)).isEqualTo("column-offen");

        robot.drag(created).dropTo("#column-in_arbeit");
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS,
                () -> "column-in_arbeit".equals(columnOf(card(robot, "Bänke am Nordmarkt reparieren"))));
        assertThat(robot.lookup("#board-notice").queryAs(Label.class).getText()).contains("In Arbeit");

        database.close();
        database = Database.open(TempDatabase.location(folder));
        showPage(database, chair());
        robot.clickOn("#scope-sv");
        assertThat(columnOf(card(robot, "Bänke am Nordmarkt reparieren"))).isEqualTo("column-in_arbeit");
    }

    @Test
    void overdueTaskIsMarkedAndOverdueFilterShowsOnlySuchTasks(FxRobot robot) {
        robot.clickOn("#scope-sv");
        TaskCard overdue = card(robot, "Sitzmöbel Nordmarkt: Entwurf abstimmen");
        assertThat(overdue.getPseudoClassStates()).contains(TaskCard.OVERDUE);
        assertThat(robot.from(overdue).lookup(".overdue-badge").queryAs(Label.class).getText()).isEqualTo("Überfällig");
        TaskCard later = card(robot, "Leerstände Brückstraße: Zwischennutzung anfragen");
        assertThat(later.getPseudoClassStates()).doesNotContain(TaskCard.OVERDUE);

        robot.clickOn("#filter-overdue");
        assertThat(robot.lookup(".task-card").queryAllAs(TaskCard.class))
                .extracting(c -> c.item().task().title()).containsExactly("Sitzmöbel Nordmarkt: Entwurf abstimmen");
    }

    @Test
    void ctrlArrowMovesTheFocusedCardAndUndoPutsItBack(FxRobot robot) {
        robot.clickOn("#scope-bb");
        TaskCard card = card(robot, "Gemeinsame Streife Polizei/KOD Brückstraße am Samstag");
        robot.clickOn(card);
        robot.press(KeyCode.CONTROL).press(KeyCode.RIGHT).release(KeyCode.RIGHT).release(KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        TaskCard moved = card(robot, "Gemeinsame Streife Polizei/KOD Brückstraße am Samstag");
        assertThat(columnOf(moved)).isEqualTo("column-in_arbeit");
        assertThat(moved.isFocused()).as("focus stays on the moved card").isTrue();

        robot.press(KeyCode.CONTROL).press(KeyCode.Z).release(KeyCode.Z).release(KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(columnOf(card(robot, "Gemeinsame Streife Polizei/KOD Brückstraße am Samstag"))).isEqualTo("column-offen");
        assertThat(robot.lookup("#column-offen").queryAs(BoardColumnView.class).lookupAll(".task-card"))
                .first().extracting(n -> ((TaskCard) n).item().task().title())
                .isEqualTo("Gemeinsame Streife Polizei/KOD Brückstraße am Samstag");
    }

    @Test
    void aTaskCreatedByAnotherUserAppearsWithinFiveSeconds(FxRobot robot) throws Exception {
        robot.clickOn("#scope-cr");
        try (Database other = Database.open(TempDatabase.location(folder))) {
            Subgroup cr = new SubgroupRepository(other.dsl()).findByCode("CR").orElseThrow();
            new TaskService(other, new CurrentUser("Leonie Wagner", Role.UNTERGRUPPENLEITUNG, cr.id()), Clock.systemDefaultZone())
                    .create(cr.id(), TaskStatus.OFFEN, TaskInput.simple("Kältebus organisieren", TaskPriority.HOCH, null));
        }
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> card(robot, "Kältebus organisieren") != null);
    }

    @Test
    void readerSeesTheBoardButCannotCreateOrMove(FxRobot robot) {
        showPage(database, new CurrentUser("Tobias Lang", Role.LESEND, null));
        robot.clickOn("#scope-sh");
        assertThat(robot.lookup("#board-heading").queryAs(Label.class).getText()).isEqualTo("Suchthilfe weiterentwickeln");
        assertThat(robot.lookup("#board-create").queryButton().isDisabled()).isTrue();
        assertThat(robot.lookup("#board-read-only").query().isVisible()).isTrue();
        TaskCard card = card(robot, "Öffnungszeiten Drogenkonsumraum erweitern");
        assertThat(card.getPseudoClassStates()).contains(TaskCard.READ_ONLY);
        robot.clickOn(card);
        robot.press(KeyCode.CONTROL).press(KeyCode.RIGHT).release(KeyCode.RIGHT).release(KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(columnOf(card(robot, "Öffnungszeiten Drogenkonsumraum erweitern"))).isEqualTo("column-offen");
    }

    @Test
    void overviewShowsEveryBoardWithItsCounts(FxRobot robot) {
        assertThat(robot.lookup(".overview-tile").queryAll()).hasSize(5);
        Node sv = robot.lookup("#overview-sv").query();
        assertThat(robot.from(sv).lookup(".figure-value").queryAllAs(Label.class)).extracting(Label::getText)
                .containsExactly("5", "1", "1");
        robot.clickOn("#overview-sh");
        assertThat(robot.lookup("#board-heading").queryAs(Label.class).getText()).isEqualTo("Suchthilfe weiterentwickeln");
    }

    @Test
    void aConflictingMoveShowsWhoChangedWhatAndReloadShowsTheirVersion(FxRobot robot) {
        BoardsPage page = showPage(database, chair());
        // The other change must not arrive by polling before the move.
        WaitForAsyncUtils.asyncFx(() -> page.model().stopWatching());
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn("#scope-sv");
        TaskCard card = card(robot, "Rückschnitt Gebüsch Stadtgarten");
        try (Database other = Database.open(TempDatabase.location(folder))) {
            BoardTask seen = new TaskRepository(other.dsl()).findById(card.item().id()).orElseThrow();
            new TaskService(other, new CurrentUser("Peter Schulte", Role.VORSITZ, null), Clock.systemDefaultZone())
                    .edit(seen, TaskInput.of(seen).withTitle("Rückschnitt Gebüsch Stadtgarten (ab Oktober)"));
        }
        robot.clickOn(card);
        robot.press(KeyCode.CONTROL).press(KeyCode.RIGHT).release(KeyCode.RIGHT).release(KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        Label message = robot.lookup("#conflict-message").queryAs(Label.class);
        assertThat(robot.lookup("#conflict-banner").query().isVisible()).isTrue();
        assertThat(message.getText()).contains("Peter Schulte").contains("Titel").contains("nicht gespeichert");
        // The refused move is not applied; the board already shows the other person's version.
        assertThat(columnOf(card(robot, "Rückschnitt Gebüsch Stadtgarten (ab Oktober)"))).isEqualTo("column-blockiert");

        robot.clickOn("#conflict-reload");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#conflict-banner").query().isVisible()).isFalse();
    }

    @Test
    void taskDialogKeepsSaveDisabledWithoutTitleOrWithAPastDueDate(FxRobot robot) {
        robot.clickOn("#scope-su");
        robot.clickOn("#board-create");
        Node save = robot.lookup("#task-dialog-save").query();
        assertThat(save.isDisabled()).isTrue();
        robot.clickOn("#task-title").write("Elternbrief");
        assertThat(save.isDisabled()).isFalse();
        robot.clickOn("#task-due .text-field").write("01.02.2020").type(KeyCode.TAB);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(save.isDisabled()).isTrue();
        assertThat(robot.lookup("#task-dialog-problems").queryAs(Label.class).getText()).contains("Vergangenheit");
        assertThat(de.stadtlage.testing.CutText.in(robot, save.getScene())).as("the whole reason is readable").isEmpty();
        robot.press(KeyCode.ESCAPE).release(KeyCode.ESCAPE);
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn("#discard-yes");
        assertThat(card(robot, "Elternbrief")).isNull();
    }

    @Test
    void commentsAreAddedAndTheHistoryShowsThem(FxRobot robot) {
        robot.clickOn("#scope-cr");
        TaskCard card = card(robot, "Übernachtungsplätze Winter: Bedarf schätzen");
        robot.clickOn("#details-" + card.item().id());
        robot.clickOn("#details-comment-text").write("Zahlen vom Sozialamt angefragt");
        robot.clickOn("#details-comment-add");
        WaitForAsyncUtils.waitForFxEvents();
        javafx.scene.control.ListView<?> comments = robot.lookup("#details-comments").queryAs(javafx.scene.control.ListView.class);
        assertThat(comments.getItems()).anySatisfy(line -> assertThat(line.toString())
                .contains("Martina Krüger").contains("Zahlen vom Sozialamt angefragt"));
        javafx.scene.control.ListView<?> history = robot.lookup("#details-history").queryAs(javafx.scene.control.ListView.class);
        assertThat(history.getItems()).anySatisfy(line -> assertThat(line.toString()).contains("Kommentiert"));
        robot.press(KeyCode.ESCAPE).release(KeyCode.ESCAPE);
    }

    @Test
    void exceededColumnLimitWarnsAndArchivingAfterConfirmationTakesTheCardOff(FxRobot robot) {
        robot.clickOn("#scope-sv");
        BoardColumnView inArbeit = robot.lookup("#column-in_arbeit").queryAs(BoardColumnView.class);
        assertThat(inArbeit.getPseudoClassStates()).doesNotContain(BoardColumnView.OVER_LIMIT);
        robot.clickOn("#board-limits");
        robot.clickOn("#wip-in_arbeit").write("1");
        robot.clickOn(robot.lookup(".dialog-pane .button").match(n -> n instanceof javafx.scene.control.Button b
                && b.getText().equals("Speichern")).queryButton());
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(inArbeit.getPseudoClassStates()).contains(BoardColumnView.OVER_LIMIT);
        assertThat(robot.from(inArbeit).lookup(".column-count").queryAs(Label.class).getText()).isEqualTo("2 / 1");
        assertThat(robot.from(inArbeit).lookup(".column-warning").queryAs(Label.class).getText()).contains("Mehr als 1");

        TaskCard card = card(robot, "Graffiti-Entfernung Keuningpark beauftragen");
        robot.clickOn(card).type(KeyCode.DELETE);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(dialogs.questions).singleElement().asString().contains("Graffiti-Entfernung Keuningpark beauftragen");
        assertThat(card(robot, "Graffiti-Entfernung Keuningpark beauftragen")).isNull();
        assertThat(inArbeit.getPseudoClassStates()).doesNotContain(BoardColumnView.OVER_LIMIT);
    }

    @Test
    void movingACardIntoBlockiertAsksWhyAndTheCardShowsIt(FxRobot robot) {
        robot.clickOn("#scope-su");
        robot.clickOn(card(robot, "Elternabende Nordstadt planen"));
        robot.press(KeyCode.CONTROL).press(KeyCode.RIGHT).release(KeyCode.RIGHT).release(KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn("#blocked-dialog .text-field").write("Schulen antworten erst nach den Ferien");
        robot.type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        TaskCard card = card(robot, "Elternabende Nordstadt planen");
        assertThat(columnOf(card)).isEqualTo("column-blockiert");
        assertThat(robot.from(card).lookup(".blocked-reason").queryAs(Label.class).getText())
                .isEqualTo("Blockiert: Schulen antworten erst nach den Ferien");
    }

    @Test
    void ctrlDownWithAFilterMovesTheCardBelowTheNextVisibleOneAndKeepsHiddenOnesInPlace(FxRobot robot) {
        Subgroup sv = new SubgroupRepository(database.dsl()).findByCode("SV").orElseThrow();
        TaskService chair = new TaskService(database, chair(), Clock.systemDefaultZone());
        BoardTask hidden = chair.create(sv.id(), TaskStatus.OFFEN, new TaskInput("Schilder bestellen", null,
                TaskPriority.NIEDRIG, null, "Ordnungsamt", null, null, null));
        chair.move(hidden, TaskStatus.OFFEN, 1);
        showPage(database, chair());
        robot.clickOn("#scope-sv");
        WaitForAsyncUtils.asyncFx(() -> robot.lookup("#filter-owner").queryComboBox().setValue("Peter Schulte"));
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn(card(robot, "Beleuchtung Unterführung Nordausgang Hbf erneuern"));
        robot.press(KeyCode.CONTROL).press(KeyCode.DOWN).release(KeyCode.DOWN).release(KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(new TaskRepository(database.dsl()).listBoard(sv.id())).filteredOn(t -> t.status() == TaskStatus.OFFEN)
                .extracting(BoardTask::title).containsExactly("Schilder bestellen",
                        "Leerstände Brückstraße: Zwischennutzung anfragen", "Beleuchtung Unterführung Nordausgang Hbf erneuern");
    }
}
