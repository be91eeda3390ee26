package de.stadtlage.meeting;

import de.stadtlage.common.Messages;
import java.time.LocalDate;
import java.util.function.Function;
import javafx.geometry.Pos;
import javafx.scene.control.ButtonType;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/** Asks for the date of the next meeting and says at once why a date cannot be taken. */
final class PlanDialog extends Dialog<LocalDate> {

    /** @param problem the reason a date is refused, or an empty text when it can be planned */
    PlanDialog(LocalDate proposed, Function<LocalDate, String> problem) {
        setTitle(Messages.get("meeting.plan"));
        setHeaderText(Messages.get("meeting.plan.header"));
        DatePicker date = new DatePicker(proposed);
        date.setId("plan-date");
        Label week = new Label();
        week.setMinWidth(Region.USE_PREF_SIZE);
        Label refusal = new Label();
        refusal.setId("plan-problem");
        refusal.getStyleClass().add("form-problem");
        refusal.setWrapText(true);
        refusal.setMinHeight(Region.USE_PREF_SIZE);
        HBox row = new HBox(12, date, week);
        row.setAlignment(Pos.CENTER_LEFT);
        getDialogPane().setContent(new VBox(10, row, refusal));
        getDialogPane().getButtonTypes().addAll(ButtonType.OK, ButtonType.CANCEL);
        var ok = getDialogPane().lookupButton(ButtonType.OK);
        ok.setId("plan-ok");
        Runnable check = () -> {
            LocalDate value = date.getValue();
            week.setText(value == null ? "" : IsoWeek.label(value));
            refusal.setText(value == null ? Messages.get("meeting.plan.missing") : problem.apply(value));
            ok.setDisable(!refusal.getText().isEmpty());
            // A reason that appears takes lines: the window grows with it, so its buttons stay inside.
            if (getDialogPane().getScene() != null && getDialogPane().getScene().getWindow() != null) {
                getDialogPane().getScene().getWindow().sizeToScene();
            }
        };
        date.valueProperty().addListener((obs, old, now) -> check.run());
        check.run();
        setResultConverter(button -> button == ButtonType.OK ? date.getValue() : null);
    }
}
