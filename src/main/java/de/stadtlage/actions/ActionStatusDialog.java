package de.stadtlage.actions;

import de.stadtlage.common.Messages;
import java.time.LocalDate;
import java.util.Locale;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;

/** Asks for a new status, a reason (needed for verschoben and entfallen) and, when postponing, a new due date. */
final class ActionStatusDialog extends Dialog<ActionStatusDialog.Change> {

    record Change(ActionStatus status, String reason, LocalDate newDue) {
    }

    ActionStatusDialog(ActionItemRow row) {
        setTitle(Messages.get("actions.status.title"));
        setHeaderText(row.item().title());
        ComboBox<ActionStatus> status = new ComboBox<>();
        status.setId("status-choice");
        status.getItems().addAll(ActionStatus.values());
        status.setConverter(ActionItemsView.converter(s -> Messages.get("actions.status."
                + s.name().toLowerCase(Locale.ROOT))));
        status.setValue(row.item().status());
        TextField reason = new TextField(row.item().statusReason() == null ? "" : row.item().statusReason());
        reason.setId("status-reason");
        DatePicker due = new DatePicker(row.item().dueDate());
        due.setId("status-due");
        due.disableProperty().bind(status.valueProperty().isNotEqualTo(ActionStatus.VERSCHOBEN));
        GridPane grid = new GridPane();
        grid.setHgap(12);
        grid.setVgap(8);
        grid.addRow(0, new Label(Messages.get("actions.column.status")), status);
        grid.addRow(1, new Label(Messages.get("actions.status.reason")), reason);
        grid.addRow(2, new Label(Messages.get("actions.column.due")), due);
        getDialogPane().setContent(grid);
        getDialogPane().getButtonTypes().addAll(ButtonType.OK, ButtonType.CANCEL);
        getDialogPane().lookupButton(ButtonType.OK).disableProperty().bind(status.valueProperty().isNull());
        setResultConverter(button -> button == ButtonType.OK
                ? new Change(status.getValue(), reason.getText(), status.getValue() == ActionStatus.VERSCHOBEN
                        ? due.getValue() : null)
                : null);
    }
}
