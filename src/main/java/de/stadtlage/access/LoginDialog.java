package de.stadtlage.access;

import de.stadtlage.common.Messages;
import java.util.Optional;
import java.util.function.Supplier;
import javafx.application.Platform;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.stage.Window;

/** The login dialog at start: user name and password, with the reason of a failed attempt above them. */
public final class LoginDialog implements LoginPrompt {

    private final Supplier<Window> owner;
    /** The user name of the last attempt: after a wrong password only the password is typed again. */
    private String lastLogin = "";

    public LoginDialog(Supplier<Window> owner) {
        this.owner = owner;
    }

    @Override
    public Optional<Credentials> ask(String database, String problem) {
        Dialog<Credentials> dialog = new Dialog<>();
        dialog.setTitle(Messages.get("login.title"));
        dialog.setHeaderText(Messages.get("login.header", database));
        if (owner.get() != null) {
            dialog.initOwner(owner.get());
        }
        ButtonType ok = new ButtonType(Messages.get("login.ok"), ButtonBar.ButtonData.OK_DONE);
        dialog.getDialogPane().getButtonTypes().addAll(ok, ButtonType.CANCEL);
        TextField login = new TextField(problem == null ? "" : lastLogin);
        login.setId("login-user");
        PasswordField password = new PasswordField();
        password.setId("login-password");
        dialog.getDialogPane().setContent(form(login, password, problem));
        dialog.getDialogPane().lookupButton(ok).setId("login-ok");
        dialog.getDialogPane().lookupButton(ok).disableProperty()
                .bind(login.textProperty().isEmpty().or(password.textProperty().isEmpty()));
        // Focus can only move once the dialog is showing: the field does not exist in a window before.
        Platform.runLater(login.getText().isEmpty() ? login::requestFocus : password::requestFocus);
        dialog.setResultConverter(button -> {
            if (button != ok) {
                return null;
            }
            lastLogin = login.getText().strip();
            return new Credentials(lastLogin, password.getText().toCharArray());
        });
        Optional<Credentials> result = dialog.showAndWait();
        password.clear();
        return result;
    }

    private static Node form(TextField login, PasswordField password, String problem) {
        GridPane grid = new GridPane();
        grid.setHgap(12);
        grid.setVgap(10);
        grid.setPadding(new Insets(16));
        int row = 0;
        if (problem != null) {
            Label error = new Label(problem);
            error.setId("login-problem");
            error.setWrapText(true);
            error.setMaxWidth(420);
            error.getStyleClass().add("login-problem");
            grid.add(error, 0, row++, 2, 1);
        }
        grid.addRow(row++, new Label(Messages.get("login.user")), login);
        grid.addRow(row, new Label(Messages.get("login.password")), password);
        return grid;
    }
}
