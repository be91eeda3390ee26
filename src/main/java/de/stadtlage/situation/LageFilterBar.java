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
        from.setPrefWidth(145);
        DatePicker to = new DatePicker();
        to.valueProperty().bindBidirectional(model.toProperty());
        to.setPrefWidth(145);
        CheckComboBox<IncidentCategory> categories = new CheckComboBox<>();
        categories.getItems().setAll(IncidentCategory.values());
        categories.setConverter(converter(IncidentCategory::label));
        categories.setId("lage-categories");
        titled(categories, "lage.filter.categories");
        categories.getCheckModel().getCheckedItems().addListener((ListChangeListener<IncidentCategory>) c ->
                model.getCategories().setAll(categories.getCheckModel().getCheckedItems()));
        CheckComboBox<IncidentSource> sources = new CheckComboBox<>();
        sources.getItems().setAll(IncidentSource.values());
        sources.setConverter(converter(IncidentSource::label));
        sources.setId("lage-sources");
        titled(sources, "lage.filter.sources");
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
                categories, sources, labelled(Messages.get("lage.filter.mode"), mode), exportButton, busy);
        root.getStyleClass().add("lage-filter-bar");
    }

    /**
     * "Kategorien: alle" while nothing is checked (the filter then lets everything through), else "Kategorien: 3 von
     * 11"; the control's own "(0/11)" read as if nothing were selected.
     */
    static <T> void titled(CheckComboBox<T> box, String key) {
        Runnable update = () -> box.setTitle(choiceText(key, box.getCheckModel().getCheckedItems().size(),
                box.getItems().size()));
        box.setShowCheckedCount(false);
        box.getCheckModel().getCheckedItems().addListener((ListChangeListener<T>) c -> update.run());
        update.run();
    }

    /** "Kategorien: alle" for none or all checked, else "Kategorien: 3 von 11" (also in the PNG export). */
    static String choiceText(String key, int checked, int all) {
        return checked == 0 || checked == all ? Messages.get(key + ".all") : Messages.get(key + ".some", checked, all);
    }

    /** A label that wraps together with its control when the bar breaks into two rows. */
    private static javafx.scene.layout.HBox labelled(String text, javafx.scene.Node control) {
        javafx.scene.layout.HBox box = new javafx.scene.layout.HBox(8, new Label(text), control);
        box.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        return box;
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
