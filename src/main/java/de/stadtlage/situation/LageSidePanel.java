package de.stadtlage.situation;

import de.stadtlage.common.Formats;
import de.stadtlage.common.Messages;
import de.stadtlage.situation.hotspot.Hotspot;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/** Right of the map: the ranked hotspots and the comparison per district and focus area. */
final class LageSidePanel {

    private final VBox root = new VBox(8);
    private final Label summary = new Label();
    private final ListView<Hotspot> hotspots = new ListView<>();
    private final TableView<AreaComparison.Row> table = new TableView<>();

    LageSidePanel(LageViewModel model, java.util.function.Consumer<Hotspot> onHotspotChosen) {
        summary.setWrapText(true);
        summary.setMaxWidth(Double.MAX_VALUE);
        summary.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        summary.getStyleClass().add("lage-summary");
        hotspots.setCellFactory(v -> new javafx.scene.control.ListCell<>() {
            @Override
            protected void updateItem(Hotspot h, boolean empty) {
                super.updateItem(h, empty);
                setText(empty || h == null ? null : Messages.get("lage.hotspot.line", h.rank(),
                        h.street().isEmpty() ? Messages.get("lage.hotspot.nostreet") : h.street(), h.district(),
                        h.incidents()));
            }
        });
        hotspots.setPrefHeight(220);
        hotspots.setId("lage-hotspots");
        hotspots.getSelectionModel().selectedItemProperty().addListener((obs, o, h) -> {
            if (h != null) {
                onHotspotChosen.accept(h);
            }
        });
        table.getColumns().add(column(Messages.get("lage.table.area"), AreaComparison.Row::name));
        table.getColumns().get(0).setPrefWidth(118);
        table.getColumns().add(column(Messages.get("lage.table.current"), r -> Formats.number(r.current())));
        table.getColumns().add(column(Messages.get("lage.table.previous"), r -> Formats.number(r.previous())));
        table.getColumns().add(column(Messages.get("lage.table.difference"),
                r -> (r.difference() > 0 ? "+" : "") + Formats.number(r.difference())));
        table.getColumns().add(column(Messages.get("lage.table.change"), AreaComparison.Row::change));
        // Numbers get what they need; the area name takes the rest.
        double[] minimum = {90, 48, 52, 48, 74};
        for (int i = 0; i < minimum.length; i++) {
            table.getColumns().get(i).setMinWidth(minimum[i]);
        }
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_ALL_COLUMNS);
        table.getStyleClass().addAll("dense", "lage-comparison");
        table.setId("lage-comparison");
        VBox.setVgrow(table, Priority.ALWAYS);
        Label hotspotTitle = new Label(Messages.get("lage.hotspots.title"));
        hotspotTitle.getStyleClass().add("title-4");
        Label tableTitle = new Label(Messages.get("lage.table.title"));
        tableTitle.getStyleClass().add("title-4");
        root.getChildren().addAll(summary, hotspotTitle, hotspots, tableTitle, table);
        root.getStyleClass().add("lage-side-panel");
        root.setMinWidth(360);
        root.setPadding(new javafx.geometry.Insets(0, 0, 0, 6));
        model.resultProperty().addListener((obs, o, r) -> show(r));
    }

    private void show(LageResult r) {
        summary.setText(Messages.get("lage.summary", Formats.date(r.filter().from()), Formats.date(r.filter().to()),
                Formats.isoWeek(r.filter().from()), Formats.number(r.incidents().size()),
                Formats.percentChange(r.previousIncidents().size(), r.incidents().size())));
        hotspots.getItems().setAll(r.hotspots().hotspots());
        table.getItems().setAll(r.areas());
    }

    private static TableColumn<AreaComparison.Row, String> column(String title,
            java.util.function.Function<AreaComparison.Row, String> value) {
        TableColumn<AreaComparison.Row, String> c = new TableColumn<>(title);
        c.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(value.apply(cell.getValue())));
        c.setSortable(false);
        return c;
    }

    Node node() {
        return root;
    }
}
