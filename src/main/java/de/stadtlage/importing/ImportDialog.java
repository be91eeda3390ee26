package de.stadtlage.importing;

import de.stadtlage.app.AppContext;
import de.stadtlage.common.Messages;
import de.stadtlage.common.TaskRunner;
import de.stadtlage.common.WindowFit;
import java.io.File;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import javafx.stage.Modality;
import javafx.stage.Stage;
import javafx.stage.Window;

/**
 * The import dialog: choose a file, see its format, the first rows and every error, then import it with progress
 * and the option to cancel. Open it with {@link #show(Window, AppContext, TaskRunner)}.
 */
public final class ImportDialog {

    private final ImportViewModel model;
    private final Stage stage = new Stage();

    ImportDialog(ImportViewModel model, Window owner) {
        this.model = model;
        VBox root = new VBox(12, header(), fileRow(), facts(), previewTable(), errorList(), footer());
        root.getStyleClass().add("import-dialog");
        Scene scene = new Scene(root);
        scene.getStylesheets().addAll(css("/de/stadtlage/app/app.css"), css("/de/stadtlage/importing/importing.css"));
        stage.setScene(scene);
        stage.setTitle(Messages.get("import.title"));
        if (owner != null) {
            stage.initOwner(owner);
            stage.initModality(Modality.WINDOW_MODAL);
        }
        stage.setOnCloseRequest(e -> model.cancel());
        WindowFit.toolWindow(stage, owner, 1100, 720);
        // Escape stops a running import (as "Abbrechen" does) and otherwise closes the dialog.
        WindowFit.closeOnEscape(stage, () -> {
            if (model.runningProperty().get()) {
                model.cancel();
            } else {
                stage.close();
            }
        });
    }

    /** Opens the dialog for the Lage page or the shell; {@code onImported} runs after a successful import. */
    public static ImportDialog show(Window owner, AppContext ctx, TaskRunner runner, Runnable onImported) {
        ImportViewModel model = new ImportViewModel(new IncidentImportService(ctx.database(), ctx.currentUser(), ctx.clock()),
                runner);
        model.importedProperty().addListener((obs, was, now) -> {
            if (now) {
                onImported.run();
            }
        });
        ImportDialog dialog = new ImportDialog(model, owner);
        dialog.stage.show();
        return dialog;
    }

    public static ImportDialog show(Window owner, AppContext ctx, TaskRunner runner) {
        return show(owner, ctx, runner, () -> { });
    }

    public ImportViewModel model() {
        return model;
    }

    public Stage stage() {
        return stage;
    }

    private Node header() {
        Label title = new Label(Messages.get("import.title"));
        title.getStyleClass().add("dialog-title");
        Label intro = new Label(Messages.get("import.intro"));
        intro.setWrapText(true);
        intro.getStyleClass().add("dialog-intro");
        intro.setMinHeight(Region.USE_PREF_SIZE);
        return new VBox(4, title, intro);
    }

    private Node fileRow() {
        Button choose = new Button(Messages.get("import.choose"));
        choose.setId("import-choose");
        choose.disableProperty().bind(model.runningProperty());
        choose.setOnAction(e -> chooseFile());
        Label path = new Label();
        path.setId("import-file");
        path.getStyleClass().add("import-file");
        path.textProperty().bind(Bindings.createStringBinding(() -> model.fileProperty().get() == null
                ? Messages.get("import.noFile") : model.fileProperty().get().toString(), model.fileProperty()));
        HBox row = new HBox(12, choose, path);
        row.setAlignment(Pos.CENTER_LEFT);
        return row;
    }

    private Node facts() {
        GridPane grid = new GridPane();
        grid.getStyleClass().add("import-facts");
        // The key column never gives way to the wrapping encoding notice.
        javafx.scene.layout.ColumnConstraints keys = new javafx.scene.layout.ColumnConstraints();
        keys.setMinWidth(Region.USE_PREF_SIZE);
        grid.getColumnConstraints().add(keys);
        grid.addRow(0, key("import.format"), value("import-format", model.formatProperty()));
        grid.addRow(1, key("import.content"), value("import-summary", model.summaryProperty()));
        // A file read as Windows-1252 says so, with where UTF-8 failed; the row is gone for UTF-8 files.
        Label encodingKey = key("import.encoding");
        Label notice = value("import-encoding", model.encodingNoticeProperty());
        notice.getStyleClass().add("import-encoding-notice");
        notice.setWrapText(true);
        notice.setMinHeight(Region.USE_PREF_SIZE);
        grid.addRow(2, encodingKey, notice);
        for (Label label : List.of(encodingKey, notice)) {
            label.visibleProperty().bind(model.encodingNoticeProperty().isNotEmpty());
            label.managedProperty().bind(label.visibleProperty());
        }
        return grid;
    }

    private static Label key(String messageKey) {
        Label label = new Label(Messages.get(messageKey));
        label.getStyleClass().add("fact-key");
        return label;
    }

    private static Label value(String id, javafx.beans.value.ObservableValue<String> text) {
        Label label = new Label();
        label.setId(id);
        label.textProperty().bind(text);
        return label;
    }

    private Node previewTable() {
        TableView<PreviewRow> table = new TableView<>(model.preview());
        table.setId("import-preview");
        table.setPlaceholder(new Label(Messages.get("import.previewEmpty")));
        table.getColumns().add(column(Messages.get("import.col.line"), r -> String.valueOf(r.line()), 60));
        table.getColumns().add(column(Messages.get("import.col.status"), PreviewRow::status, 230));
        // "Ungefähr verortet" shows in the status column ("ungefähr verortet"), not as a column of its own.
        for (Column c : Column.values()) {
            if (c == Column.UNGEFAEHR) {
                continue;
            }
            table.getColumns().add(column(c.header(), cellOf(c), switch (c) {
                case ZEITPUNKT -> 150;
                case KATEGORIE, ORT, BEMERKUNG -> 150;
                case ANZAHL -> 70;
                default -> 100;
            }));
        }
        table.setRowFactory(t -> new PreviewTableRow());
        VBox.setVgrow(table, Priority.ALWAYS);
        return table;
    }

    private static Function<PreviewRow, String> cellOf(Column c) {
        return switch (c) {
            case ZEITPUNKT -> PreviewRow::time;
            case KATEGORIE -> PreviewRow::category;
            case QUELLE -> PreviewRow::source;
            case BREITE -> PreviewRow::latitude;
            case LAENGE -> PreviewRow::longitude;
            case ORT -> PreviewRow::place;
            case ANZAHL -> PreviewRow::count;
            case BEMERKUNG -> PreviewRow::note;
            case UNGEFAEHR -> r -> "";
        };
    }

    private static TableColumn<PreviewRow, String> column(String title, Function<PreviewRow, String> value, double width) {
        TableColumn<PreviewRow, String> column = new TableColumn<>(title);
        column.setCellValueFactory(cell -> new ReadOnlyStringWrapper(value.apply(cell.getValue())));
        column.setPrefWidth(width);
        return column;
    }

    private Node errorList() {
        Label title = key("import.errors");
        ListView<String> list = new ListView<>(model.errors());
        list.setId("import-errors");
        list.setPrefHeight(150);
        list.setCellFactory(v -> new WrappingCell());
        VBox box = new VBox(4, title, list);
        box.getStyleClass().add("import-errors");
        box.visibleProperty().bind(Bindings.isNotEmpty(model.errors()));
        box.managedProperty().bind(box.visibleProperty());
        return box;
    }

    /** Error lines are long sentences: they wrap instead of being cut off. */
    private static final class WrappingCell extends javafx.scene.control.ListCell<String> {
        WrappingCell() {
            setWrapText(true);
            setPrefWidth(0);
        }

        @Override
        protected void updateItem(String item, boolean empty) {
            super.updateItem(item, empty);
            setText(empty ? null : item);
        }
    }

    private Node footer() {
        ProgressBar progress = new ProgressBar();
        progress.setId("import-progress");
        progress.setPrefWidth(220);
        progress.progressProperty().bind(model.progressProperty());
        progress.visibleProperty().bind(model.runningProperty());
        progress.managedProperty().bind(model.runningProperty());
        Label status = new Label();
        status.setId("import-status");
        status.setWrapText(true);
        status.setMinHeight(Region.USE_PREF_SIZE);
        status.getStyleClass().add("import-status");
        status.textProperty().bind(model.statusProperty());
        HBox.setHgrow(status, Priority.ALWAYS);
        status.setMaxWidth(Double.MAX_VALUE);
        Button cancel = button("import-cancel", "import.cancel", model::cancel);
        cancel.visibleProperty().bind(model.runningProperty());
        cancel.managedProperty().bind(cancel.visibleProperty());
        Button start = button("import-start", "import.start", model::importNow);
        start.setDefaultButton(true);
        start.disableProperty().bind(model.canImportProperty().not());
        Button close = button("import-close", "import.close", stage::close);
        close.disableProperty().bind(model.runningProperty());
        HBox footer = new HBox(12, progress, status, cancel, start, close);
        footer.setAlignment(Pos.CENTER_LEFT);
        return footer;
    }

    private static Button button(String id, String key, Runnable action) {
        Button button = new Button(Messages.get(key));
        button.setId(id);
        button.setMinWidth(Region.USE_PREF_SIZE);
        button.setOnAction(e -> action.run());
        return button;
    }

    private void chooseFile() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(Messages.get("import.choose"));
        chooser.getExtensionFilters().addAll(
                new FileChooser.ExtensionFilter(Messages.get("import.filter"), "*.csv", "*.CSV", "*.geojson", "*.json"),
                new FileChooser.ExtensionFilter(Messages.get("import.filterAll"), "*.*"));
        File chosen = chooser.showOpenDialog(stage);
        if (chosen != null) {
            model.choose(chosen.toPath());
        }
    }

    private static String css(String path) {
        return Objects.requireNonNull(ImportDialog.class.getResource(path), path).toExternalForm();
    }
}
