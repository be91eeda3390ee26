package de.stadtlage.situation;

import static org.assertj.core.api.Assertions.assertThat;

import de.stadtlage.access.CurrentUser;
import de.stadtlage.access.Role;
import de.stadtlage.persistence.Database;
import de.stadtlage.testing.Screenshots;
import de.stadtlage.testing.TempDatabase;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The chair's office enters a value another person changed meanwhile: told who and when, shown the stored value. */
@ExtendWith(ApplicationExtension.class)
class KeyFigureConflictUiTest {

    private static final String METRIC = "Platzverweise";
    private static final LocalDate MONDAY = LocalDate.of(2023, 9, 4);

    private final Path folder = TempDatabase.newFolder();
    private final Database db = TempDatabase.open(folder);
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

    private KeyFigure stored() {
        return service.figures().stream().filter(f -> f.metric().equals(METRIC) && f.source().equals("Polizei")
                && f.periodStart().equals(MONDAY)).findFirst().orElseThrow();
    }

    private static String message(FxRobot robot) {
        return robot.lookup("#figures-message").queryAs(Label.class).getText();
    }

    private static void enter(FxRobot robot, String value) {
        robot.clickOn("#figures-value").press(KeyCode.CONTROL).type(KeyCode.A).release(KeyCode.CONTROL).write(value);
        robot.clickOn("#figures-save");
    }

    @Test
    void aValueChangedByAnotherPersonMeanwhileIsNotOverwritten(FxRobot robot) {
        robot.clickOn("#figures-edit");
        WaitForAsyncUtils.waitForFxEvents();
        ComboBox<String> metric = robot.lookup("#figures-metric").query();
        robot.interact(() -> metric.setValue(METRIC));
        enter(robot, "100");
        assertThat(message(robot)).startsWith("Gespeichert: Platzverweise,");

        KeyFigure seen = stored();
        try (Database other = Database.open(TempDatabase.location(folder))) {
            new KeyFigureService(other, new CurrentUser("Kai Brandt", Role.VORSITZ, null)).save(new KeyFigure(
                    seen.id(), METRIC, "Polizei", MONDAY, MONDAY.plusDays(6), BigDecimal.valueOf(120), null,
                    seen.version()));
        }
        enter(robot, "150");

        assertThat(message(robot)).matches("Kai Brandt hat am \\d{2}\\.\\d{2}\\.\\d{4} um \\d{2}:\\d{2} Uhr die"
                + " Kennzahl „Platzverweise“ \\(Polizei, KW 36/2023\\) geändert\\..*");
        assertThat(stored().value()).isEqualByComparingTo("120");
        TableView<?> table = robot.lookup("#figures-table").queryAs(TableView.class);
        assertThat(table.getItems()).map(KeyFigure.class::cast).filteredOn(f -> f.id().equals(seen.id()))
                .singleElement().satisfies(f -> assertThat(f.value()).isEqualByComparingTo("120"));
        robot.interact(() -> Screenshots.save(table.getScene().getRoot(), "key-figure-conflict"));

        enter(robot, "150");
        assertThat(message(robot)).startsWith("Gespeichert: Platzverweise,");
        assertThat(stored().value()).isEqualByComparingTo("150");
    }
}
