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
        Label hint = new Label(Messages.get("actions.status.reasonHint"));
        hint.getStyleClass().add("text-muted");
        hint.setWrapText(true);
        hint.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        grid.addRow(0, label("actions.column.status"), status);
        grid.addRow(1, label("actions.status.reason"), reason);
        grid.add(hint, 1, 2);
        grid.addRow(3, label("actions.column.due"), due);
        reason.setPrefColumnCount(28);
        getDialogPane().setContent(grid);
        getDialogPane().getButtonTypes().addAll(ButtonType.OK, ButtonType.CANCEL);
        getDialogPane().lookupButton(ButtonType.OK).disableProperty().bind(status.valueProperty().isNull());
        getDialogPane().setId("action-status-dialog");
        setResultConverter(button -> button == ButtonType.OK
                ? new Change(status.getValue(), reason.getText(), status.getValue() == ActionStatus.VERSCHOBEN
                        ? due.getValue() : null)
                : null);
    }

    private static Label label(String key) {
        Label label = new Label(Messages.get(key));
        label.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        return label;
    }
}
