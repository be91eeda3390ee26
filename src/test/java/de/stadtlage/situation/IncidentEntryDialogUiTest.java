package de.stadtlage.situation;

import static org.assertj.core.api.Assertions.assertThat;

import de.stadtlage.testing.Screenshots;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import javafx.scene.Node;
import javafx.scene.control.ButtonType;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** "Vorfall erfassen": a count below 1, a date after today or a position off the map cannot be saved. */
@ExtendWith(ApplicationExtension.class)
class IncidentEntryDialogUiTest {

    private static final LocalDateTime NOW = LocalDateTime.of(2023, 9, 1, 12, 0);
    private Stage owner;

    @Start
    void start(Stage stage) {
        owner = stage;
        stage.setScene(new javafx.scene.Scene(new javafx.scene.layout.StackPane(), 400, 300));
        stage.show();
    }

    private IncidentEntryDialog open(FxRobot robot, double lat, double lon) {
        AtomicReference<IncidentEntryDialog> dialog = new AtomicReference<>();
        robot.interact(() -> {
            dialog.set(new IncidentEntryDialog(lat, lon, NOW));
            dialog.get().initOwner(owner);
            dialog.get().show();
        });
        WaitForAsyncUtils.waitForFxEvents();
        return dialog.get();
    }

    /** Selects the field's text as a person would (click, Ctrl+A) and types over it. */
    private static void replace(FxRobot robot, Node field, String text) {
        robot.clickOn(field).push(KeyCode.CONTROL, KeyCode.A).write(text);
    }

    private static Node ok(IncidentEntryDialog dialog) {
        return dialog.getDialogPane().lookupButton(ButtonType.OK);
    }

    private static String problems(FxRobot robot) {
        return robot.lookup("#incident-problems").queryAs(Label.class).getText();
    }

    @Test
    void aCountBelowOneKeepsOkDisabledAndSaysWhy(FxRobot robot) {
        IncidentEntryDialog dialog = open(robot, 51.5179, 7.4593);
        assertThat(robot.lookup("#incident-count").queryAs(TextField.class).getText()).isEqualTo("1");
        assertThat(ok(dialog).isDisabled()).isFalse();

        replace(robot, robot.lookup("#incident-count").query(), "-5");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(ok(dialog).isDisabled()).isTrue();
        assertThat(problems(robot)).isEqualTo("Die Anzahl muss eine ganze Zahl ab 1 sein.");
        Screenshots.save(robot, dialog.getDialogPane().getScene(), "incident-entry-count");

        replace(robot, robot.lookup("#incident-count").query(), "3");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(ok(dialog).isDisabled()).isFalse();
        assertThat(problems(robot)).isEmpty();
        robot.clickOn((Node) ok(dialog));
        assertThat(Optional.ofNullable(dialog.getResult())).get().extracting(Incident::count).isEqualTo(3);
    }

    @Test
    void aDateAfterTodayKeepsOkDisabled(FxRobot robot) {
        IncidentEntryDialog dialog = open(robot, 51.5179, 7.4593);
        DatePicker date = robot.lookup("#incident-date").queryAs(DatePicker.class);
        replace(robot, date.getEditor(), "02.09.2023");
        robot.type(KeyCode.TAB);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(date.getValue()).isEqualTo(LocalDate.of(2023, 9, 2));
        assertThat(ok(dialog).isDisabled()).isTrue();
        assertThat(problems(robot)).isEqualTo("Das Datum liegt in der Zukunft (heute ist der 01.09.2023). "
                + "Bitte prüfen Sie das Datum.");
    }

    @Test
    void aPositionOffTheMapOrNoNumberCannotBeSaved(FxRobot robot) {
        IncidentEntryDialog nan = open(robot, Double.NaN, 7.4593);
        assertThat(ok(nan).isDisabled()).isTrue();
        assertThat(problems(robot)).isEqualTo("Die Position liegt nicht im Kartengebiet (Breite 51,497–51,533, "
                + "Länge 7,435–7,505). Bitte wählen Sie einen Ort auf der Karte.");
        Screenshots.save(robot, nan.getDialogPane().getScene(), "incident-entry-position");
        robot.interact(nan::close);

        IncidentEntryDialog berlin = open(robot, 52.52, 13.40);
        assertThat(ok(berlin).isDisabled()).isTrue();
    }
}
