package de.stadtlage.access;

import de.stadtlage.common.Messages;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.event.ActionEvent;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
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
        // app.css widens this dialog: the theme caps every dialog pane at 600 px (from its stylesheet, which a
        // width set in code did not beat here)
        dialog.getDialogPane().getStylesheets().add(java.util.Objects.requireNonNull(
                PeopleDialog.class.getResource("/de/stadtlage/app/app.css")).toExternalForm());
        dialog.setResizable(true);
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
        Label hint = new Label(Messages.get("welcome.adminHint"));
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
        table.setPrefSize(880, 300);
        table.setPlaceholder(new Label(Messages.get("people.empty")));
        table.getColumns().add(column("people.name", a -> a.person().displayName()));
        table.getColumns().add(column("people.login", a -> a.person().login() == null ? "" : a.person().login()));
        table.getColumns().add(column("people.organisation", a -> a.person().organisation().label()));
        table.getColumns().add(column("people.role", a -> a.person().role().label()
                + (a.person().subgroupId() == null ? "" : " · " + model.subgroupName(a.person().subgroupId()))));
        table.getColumns().add(column("people.status", a -> Messages.get(a.person().active() ? "people.active"
                : "people.inactive") + (a.hasPassword() ? "" : " · " + Messages.get("people.noPassword"))));
        double[] widths = {190, 130, 110, 300};   // the role names its subgroup: "Untergruppenleitung · …"
        for (int i = 0; i < widths.length; i++) {
            table.getColumns().get(i).setPrefWidth(widths[i]);
        }
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.setOnMouseClicked(e -> {
            if (e.getClickCount() == 2 && table.getSelectionModel().getSelectedItem() != null) {
                model.edit(table.getSelectionModel().getSelectedItem());
            }
        });
        return table;
    }

    private static TableColumn<PersonAccount, String> column(String key,
                                                             java.util.function.Function<PersonAccount, String> text) {
        TableColumn<PersonAccount, String> column = new TableColumn<>(Messages.get(key));
        column.setCellValueFactory(cell -> new ReadOnlyStringWrapper(text.apply(cell.getValue())));
        return column;
    }

    private GridPane buildForm() {
        TextField name = field("people-new-name", "people.name", model.newNameProperty());
        TextField login = field("people-new-login", "people.login", model.newLoginProperty());
        ComboBox<Organisation> organisation = choice("people-new-organisation", Organisation.values(), Organisation::label);
        organisation.valueProperty().bindBidirectional(model.newOrganisationProperty());
        ComboBox<Role> role = choice("people-new-role", Role.values(), Role::label);
        role.valueProperty().bindBidirectional(model.newRoleProperty());
        ComboBox<PeopleViewModel.SubgroupOption> subgroup = new ComboBox<>(model.subgroups());
        subgroup.setId("people-new-subgroup");
        subgroup.setMaxWidth(Double.MAX_VALUE);
        subgroup.valueProperty().bindBidirectional(model.newSubgroupProperty());
        subgroup.disableProperty().bind(model.newRoleProperty().isNotEqualTo(Role.UNTERGRUPPENLEITUNG));
        PasswordField password = new PasswordField();
        password.setId("people-new-password");
        password.setPromptText(Messages.get("people.password"));
        password.textProperty().bindBidirectional(model.newPasswordProperty());
        Button add = new Button();
        add.setId("people-add");
        add.setMinWidth(Region.USE_PREF_SIZE);
        add.textProperty().bind(javafx.beans.binding.Bindings.when(model.editingProperty().isNull())
                .then(Messages.get("people.add")).otherwise(Messages.get("people.saveChanges")));
        add.disableProperty().bind(model.newNameProperty().isEmpty().or(model.newRoleProperty()
                .isEqualTo(Role.UNTERGRUPPENLEITUNG).and(model.newSubgroupProperty().isNull())));
        add.setOnAction(e -> model.save());
        GridPane form = new GridPane();
        form.getStyleClass().add("people-form");
        form.setHgap(8);
        form.setVgap(8);
        form.addRow(0, label("people.name"), name, label("people.login"), login, label("people.organisation"), organisation);
        form.addRow(1, label("people.role"), role, label("people.subgroup"), subgroup, label("people.passwordShort"), password, add);
        for (int column = 0; column < 6; column++) {
            ColumnConstraints constraints = new ColumnConstraints();
            if (column % 2 == 0) {
                constraints.setMinWidth(Region.USE_PREF_SIZE);
            } else {
                constraints.setHgrow(Priority.ALWAYS);
                constraints.setPrefWidth(170);
            }
            form.getColumnConstraints().add(constraints);
        }
        return form;
    }

    private static TextField field(String id, String promptKey, javafx.beans.property.StringProperty value) {
        TextField field = new TextField();
        field.setId(id);
        field.setPromptText(Messages.get(promptKey));
        field.textProperty().bindBidirectional(value);
        return field;
    }

    private static <T> ComboBox<T> choice(String id, T[] values, java.util.function.Function<T, String> label) {
        ComboBox<T> box = new ComboBox<>();
        box.setId(id);
        box.getItems().addAll(values);
        box.setMaxWidth(Double.MAX_VALUE);
        box.setConverter(new javafx.util.StringConverter<>() {
            @Override
            public String toString(T value) {
                return value == null ? "" : label.apply(value);
            }

            @Override
            public T fromString(String text) {
                return null; // not editable
            }
        });
        return box;
    }

    private static Label label(String key) {
        return new Label(Messages.get(key));
    }

    private HBox buildActions() {
        var selected = table.getSelectionModel().selectedItemProperty();
        Button reset = new Button(Messages.get("people.resetPassword"));
        reset.setId("people-reset");
        reset.setMinWidth(Region.USE_PREF_SIZE);
        reset.disableProperty().bind(selected.isNull().or(model.newPasswordProperty().isEmpty()));
        reset.setOnAction(e -> model.resetPassword(selected.get()));
        Button toggle = new Button();
        toggle.setId("people-toggle");
        toggle.setMinWidth(Region.USE_PREF_SIZE);
        toggle.textProperty().bind(javafx.beans.binding.Bindings.createStringBinding(() -> Messages.get(
                selected.get() != null && !selected.get().person().active() ? "people.activate" : "people.deactivate"),
                selected));
        toggle.disableProperty().bind(selected.isNull());
        toggle.setOnAction(e -> model.setActive(selected.get(), !selected.get().person().active()));
        Label hint = new Label(Messages.get("people.hint"));
        hint.setWrapText(true);
        hint.getStyleClass().add("people-hint");
        HBox.setHgrow(hint, Priority.ALWAYS);
        Button edit = new Button(Messages.get("people.edit"));
        edit.setId("people-edit");
        edit.setMinWidth(Region.USE_PREF_SIZE);
        edit.disableProperty().bind(selected.isNull());
        edit.setOnAction(e -> model.edit(selected.get()));
        Button fresh = new Button(Messages.get("people.new"));
        fresh.setId("people-new");
        fresh.setMinWidth(Region.USE_PREF_SIZE);
        fresh.visibleProperty().bind(model.editingProperty().isNotNull());
        fresh.managedProperty().bind(fresh.visibleProperty());
        fresh.setOnAction(e -> model.clearForm());
        HBox row = new HBox(8, edit, fresh, reset, toggle, hint);
        row.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        return row;
    }
}
