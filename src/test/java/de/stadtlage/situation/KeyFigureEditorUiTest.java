package de.stadtlage.situation;

import static org.assertj.core.api.Assertions.assertThat;

import de.stadtlage.access.CurrentUser;
import de.stadtlage.persistence.Database;
import de.stadtlage.testing.Screenshots;
import de.stadtlage.testing.TempDatabase;
import java.time.LocalDate;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
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

/** The key-figure editor driven like the chair's office uses it: open from the dashboard, enter, correct, delete. */
@ExtendWith(ApplicationExtension.class)
class KeyFigureEditorUiTest {

    private static final String METRIC = "Platzverweise";

    private final Database db = TempDatabase.open(TempDatabase.newFolder());
    private KeyFigureService service;

    @Start
    void start(Stage stage) {
        service = new KeyFigureService(db, CurrentUser.system());
        KeyFigureScreen.show(stage, db);
    }

    @AfterEach
    void close() {
        db.close();
    }

    @Test
    void aWeeklyFigureIsEnteredCorrectedAndDeletedAfterConfirmation(FxRobot robot) {
        int before = service.figures().size();
        robot.clickOn("#figures-edit");
        WaitForAsyncUtils.waitForFxEvents();
        TableView<?> table = robot.lookup("#figures-table").queryAs(TableView.class);
        assertThat(table.getItems()).hasSize(before);
        assertThat(robot.lookup("#figures-from").queryAs(DatePicker.class).getValue())
                .as("the week of the app's today is proposed").isEqualTo(LocalDate.of(2023, 9, 4));

        ComboBox<String> metric = robot.lookup("#figures-metric").query();
        robot.interact(() -> metric.setValue(METRIC));
        robot.interact(() -> robot.lookup("#figures-from").queryAs(DatePicker.class).setValue(LocalDate.of(2023, 9, 6)));
        robot.clickOn("Ganze Woche");
        robot.clickOn("#figures-value").write("abc");
        robot.clickOn("#figures-save");
        assertThat(message(robot)).isEqualTo("Bitte geben Sie als Wert eine Zahl ein, z. B. 782 oder 50.000,50.");
        assertThat(service.figures()).hasSize(before);

        robot.doubleClickOn("#figures-value").eraseText(3).write("1.234");
        robot.type(KeyCode.ENTER);   // Speichern is the default button
        assertThat(message(robot)).startsWith("Gespeichert: Platzverweise,");
        assertThat(table.getItems()).hasSize(before + 1);
        assertThat(stored().value()).isEqualByComparingTo("1234");
        robot.interact(() -> Screenshots.save(robot.lookup("#figures-table").queryAs(TableView.class).getScene().getRoot(),
                "key-figure-editor"));

        robot.interact(() -> table.getSelectionModel().clearSelection());
        assertThat(robot.lookup("#figures-delete").queryAs(Button.class).isDisabled()).as("nothing selected").isTrue();
        selectStored(robot, table);
        robot.clickOn("#figures-delete");
        robot.clickOn("Abbrechen");
        assertThat(service.figures()).hasSize(before + 1);
        robot.clickOn("#figures-delete");
        robot.clickOn("OK");
        assertThat(message(robot)).startsWith("Gelöscht: Platzverweise,");
        assertThat(service.figures()).hasSize(before);
        assertThat(table.getItems()).hasSize(before);

        robot.clickOn("#figures-close");
        assertThat(robot.listWindows()).filteredOn(Window::isShowing).hasSize(1);
    }

    private KeyFigure stored() {
        return service.figures().stream().filter(f -> f.metric().equals(METRIC)
                && f.periodStart().equals(LocalDate.of(2023, 9, 4)) && f.periodEnd().equals(LocalDate.of(2023, 9, 10)))
                .findFirst().orElseThrow();
    }

    private void selectStored(FxRobot robot, TableView<?> table) {
        KeyFigure figure = stored();
        robot.interact(() -> {
            for (int i = 0; i < table.getItems().size(); i++) {
                KeyFigure row = (KeyFigure) table.getItems().get(i);
                if (row.id().equals(figure.id())) {
                    table.getSelectionModel().select(i);
                    table.scrollTo(i);
                }
            }
        });
    }

    private static String message(FxRobot robot) {
        return robot.lookup("#figures-message").queryAs(Label.class).getText();
    }
}
