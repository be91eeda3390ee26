package de.stadtlage.app;

import de.stadtlage.access.AccessService;
import de.stadtlage.access.AuditLogService;
import de.stadtlage.access.AuditLogView;
import de.stadtlage.access.AuditLogViewModel;
import de.stadtlage.access.PeopleDialog;
import de.stadtlage.access.PeopleViewModel;
import de.stadtlage.common.DialogService;
import de.stadtlage.common.Messages;
import de.stadtlage.common.TaskRunner;
import javafx.beans.binding.Bindings;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.Tooltip;
import javafx.geometry.Pos;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2MZ;

/** The bottom line: database in use, what happens right now, who is working. */
final class StatusBar {

    private final HBox root;

    StatusBar(ShellViewModel model, TaskRunner runner, DialogService dialogs) {
        Label database = new Label(Messages.get("status.database", model.location().display()),
                new FontIcon(Material2MZ.STORAGE));
        database.setId("status-database");
        Label status = new Label();
        status.setId("status-message");
        status.textProperty().bind(model.statusProperty());
        ProgressBar progress = new ProgressBar(ProgressBar.INDETERMINATE_PROGRESS);
        progress.visibleProperty().bind(model.busyProperty());
        progress.managedProperty().bind(model.busyProperty());
        progress.setPrefWidth(140);
        Label user = new Label();
        user.setGraphic(new FontIcon(Material2MZ.PERSON));
        // Before the first admin exists nobody has logged in: no name or role is claimed for the person working.
        user.textProperty().bind(Bindings.createStringBinding(() -> model.contextProperty().get() == null ? ""
                : model.adminMissingProperty().get() ? Messages.get("status.noLogin")
                : Messages.get("status.user", model.contextProperty().get().currentUser().name(),
                        model.contextProperty().get().currentUser().role().label()),
                model.contextProperty(), model.adminMissingProperty()));
        Label sample = new Label(Messages.get("status.sampleBadge"));
        sample.setId("status-sample");
        sample.getStyleClass().add("sample-badge");
        sample.visibleProperty().bind(model.sampleDataProperty());
        sample.managedProperty().bind(model.sampleDataProperty());
        user.setId("status-user");
        Tooltip adminHint = new Tooltip(Messages.get("welcome.admin"));
        model.adminMissingProperty().addListener((obs, old, missing) -> user.setTooltip(missing ? adminHint : null));
        // The admin reaches the people page through their own name (the service checks the role again).
        user.setOnMouseClicked(e -> openPeople(model, runner, dialogs, user));
        status.setWrapText(true);
        // Nothing is shortened: what does not fit on one line moves to a second one (a 1024 px projector).
        for (Label label : new Label[] {database, sample, status, user}) {
            label.setMinWidth(Region.USE_PREF_SIZE);
        }
        status.setMinWidth(0);
        FlowPane left = new FlowPane(16, 2, database, sample, status);
        left.getStyleClass().add("status-facts");
        HBox right = new HBox(16, progress, user);
        right.setAlignment(Pos.CENTER_RIGHT);
        right.setMinWidth(Region.USE_PREF_SIZE);
        HBox.setHgrow(left, Priority.ALWAYS);
        root = new HBox(16, left, right);
        root.getStyleClass().add("status-bar");
    }

    private static void openPeople(ShellViewModel model, TaskRunner runner, DialogService dialogs, Label user) {
        AppContext context = model.contextProperty().get();
        if (context == null) {
            return;
        }
        if (!context.currentUser().canManagePeople()) {
            // Without an admin nobody logs in, so anybody may set up the first one.
            FirstAdminSetup.offer(model, user.getScene().getWindow());
            return;
        }
        AccessService access = new AccessService(context.database(), context.clock());
        Runnable firstAdmin = model.adminMissingProperty().get()
                ? () -> FirstAdminSetup.offer(model, user.getScene().getWindow()) : null;
        AuditLogService auditLog = new AuditLogService(context.database(), context.clock());
        new PeopleDialog(new PeopleViewModel(access, context.currentUser(), dialogs, runner, () -> context.subgroups()
                .list().stream().map(g -> new PeopleViewModel.SubgroupOption(g.id(), g.name())).toList()), firstAdmin)
                .withAuditLog(owner -> AuditLogView.show(new AuditLogViewModel(auditLog, context.currentUser(), dialogs,
                        runner, context.clock().getZone()), owner))
                .show(user.getScene().getWindow());
    }

    Node node() {
        return root;
    }
}
