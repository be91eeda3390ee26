package de.stadtlage.map.google;

import de.stadtlage.app.Settings;
import de.stadtlage.common.DialogService;
import de.stadtlage.common.Messages;
import java.util.Optional;
import javafx.beans.property.ReadOnlyLongProperty;
import javafx.beans.property.ReadOnlyLongWrapper;
import javafx.collections.FXCollections;
import javafx.geometry.Insets;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.stage.Window;

/** The map settings: base map and Google Maps API key, with the one-time consent to send map requests to Google. */
public final class MapSettingsDialog extends Dialog<GoogleMapSettings> {

    /** Counts saves, so an open Lage page follows a change made from elsewhere (the navigation's button). */
    private static final ReadOnlyLongWrapper SAVED = new ReadOnlyLongWrapper();

    private final ChoiceBox<BaseMap> baseMap = new ChoiceBox<>(FXCollections.observableArrayList(BaseMap.values()));
    private final PasswordField apiKey = new PasswordField();

    MapSettingsDialog(GoogleMapSettings current) {
        setTitle(Messages.get("settings.title"));
        setHeaderText(Messages.get("map.settings.header"));
        baseMap.setId("map-base-choice");
        baseMap.setValue(current.baseMap());
        apiKey.setId("map-api-key");
        apiKey.setText(current.apiKey());
        apiKey.setPromptText(Messages.get("map.settings.keyPrompt"));
        apiKey.setPrefColumnCount(26); // a Google key has 39 characters; most of it shows as dots
        apiKey.disableProperty().bind(baseMap.valueProperty().isNotEqualTo(BaseMap.GOOGLE));
        getDialogPane().setContent(form());
        getDialogPane().getButtonTypes().setAll(ButtonType.OK, ButtonType.CANCEL);
        setResultConverter(button -> button == ButtonType.OK
                ? new GoogleMapSettings(baseMap.getValue(), apiKey.getText(), current.consented()) : null);
    }

    private GridPane form() {
        Label hint = new Label(Messages.get("map.settings.hint"));
        hint.setWrapText(true);
        hint.setMaxWidth(480);
        GridPane.setMargin(hint, new Insets(6, 0, 0, 0));
        GridPane grid = new GridPane();
        grid.setHgap(12);
        grid.setVgap(10);
        // The padding replaces the dialog content's own, so it is set on all sides.
        grid.setPadding(new Insets(16));
        ColumnConstraints labels = new ColumnConstraints();
        labels.setMinWidth(Region.USE_PREF_SIZE); // the labels are never cut off
        ColumnConstraints fields = new ColumnConstraints();
        fields.setHgrow(Priority.ALWAYS);
        grid.getColumnConstraints().setAll(labels, fields);
        grid.addRow(0, new Label(Messages.get("map.settings.baseMap")), baseMap);
        grid.addRow(1, new Label(Messages.get("map.settings.key")), apiKey);
        grid.add(hint, 0, 2, 2, 1);
        return grid;
    }

    /** Shows the dialog; a confirmed change is saved to the settings file and returned. */
    public static Optional<GoogleMapSettings> edit(Window owner, Settings settings, DialogService dialogs) {
        MapSettingsDialog dialog = new MapSettingsDialog(GoogleMapSettings.from(settings));
        dialog.initOwner(owner);
        return dialog.showAndWait().map(chosen -> save(withConsent(chosen, dialogs), settings));
    }

    /** Switching to Google asks once whether map tiles and the viewed area may go to Google; no means offline. */
    static GoogleMapSettings withConsent(GoogleMapSettings chosen, DialogService dialogs) {
        if (chosen.baseMap() != BaseMap.GOOGLE || chosen.consented()) {
            return chosen;
        }
        boolean agreed = dialogs.confirm(Messages.get("map.consent.title"), Messages.get("map.consent.text"));
        return agreed ? new GoogleMapSettings(BaseMap.GOOGLE, chosen.apiKey(), true)
                : new GoogleMapSettings(BaseMap.OFFLINE, chosen.apiKey(), false);
    }

    static GoogleMapSettings save(GoogleMapSettings chosen, Settings settings) {
        chosen.writeTo(settings);
        settings.save();
        SAVED.set(SAVED.get() + 1);
        return chosen;
    }

    public static ReadOnlyLongProperty savedProperty() {
        return SAVED.getReadOnlyProperty();
    }
}
