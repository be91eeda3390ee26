package de.stadtlage.access;

import de.stadtlage.common.Messages;
import java.util.Optional;
import javafx.beans.binding.Bindings;
import javafx.geometry.Insets;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Control;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.stage.Window;
import org.controlsfx.validation.ValidationResult;
import org.controlsfx.validation.ValidationSupport;
import org.controlsfx.validation.decoration.StyleClassValidationDecoration;

/**
 * "Administrator anlegen": the first admin of a database that has none, with the rules of {@code init-admin}
 * (checked here while typing, and again by {@link AccessService#createFirstAdmin}).
 */
public final class FirstAdminDialog {

    private final TextField login = new TextField();
    private final TextField name = new TextField();
    private final PasswordField password = new PasswordField();
    private final PasswordField repeat = new PasswordField();
    private final ValidationSupport validation = new ValidationSupport();

    /** What was entered; the password is wiped once the admin is created. */
    public record Entry(String login, String name, char[] password) {
    }

    /** Shows the dialog; empty when the person cancelled. */
    public Optional<Entry> show(Window owner) {
        Dialog<Entry> dialog = new Dialog<>();
        dialog.setTitle(Messages.get("firstAdmin.title"));
        dialog.setHeaderText(Messages.get("firstAdmin.header"));
        if (owner != null) {
            dialog.initOwner(owner);
        }
        ButtonType ok = new ButtonType(Messages.get("firstAdmin.ok"), ButtonBar.ButtonData.OK_DONE);
        dialog.getDialogPane().getButtonTypes().addAll(ok, ButtonType.CANCEL);
        dialog.getDialogPane().setId("first-admin-dialog");
        dialog.getDialogPane().setContent(form());
        dialog.getDialogPane().lookupButton(ok).setId("first-admin-ok");
        dialog.getDialogPane().lookupButton(ok).disableProperty().bind(validation.invalidProperty());
        dialog.setResultConverter(button -> button == ok
                ? new Entry(login.getText().strip(), name.getText().strip(), password.getText().toCharArray()) : null);
        Optional<Entry> result = dialog.showAndWait();
        password.clear();
        repeat.clear();
        return result;
    }

    private GridPane form() {
        login.setId("first-admin-login");
        name.setId("first-admin-name");
        password.setId("first-admin-password");
        repeat.setId("first-admin-repeat");
        name.setPromptText(Messages.get("firstAdmin.namePrompt"));
        for (TextField field : new TextField[] {login, name, password, repeat}) {
            field.setPrefColumnCount(24);
        }
        // ControlsFX's default graphic decorations would wrap the dialog's scene root, which breaks the dialog.
        validation.setValidationDecorator(new StyleClassValidationDecoration());
        validation.registerValidator(login, (Control c, String text) -> ValidationResult.fromErrorIf(c,
                Messages.get("firstAdmin.loginRule"), !PersonRules.isValidLogin(text == null ? null : text.strip())));
        validation.registerValidator(password, (Control c, String text) -> ValidationResult.fromErrorIf(c,
                Messages.get("firstAdmin.passwordRule", AccessService.MIN_PASSWORD_LENGTH),
                text == null || text.length() < AccessService.MIN_PASSWORD_LENGTH));
        validation.registerValidator(repeat, (Control c, String text) -> ValidationResult.fromErrorIf(c,
                Messages.get("firstAdmin.repeatRule"), !password.getText().equals(text)));
        // The repeat field is checked again whenever the first password changes.
        password.textProperty().addListener((obs, old, now) -> validation.revalidate(repeat));
        Label problems = new Label();
        problems.setId("first-admin-problems");
        problems.getStyleClass().add("form-problems");
        problems.setWrapText(true);
        problems.setPrefWidth(460);
        problems.setMaxWidth(460);
        // Room for three lines from the start: a dialog does not grow with its content, and the first rule still
        // broken is the one to show (top to bottom), not all of them at once.
        problems.setMinHeight(60);
        problems.setAlignment(javafx.geometry.Pos.TOP_LEFT);
        problems.textProperty().bind(Bindings.createStringBinding(() -> java.util.stream.Stream.of(login, password, repeat)
                .map(validation::getHighestMessage).flatMap(Optional::stream).map(m -> m.getText())
                .findFirst().orElse(""), validation.validationResultProperty()));
        GridPane grid = new GridPane();
        grid.setHgap(12);
        grid.setVgap(10);
        grid.setPadding(new Insets(16));
        javafx.scene.layout.ColumnConstraints labels = new javafx.scene.layout.ColumnConstraints();
        labels.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        grid.getColumnConstraints().add(labels);
        grid.addRow(0, new Label(Messages.get("firstAdmin.login")), login);
        grid.addRow(1, new Label(Messages.get("firstAdmin.name")), name);
        grid.addRow(2, new Label(Messages.get("firstAdmin.password", AccessService.MIN_PASSWORD_LENGTH)), password);
        grid.addRow(3, new Label(Messages.get("firstAdmin.repeat")), repeat);
        grid.add(problems, 0, 4, 2, 1);
        return grid;
    }
}
