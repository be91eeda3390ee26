package de.stadtlage.situation;

import de.stadtlage.common.Messages;
import java.util.Arrays;
import javafx.collections.ListChangeListener;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.layout.FlowPane;
import javafx.util.StringConverter;
import org.controlsfx.control.CheckComboBox;

/** The filter row above the map: window, dates, categories, sources, map mode, export. */
final class LageFilterBar {

    private final FlowPane root = new FlowPane(10, 8);

    LageFilterBar(LageViewModel model, Runnable export) {
        ComboBox<TimeWindow> window = new ComboBox<>();
        window.getItems().setAll(TimeWindow.values());
        window.setConverter(converter(TimeWindow::label));
        window.valueProperty().bindBidirectional(model.windowProperty());
        window.setId("lage-window");
        DatePicker from = new DatePicker();
        from.valueProperty().bindBidirectional(model.fromProperty());
        from.setPrefWidth(130);
        DatePicker to = new DatePicker();
        to.valueProperty().bindBidirectional(model.toProperty());
        to.setPrefWidth(130);
        CheckComboBox<IncidentCategory> categories = new CheckComboBox<>();
        categories.getItems().setAll(IncidentCategory.values());
        categories.setConverter(converter(IncidentCategory::label));
        categories.setTitle(Messages.get("lage.filter.categories"));
        categories.setShowCheckedCount(true);
        categories.getCheckModel().getCheckedItems().addListener((ListChangeListener<IncidentCategory>) c ->
                model.getCategories().setAll(categories.getCheckModel().getCheckedItems()));
        CheckComboBox<IncidentSource> sources = new CheckComboBox<>();
        sources.getItems().setAll(IncidentSource.values());
        sources.setConverter(converter(IncidentSource::label));
        sources.setTitle(Messages.get("lage.filter.sources"));
        sources.setShowCheckedCount(true);
        sources.getCheckModel().getCheckedItems().addListener((ListChangeListener<IncidentSource>) c ->
                model.getSources().setAll(sources.getCheckModel().getCheckedItems()));
        ComboBox<MapMode> mode = new ComboBox<>();
        mode.getItems().setAll(Arrays.asList(MapMode.values()));
        mode.setConverter(converter(MapMode::label));
        mode.valueProperty().bindBidirectional(model.modeProperty());
        mode.setId("lage-mode");
        Button exportButton = new Button(Messages.get("lage.export.button"));
        exportButton.setOnAction(e -> export.run());
        ProgressIndicator busy = new ProgressIndicator();
        busy.setPrefSize(22, 22);
        busy.visibleProperty().bind(model.runningProperty());
        root.getChildren().addAll(new Label(Messages.get("lage.filter.window")), window, from, new Label("–"), to,
                categories, sources, new Label(Messages.get("lage.filter.mode")), mode, exportButton, busy);
        root.getStyleClass().add("lage-filter-bar");
    }

    private static <T> StringConverter<T> converter(java.util.function.Function<T, String> label) {
        return new StringConverter<>() {
            @Override
            public String toString(T value) {
                return value == null ? "" : label.apply(value);
            }

            @Override
            public T fromString(String s) {
                throw new UnsupportedOperationException("choices only");
            }
        };
    }

    Node node() {
        return root;
    }
}
