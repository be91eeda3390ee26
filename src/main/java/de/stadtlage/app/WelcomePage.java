package de.stadtlage.app;

import de.stadtlage.common.Messages;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2AL;
import org.kordamp.ikonli.material2.Material2MZ;

/** First start on an empty database: start with the sample situation or empty. */
final class WelcomePage {

    private final VBox root;

    WelcomePage(ShellViewModel model) {
        Label title = new Label(Messages.get("welcome.title"));
        title.getStyleClass().add("welcome-title");
        Label intro = new Label(Messages.get("welcome.intro"));
        intro.getStyleClass().add("welcome-text");
        intro.setWrapText(true);
        Button sample = new Button(Messages.get("welcome.sample"), new FontIcon(Material2AL.INSIGHTS));
        sample.setId("welcome-sample");
        sample.getStyleClass().addAll("accent", "large");
        sample.setDefaultButton(true);
        sample.setOnAction(e -> model.startWithSampleData());
        Button empty = new Button(Messages.get("welcome.empty"), new FontIcon(Material2MZ.NOTE_ADD));
        empty.setId("welcome-empty");
        empty.getStyleClass().add("large");
        empty.setOnAction(e -> model.startEmpty());
        sample.disableProperty().bind(model.busyProperty());
        empty.disableProperty().bind(model.busyProperty());
        Label sampleNote = new Label(Messages.get("welcome.sampleNote"));
        sampleNote.getStyleClass().add("welcome-note");
        sampleNote.setWrapText(true);
        HBox buttons = new HBox(16, sample, empty);
        buttons.setAlignment(Pos.CENTER_LEFT);
        VBox card = new VBox(20, title, intro, buttons, sampleNote, adminPart(model));
        card.getStyleClass().add("welcome-card");
        card.setMaxWidth(760);
        root = new VBox(card);
        root.setAlignment(Pos.CENTER);
        root.setId("welcome-page");
    }

    /** Shown while the database has no admin: until one is set, anybody at the screen may change everything. */
    private static Node adminPart(ShellViewModel model) {
        Label hint = new Label(Messages.get("welcome.adminHint"));
        hint.getStyleClass().add("welcome-note");
        hint.setWrapText(true);
        Button admin = new Button(Messages.get("welcome.admin"), new FontIcon(Material2AL.ADMIN_PANEL_SETTINGS));
        admin.setId("welcome-admin");
        admin.disableProperty().bind(model.busyProperty());
        admin.setOnAction(e -> FirstAdminSetup.offer(model, admin.getScene().getWindow()));
        VBox part = new VBox(8, hint, admin);
        part.visibleProperty().bind(model.adminMissingProperty());
        part.managedProperty().bind(model.adminMissingProperty());
        return part;
    }

    Node node() {
        return root;
    }
}
