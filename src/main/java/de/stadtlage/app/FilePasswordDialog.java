package de.stadtlage.app;

import de.stadtlage.common.Messages;
import java.util.Optional;
import java.util.function.Supplier;
import javafx.application.Platform;
import javafx.geometry.Insets;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.layout.GridPane;
import javafx.stage.Window;

/** Asked at start, before an encrypted database file is opened: its file password. */
final class FilePasswordDialog implements FilePasswordPrompt {

    private final Supplier<Window> owner;

    FilePasswordDialog(Supplier<Window> owner) {
        this.owner = owner;
    }

    @Override
    public Optional<char[]> ask(String database, String problem) {
        Dialog<char[]> dialog = new Dialog<>();
        dialog.setTitle(Messages.get("filePassword.title"));
        dialog.setHeaderText(Messages.get("filePassword.header", database));
        if (owner.get() != null) {
            dialog.initOwner(owner.get());
        }
        ButtonType ok = new ButtonType(Messages.get("filePassword.ok"), ButtonBar.ButtonData.OK_DONE);
        dialog.getDialogPane().getButtonTypes().addAll(ok, ButtonType.CANCEL);
        dialog.getDialogPane().setId("file-password-dialog");
        PasswordField password = new PasswordField();
        password.setId("file-password");
        GridPane grid = new GridPane();
        grid.setHgap(12);
        grid.setVgap(10);
        grid.setPadding(new Insets(16));
        if (problem != null) {
            Label error = new Label(problem);
            error.setId("file-password-problem");
            error.setWrapText(true);
            error.setMaxWidth(420);
            error.getStyleClass().add("login-problem");
            grid.add(error, 0, 0, 2, 1);
        }
        grid.addRow(1, new Label(Messages.get("filePassword.password")), password);
        dialog.getDialogPane().setContent(grid);
        dialog.getDialogPane().lookupButton(ok).setId("file-password-ok");
        dialog.getDialogPane().lookupButton(ok).disableProperty().bind(password.textProperty().isEmpty());
        // Focus can only move once the dialog is showing: the field does not exist in a window before.
        Platform.runLater(password::requestFocus);
        dialog.setResultConverter(button -> button == ok ? password.getText().toCharArray() : null);
        Optional<char[]> result = dialog.showAndWait();
        password.clear();
        return result;
    }
}
