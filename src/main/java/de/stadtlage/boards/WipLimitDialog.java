package de.stadtlage.boards;

import de.stadtlage.common.Messages;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.control.TextFormatter;
import javafx.scene.layout.GridPane;

/** The column limits of one board; an empty field means no limit. */
final class WipLimitDialog extends Dialog<Map<TaskStatus, Integer>> {

    WipLimitDialog(Subgroup subgroup, WipLimits current) {
        String heading = Messages.get("boards.limits.title", subgroup.name());
        setTitle(heading);
        setHeaderText(heading);
        getDialogPane().setId("wip-dialog");
        ButtonType save = new ButtonType(Messages.get("boards.dialog.save"), ButtonBar.ButtonData.OK_DONE);
        getDialogPane().getButtonTypes().addAll(save, ButtonType.CANCEL);
        GridPane grid = new GridPane();
        grid.setHgap(12);
        grid.setVgap(10);
        Map<TaskStatus, TextField> fields = new EnumMap<>(TaskStatus.class);
        Label hint = new Label(Messages.get("boards.limits.hint"));
        hint.setWrapText(true);
        hint.setMaxWidth(420);
        grid.add(hint, 0, 0, 2, 1);
        int row = 1;
        for (TaskStatus status : TaskStatus.values()) {
            TextField field = new TextField(current.limit(status) == null ? "" : current.limit(status).toString());
            field.setId("wip-" + status.name().toLowerCase(Locale.ROOT));
            field.setPromptText(Messages.get("boards.limits.off"));
            // Digits only: a limit is a small whole number.
            field.setTextFormatter(new TextFormatter<String>(c -> c.getControlNewText().matches("\\d{0,3}") ? c : null));
            Label label = new Label(status.label());
            label.setLabelFor(field);
            grid.addRow(row++, label, field);
            fields.put(status, field);
        }
        getDialogPane().setContent(grid);
        setResultConverter(button -> {
            if (button != save) {
                return null;
            }
            Map<TaskStatus, Integer> limits = new EnumMap<>(TaskStatus.class);
            fields.forEach((status, field) -> {
                int value = field.getText().isBlank() ? 0 : Integer.parseInt(field.getText());
                limits.put(status, value > 0 ? value : null);
            });
            return limits;
        });
    }
}
