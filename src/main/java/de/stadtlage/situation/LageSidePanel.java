package de.stadtlage.situation;

import de.stadtlage.common.Formats;
import de.stadtlage.common.Messages;
import de.stadtlage.situation.hotspot.Hotspot;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/** Right of the map: the ranked hotspots and the comparison per district and focus area. */
final class LageSidePanel {

    private static final double MIN_WIDTH = 330;

    private final VBox root = new VBox(8);
    private final Label summary = new Label();
    private final ListView<Hotspot> hotspots = new ListView<>();
    private final AreaComparisonTable table = new AreaComparisonTable();

    LageSidePanel(LageViewModel model, java.util.function.Consumer<Hotspot> onHotspotChosen) {
        summary.setWrapText(true);
        summary.setMaxWidth(Double.MAX_VALUE);
        summary.setMinHeight(Region.USE_PREF_SIZE);
        summary.getStyleClass().add("lage-summary");
        summary.setId("lage-summary");
        hotspots.setCellFactory(v -> new HotspotCell());
        hotspots.setPrefHeight(220);
        hotspots.setId("lage-hotspots");
        hotspots.getSelectionModel().selectedItemProperty().addListener((obs, o, h) -> {
            if (h != null) {
                onHotspotChosen.accept(h);
            }
        });
        VBox.setVgrow(table.node(), Priority.ALWAYS);
        Label hotspotTitle = new Label(Messages.get("lage.hotspots.title"));
        hotspotTitle.getStyleClass().add("title-4");
        Label tableTitle = new Label(Messages.get("lage.table.title"));
        tableTitle.getStyleClass().add("title-4");
        tableTitle.setWrapText(true);
        tableTitle.setMinHeight(Region.USE_PREF_SIZE);
        root.getChildren().addAll(summary, hotspotTitle, hotspots, tableTitle, table.node());
        root.getStyleClass().add("lage-side-panel");
        // never narrower than the comparison needs to show every name and number in full
        root.minWidthProperty().bind(javafx.beans.binding.Bindings.max(MIN_WIDTH, table.neededWidth().add(14)));
        root.setPadding(new javafx.geometry.Insets(0, 8, 0, 6));
        model.resultProperty().addListener((obs, o, r) -> show(r));
    }

    private void show(LageResult r) {
        int count = r.incidents().size();
        summary.setText(Messages.get("lage.summary", Formats.date(r.filter().from()), Formats.date(r.filter().to()),
                Formats.isoWeek(r.filter().from()), Formats.number(count),
                Formats.percentChange(r.previousIncidents().size(), count), count));
        hotspots.getItems().setAll(Hotspot.rankedByIncidents(r.hotspots().hotspots()));
        table.node().getItems().setAll(r.areas());
    }

    /** "1. Brückstraße (City) – 1 Vorfall", wrapped when the panel is narrow. */
    static String line(Hotspot h) {
        String street = h.street() == null || h.street().isEmpty() ? Messages.get("lage.hotspot.nostreet") : h.street();
        return Messages.get("lage.hotspot.line", h.rank(), street, h.district(), h.incidents(),
                Formats.number(h.incidents()));
    }

    /** Wraps instead of cutting: the cell follows the list's width rather than asking for its text's. */
    private static final class HotspotCell extends ListCell<Hotspot> {
        HotspotCell() {
            setWrapText(true);
            setPrefWidth(0);
        }

        @Override
        protected void updateItem(Hotspot h, boolean empty) {
            super.updateItem(h, empty);
            setText(empty || h == null ? null : line(h));
        }
    }

    Node node() {
        return root;
    }
}
