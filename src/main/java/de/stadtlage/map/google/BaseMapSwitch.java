package de.stadtlage.map.google;

import de.stadtlage.app.Settings;
import de.stadtlage.common.DialogService;
import de.stadtlage.common.Messages;
import de.stadtlage.map.Legend;
import de.stadtlage.situation.Incident;
import de.stadtlage.situation.hotspot.Hotspot;
import java.util.List;
import java.util.function.Supplier;
import javafx.beans.InvalidationListener;
import javafx.beans.WeakInvalidationListener;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.StackPane;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2MZ;

/**
 * Holds the Lage page's map slot: the offline map, or Google Maps when the settings ask for it. Without a key, or
 * when Google does not load, it shows the offline map with a German banner instead; nothing is thrown at the user.
 */
public final class BaseMapSwitch {

    private final StackPane root = new StackPane();
    private final StackPane slot = new StackPane();
    private final Label banner = new Label();
    private final Node offlineMap;
    private final Supplier<Settings> settings;
    private final DialogService dialogs;
    private final InvalidationListener savedElsewhere = obs -> reload();
    private GoogleMapSettings current = GoogleMapSettings.DEFAULT;
    private GoogleMapPane google;
    private List<Incident> incidents = List.of();
    private List<Hotspot> hotspots = List.of();
    private List<OverlayCell> overlay = List.of();
    private final StackPane legendSlot = new StackPane();

    /** @param settings reads the user's settings file afresh (the dialog may have changed it meanwhile) */
    public BaseMapSwitch(Node offlineMap, Supplier<Settings> settings, DialogService dialogs) {
        this.offlineMap = offlineMap;
        this.settings = settings;
        this.dialogs = dialogs;
        banner.setId("map-banner");
        banner.getStyleClass().add("map-banner");
        banner.setWrapText(true);
        banner.setVisible(false);
        banner.setOnMouseClicked(e -> banner.setVisible(false));
        // Top left: the offline map's legends sit top right, the scale bar and attribution at the bottom.
        StackPane.setAlignment(banner, Pos.TOP_LEFT);
        Button gear = new Button(null, new FontIcon(Material2MZ.SETTINGS));
        gear.setId("map-settings-button");
        gear.getStyleClass().add("map-settings-button");
        gear.setTooltip(new Tooltip(Messages.get("map.settings.title")));
        gear.setOnAction(e -> openSettings());
        StackPane.setAlignment(gear, Pos.BOTTOM_RIGHT);
        slot.getChildren().setAll(offlineMap);
        legendSlot.setPickOnBounds(false);
        legendSlot.setAlignment(Pos.TOP_LEFT);
        legendSlot.setVisible(false);
        root.getChildren().setAll(slot, legendSlot, banner, gear);
        root.getStyleClass().add("base-map-switch");
        root.getStylesheets().add(BaseMapSwitch.class.getResource("base-map.css").toExternalForm());
        MapSettingsDialog.savedProperty().addListener(new WeakInvalidationListener(savedElsewhere));
        apply(GoogleMapSettings.from(settings.get()));
    }

    public Node node() {
        return root;
    }

    /**
     * The incidents, hotspots and hotspot-layer boxes ({@link HotspotOverlay}) the Lage page computed for its filter
     * and mode; the offline map gets them itself.
     */
    public void showSituation(List<Incident> incidents, List<Hotspot> hotspots, List<OverlayCell> overlay,
                              Legend legend) {
        this.incidents = List.copyOf(incidents);
        this.hotspots = List.copyOf(hotspots);
        this.overlay = List.copyOf(overlay);
        legendSlot.getChildren().setAll(LegendBox.of(legend));
        if (google != null) {
            google.showSituation(this.incidents, this.hotspots, this.overlay);
        }
    }

    /** The hotspot boxes the Google map shows, or would show once it is chosen. */
    public List<OverlayCell> overlay() {
        return overlay;
    }

    /** True while Google Maps is the map shown (or loading). */
    public boolean showsGoogle() {
        return google != null;
    }

    void openSettings() {
        MapSettingsDialog.edit(root.getScene() == null ? null : root.getScene().getWindow(), settings.get(), dialogs);
    }

    private void reload() {
        apply(GoogleMapSettings.from(settings.get()));
    }

    private void apply(GoogleMapSettings chosen) {
        if (chosen.equals(current) && (google != null || !chosen.googleWanted())) {
            return;
        }
        current = chosen;
        if (!chosen.googleWanted()) {
            showOffline(null);
        } else if (!chosen.hasKey()) {
            showOffline(Messages.get("map.google.noKey"));
        } else {
            showGoogle(chosen.apiKey());
        }
    }

    private void showGoogle(String apiKey) {
        disposeGoogle();
        banner.setVisible(false);
        google = new GoogleMapPane(apiKey, reason -> showOffline(Messages.get("map.google.unavailable")));
        google.showSituation(incidents, hotspots, overlay);
        slot.getChildren().setAll(google.node());
        legendSlot.setVisible(true);
    }

    private void showOffline(String message) {
        disposeGoogle();
        slot.getChildren().setAll(offlineMap);
        legendSlot.setVisible(false);
        banner.setText(message);
        banner.setVisible(message != null);
    }

    private void disposeGoogle() {
        if (google != null) {
            google.dispose();
            google = null;
        }
    }
}
