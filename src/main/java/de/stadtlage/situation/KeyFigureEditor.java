package de.stadtlage.situation;

import de.stadtlage.common.Formats;
import de.stadtlage.common.FxDialogService;
import de.stadtlage.common.Messages;
import de.stadtlage.common.TaskRunner;
import de.stadtlage.common.WindowFit;
import java.io.File;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Objects;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.TextInputDialog;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import javafx.stage.Modality;
import javafx.stage.Stage;
import javafx.stage.Window;

/** The table editor for key figures: all figures in a table, a form for one figure per week or any period. */
public final class KeyFigureEditor {

    private final KeyFigureEditorModel model;
    private final Stage stage = new Stage();
    private final TableView<KeyFigure> table;

    KeyFigureEditor(KeyFigureEditorModel model, Window owner) {
        this.model = model;
        this.table = table();
        Label title = new Label(Messages.get("figures.editorTitle"));
        title.getStyleClass().add("figure-title");
        Label message = new Label();
        message.setId("figures-message");
        message.setWrapText(true);
        message.textProperty().bind(model.messageProperty());
        VBox root = new VBox(title, table, form(), message, buttons());
        root.getStyleClass().add("figure-editor");
        VBox.setVgrow(table, Priority.ALWAYS);
        Scene scene = new Scene(root);
        scene.getStylesheets().addAll(css("/de/stadtlage/app/app.css"), css("/de/stadtlage/situation/keyfigures.css"));
        stage.setScene(scene);
        stage.setTitle(Messages.get("figures.editorTitle"));
        if (owner != null) {
            stage.initOwner(owner);
            stage.initModality(Modality.WINDOW_MODAL);
        }
        WindowFit.toolWindow(stage, owner, 980, 680);
        WindowFit.closeOnEscape(stage, stage::close);
    }

    /**
     * Opens the editor with the week of {@code today} proposed; {@code onClose} runs when it closes (the dashboard
     * reloads).
     */
    public static KeyFigureEditor show(Window owner, KeyFigureService service, TaskRunner runner,
                                       Function<Path, Integer> csvImport, LocalDate today, Runnable onClose) {
        KeyFigureEditorModel model = new KeyFigureEditorModel(service, runner, csvImport, today);
        KeyFigureEditor editor = new KeyFigureEditor(model, owner);
        editor.stage.setOnHidden(e -> onClose.run());
        model.load();
        editor.stage.show();
        return editor;
    }

    public KeyFigureEditorModel model() {
        return model;
    }

    public Stage stage() {
        return stage;
    }

    private TableView<KeyFigure> table() {
        TableView<KeyFigure> view = new TableView<>(model.figures());
        view.setId("figures-table");
        view.getColumns().add(wrapping(column("figures.col.metric", KeyFigure::metric, 280)));
        view.getColumns().add(column("figures.col.source", KeyFigure::source, 110));
        view.getColumns().add(column("figures.col.period", KeyFigureTrend::periodLabel, 190));
        view.getColumns().add(column("figures.col.value", f -> Formats.decimal(f.value().doubleValue()), 110));
        view.getColumns().add(wrapping(column("figures.col.note", f -> f.note() == null ? "" : f.note(), 220)));
        view.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        view.getSelectionModel().selectedItemProperty().addListener((obs, old, now) -> model.edit(now));
        return view;
    }

    private static TableColumn<KeyFigure, String> column(String key, Function<KeyFigure, String> value, double width) {
        TableColumn<KeyFigure, String> column = new TableColumn<>(Messages.get(key));
        column.setCellValueFactory(cell -> new ReadOnlyStringWrapper(value.apply(cell.getValue())));
        column.setPrefWidth(width);
        return column;
    }

    /** Long metric names and notes take a second line instead of ending in "…". */
    private static TableColumn<KeyFigure, String> wrapping(TableColumn<KeyFigure, String> column) {
        column.setCellFactory(c -> new javafx.scene.control.TableCell<>() {
            @Override
            protected void updateItem(String item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty ? null : item);
                setWrapText(true);
            }
        });
        return column;
    }

    private Node form() {
        ComboBox<String> metric = new ComboBox<>(model.metrics());
        metric.setId("figures-metric");
        metric.valueProperty().bindBidirectional(model.metricProperty());
        metric.setPrefWidth(320);
        ComboBox<String> source = new ComboBox<>();
        source.setId("figures-source");
        source.setEditable(true);
        source.getItems().addAll("Polizei", "KOD", "Streetwork", "Stadt");
        source.valueProperty().bindBidirectional(model.sourceProperty());
        DatePicker from = datePicker("figures-from", model.fromProperty());
        DatePicker to = datePicker("figures-to", model.toProperty());
        Button week = new Button(Messages.get("figures.wholeWeek"));
        week.setOnAction(e -> model.useWeekOf(model.fromProperty().get()));
        TextField value = new TextField();
        value.setId("figures-value");
        value.textProperty().bindBidirectional(model.valueProperty());
        TextField note = new TextField();
        note.textProperty().bindBidirectional(model.noteProperty());
        GridPane grid = new GridPane();
        grid.getStyleClass().add("figure-form");
        grid.addRow(0, new Label(Messages.get("figures.col.metric")), metric, new Label(Messages.get("figures.col.source")), source);
        HBox period = new HBox(8, from, new Label(Messages.get("figures.to")), to, week);
        period.setAlignment(Pos.CENTER_LEFT);
        grid.addRow(1, new Label(Messages.get("figures.from")), period);
        grid.addRow(2, new Label(Messages.get("figures.col.value")), value, new Label(Messages.get("figures.col.note")), note);
        GridPane.setColumnSpan(grid.getChildren().get(5), 3);
        return grid;
    }

    private static DatePicker datePicker(String id, javafx.beans.property.ObjectProperty<LocalDate> property) {
        DatePicker picker = new DatePicker();
        picker.setId(id);
        picker.setPrefWidth(140);
        picker.setConverter(new de.stadtlage.common.GermanDateConverter());
        picker.valueProperty().bindBidirectional(property);
        return picker;
    }

    private Node buttons() {
        Button save = button("figures-save", "figures.save", model::save);
        save.setDefaultButton(true);
        Button delete = button("figures-delete", "figures.delete", this::confirmDelete);
        delete.disableProperty().bind(table.getSelectionModel().selectedItemProperty().isNull());
        Button importCsv = button("figures-import", "figures.importCsv", this::chooseCsv);
        Button metric = button("figures-add-metric", "figures.addMetric", this::askMetric);
        for (Button b : new Button[] {save, importCsv, metric}) {
            b.setDisable(!model.canWrite());
        }
        delete.setVisible(model.canWrite());
        delete.setManaged(model.canWrite());
        Button close = button("figures-close", "figures.close", stage::close);
        HBox row = new HBox(12, save, delete, importCsv, metric, close);
        row.setAlignment(Pos.CENTER_RIGHT);
        return row;
    }

    private static Button button(String id, String key, Runnable action) {
        Button button = new Button(Messages.get(key));
        button.setId(id);
        button.setOnAction(e -> action.run());
        return button;
    }

    private void confirmDelete() {
        KeyFigure figure = table.getSelectionModel().getSelectedItem();
        if (figure != null && new FxDialogService(() -> stage).confirm(Messages.get("figures.deleteTitle"),
                Messages.get("figures.deleteConfirm", figure.metric(), KeyFigureTrend.periodLabel(figure),
                        Formats.decimal(figure.value().doubleValue())))) {
            model.delete(figure);
        }
    }

    private void chooseCsv() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(Messages.get("figures.importCsv"));
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("CSV", "*.csv", "*.CSV"));
        File file = chooser.showOpenDialog(stage);
        if (file != null) {
            model.importCsv(file.toPath());
        }
    }

    private void askMetric() {
        TextInputDialog dialog = new TextInputDialog();
        dialog.initOwner(stage);
        dialog.setTitle(Messages.get("figures.addMetric"));
        dialog.setHeaderText(Messages.get("figures.addMetricHint"));
        dialog.showAndWait().ifPresent(model::addMetric);
    }

    private static String css(String path) {
        return Objects.requireNonNull(KeyFigureEditor.class.getResource(path), path).toExternalForm();
    }
}
