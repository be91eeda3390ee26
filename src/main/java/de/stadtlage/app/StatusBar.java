package de.stadtlage.app;

import de.stadtlage.common.Messages;
import javafx.beans.binding.Bindings;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2MZ;

/** The bottom line: database in use, what happens right now, who is working. */
final class StatusBar {

    private final HBox root;

    StatusBar(ShellViewModel model) {
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
        user.textProperty().bind(Bindings.createStringBinding(() -> model.contextProperty().get() == null ? ""
                : Messages.get("status.user", model.contextProperty().get().currentUser().name(),
                        model.contextProperty().get().currentUser().role().label()), model.contextProperty()));
        Label sample = new Label(Messages.get("status.sampleBadge"));
        sample.setId("status-sample");
        sample.getStyleClass().add("sample-badge");
        sample.visibleProperty().bind(model.sampleDataProperty());
        sample.managedProperty().bind(model.sampleDataProperty());
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        root = new HBox(16, database, sample, status, spacer, progress, user);
        root.getStyleClass().add("status-bar");
    }

    Node node() {
        return root;
    }
}
