package de.stadtlage.access;

import de.stadtlage.common.Messages;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.event.ActionEvent;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.PasswordField;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

/** The admin's people page as a dialog (opened from the user in the status bar). */
public final class PeopleDialog {

    private final PeopleViewModel model;
    private final Runnable createFirstAdmin;
    private final TableView<PersonAccount> table = new TableView<>();
    private java.util.function.Consumer<Window> openAuditLog;
    private boolean adminRequested;

    public PeopleDialog(PeopleViewModel model) {
        this(model, null);
    }

    /**
     * @param createFirstAdmin what "Administrator anlegen" does on a database without an admin (run after this
     *                         dialog has closed), or {@code null} when the database has one
     */
    public PeopleDialog(PeopleViewModel model, Runnable createFirstAdmin) {
        this.model = model;
        this.createFirstAdmin = createFirstAdmin;
    }

    /** Offers "Änderungsprotokoll …" (to those who may read it), opened over this dialog by {@code open}. */
    public PeopleDialog withAuditLog(java.util.function.Consumer<Window> open) {
        this.openAuditLog = open;
        return this;
    }

    public void show(Window owner) {
        Dialog<Void> dialog = new Dialog<>();
        dialog.setTitle(Messages.get("people.title"));
        dialog.setHeaderText(Messages.get("people.header"));
        if (owner != null) {
            dialog.initOwner(owner);
        }
        dialog.getDialogPane().getButtonTypes().add(ButtonType.CLOSE);
        if (openAuditLog != null && model.mayReadAuditLog()) {
            addAuditLogButton(dialog);
        }
        VBox content = new VBox(12, buildTable(), buildForm(), buildActions());
        if (createFirstAdmin != null) {
            content.getChildren().add(0, firstAdminRow(dialog));
        }
        dialog.getDialogPane().setContent(content);
        dialog.getDialogPane().setId("people-dialog");
        model.load();
        dialog.showAndWait();
        if (adminRequested) {
            createFirstAdmin.run();
        }
    }

    /** "Änderungsprotokoll …" at the left of the button bar; it opens the log window and keeps this dialog open. */
    private void addAuditLogButton(Dialog<Void> dialog) {
        ButtonType type = new ButtonType(Messages.get("people.auditLog"), ButtonBar.ButtonData.LEFT);
        dialog.getDialogPane().getButtonTypes().add(type);
        Button button = (Button) dialog.getDialogPane().lookupButton(type);
        button.setId("people-audit-log");
        button.addEventFilter(ActionEvent.ACTION, e -> {
            e.consume(); // a dialog button would close the dialog
            openAuditLog.accept(dialog.getDialogPane().getScene().getWindow());
        });
    }

    /** Until the database has an admin, nobody needs to log in: the way to the first one is offered on top. */
    private HBox firstAdminRow(Dialog<Void> dialog) {
        javafx.scene.control.Label hint = new javafx.scene.control.Label(Messages.get("welcome.adminHint"));
        hint.setWrapText(true);
        hint.setMaxWidth(520);
        Button create = new Button(Messages.get("welcome.admin"));
        create.setId("people-first-admin");
        create.setOnAction(e -> {
            adminRequested = true;
            dialog.close();
        });
        HBox row = new HBox(12, hint, create);
        row.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        return row;
    }

    private TableView<PersonAccount> buildTable() {
        table.setId("people-table");
        table.setItems(model.accounts());
        table.setPrefSize(720, 320);
        table.getColumns().add(column("people.name", a -> a.person().displayName()));
        table.getColumns().add(column("people.login", a -> a.person().login() == null ? "" : a.person().login()));
        table.getColumns().add(column("people.role", a -> a.person().role().label()));
        table.getColumns().add(column("people.status", a -> Messages.get(a.person().active() ? "people.active"
                : "people.inactive") + (a.hasPassword() ? "" : " · " + Messages.get("people.noPassword"))));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        return table;
    }

    private static TableColumn<PersonAccount, String> column(String key,
                                                             java.util.function.Function<PersonAccount, String> text) {
        TableColumn<PersonAccount, String> column = new TableColumn<>(Messages.get(key));
        column.setCellValueFactory(cell -> new ReadOnlyStringWrapper(text.apply(cell.getValue())));
        return column;
    }

    private HBox buildForm() {
        TextField name = new TextField();
        name.setId("people-new-name");
        name.setPromptText(Messages.get("people.name"));
        name.textProperty().bindBidirectional(model.newNameProperty());
        TextField login = new TextField();
        login.setId("people-new-login");
        login.setPromptText(Messages.get("people.login"));
        login.textProperty().bindBidirectional(model.newLoginProperty());
        ComboBox<Role> role = new ComboBox<>();
        role.getItems().addAll(Role.VORSITZ, Role.PROTOKOLL, Role.LESEND, Role.ADMIN);
        role.valueProperty().bindBidirectional(model.newRoleProperty());
        role.setConverter(new javafx.util.StringConverter<>() {
            @Override
            public String toString(Role value) {
                return value == null ? "" : value.label();
            }

            @Override
            public Role fromString(String text) {
                return null; // not editable
            }
        });
        PasswordField password = new PasswordField();
        password.setId("people-new-password");
        password.setPromptText(Messages.get("people.password"));
        password.textProperty().bindBidirectional(model.newPasswordProperty());
        Button add = new Button(Messages.get("people.add"));
        add.setId("people-add");
        add.disableProperty().bind(model.newNameProperty().isEmpty());
        add.setOnAction(e -> model.addPerson());
        return new HBox(8, name, login, role, password, add);
    }

    private HBox buildActions() {
        var selected = table.getSelectionModel().selectedItemProperty();
        Button reset = new Button(Messages.get("people.resetPassword"));
        reset.setId("people-reset");
        reset.disableProperty().bind(selected.isNull().or(model.newPasswordProperty().isEmpty()));
        reset.setOnAction(e -> model.resetPassword(selected.get()));
        Button toggle = new Button(Messages.get("people.toggleActive"));
        toggle.setId("people-toggle");
        toggle.disableProperty().bind(selected.isNull());
        toggle.setOnAction(e -> model.setActive(selected.get(), !selected.get().person().active()));
        return new HBox(8, reset, toggle, new javafx.scene.control.Label(Messages.get("people.hint")));
    }
}
