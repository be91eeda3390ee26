package de.stadtlage.access;

import de.stadtlage.common.GermanDateConverter;
import de.stadtlage.common.Messages;
import static java.util.stream.Collectors.joining;

import java.util.Objects;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.ListChangeListener;
import javafx.css.PseudoClass;
import javafx.geometry.Orientation;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Modality;
import javafx.stage.Stage;
import javafx.stage.Window;
import javafx.util.StringConverter;
import org.controlsfx.control.CheckComboBox;

/**
 * The "Änderungsprotokoll" window: filter bar, the entries newest first, the selected entry's before and after,
 * and the chain check. Esc closes it; Enter in the search field applies the search.
 */
public final class AuditLogView {

    private static final PseudoClass INTACT = PseudoClass.getPseudoClass("intact");
    private static final PseudoClass BROKEN = PseudoClass.getPseudoClass("broken");
    private static final PseudoClass CAPPED = PseudoClass.getPseudoClass("capped");

    private final AuditLogViewModel model;
    private final Stage stage = new Stage();

    AuditLogView(AuditLogViewModel model, Window owner) {
        this.model = model;
        VBox root = new VBox(filterBar(), content(), footer());
        root.getStyleClass().add("audit-log");
        root.setId("audit-log");
        VBox.setVgrow(root.getChildren().get(1), Priority.ALWAYS);
        Scene scene = new Scene(root, 1100, 700);
        scene.getStylesheets().add(Objects.requireNonNull(
                AuditLogView.class.getResource("/de/stadtlage/app/app.css")).toExternalForm());
        stage.setScene(scene);
        stage.setTitle(Messages.get("audit.title"));
        if (owner != null) {
            stage.initOwner(owner);
            stage.initModality(Modality.WINDOW_MODAL);
        }
    }

    /** Opens the window and loads the newest entries in the background. */
    public static AuditLogView show(AuditLogViewModel model, Window owner) {
        AuditLogView view = new AuditLogView(model, owner);
        view.stage.show();
        model.load();
        return view;
    }

    public Stage stage() {
        return stage;
    }

    private Node filterBar() {
        DatePicker from = datePicker("audit-from", Messages.get("audit.filter.from"));
        from.valueProperty().bindBidirectional(model.fromProperty());
        DatePicker to = datePicker("audit-to", Messages.get("audit.filter.to"));
        to.valueProperty().bindBidirectional(model.toProperty());
        ComboBox<String> actor = new ComboBox<>(model.getActors());
        actor.setId("audit-actor");
        actor.setPrefWidth(190);
        actor.setConverter(converter(a -> a == null || a.isEmpty() ? Messages.get("audit.filter.allPeople") : a));
        actor.valueProperty().bindBidirectional(model.actorProperty());
        TextField search = new TextField();
        search.setId("audit-search");
        search.setPromptText(Messages.get("audit.filter.searchPrompt"));
        search.textProperty().bindBidirectional(model.textProperty());
        search.setOnAction(e -> model.search());
        HBox.setHgrow(search, Priority.ALWAYS);
        Button apply = new Button(Messages.get("audit.filter.search"));
        apply.setId("audit-apply");
        apply.setOnAction(e -> model.search());
        apply.setMinWidth(Region.USE_PREF_SIZE);
        HBox bar = new HBox(8, new Label(Messages.get("audit.filter.period")), from, new Label("–"), to, actor,
                entityChoice(), search, apply);
        bar.getStyleClass().add("audit-filter");
        bar.setAlignment(Pos.CENTER_LEFT);
        return bar;
    }

    private static DatePicker datePicker(String id, String prompt) {
        DatePicker picker = new DatePicker();
        picker.setId(id);
        picker.setPromptText(prompt);
        picker.setPrefWidth(130);
        picker.setConverter(new GermanDateConverter());
        return picker;
    }

    private CheckComboBox<String> entityChoice() {
        CheckComboBox<String> kinds = new CheckComboBox<>(model.getEntityKinds());
        kinds.setId("audit-entities");
        kinds.setPrefWidth(170);
        kinds.setConverter(converter(AuditLogViewModel::entityLabel));
        // Our own title: the built-in count keeps the item total of the (still empty) list it was created with.
        kinds.setTitle(Messages.get("audit.filter.allEntities"));
        kinds.getCheckModel().getCheckedItems().addListener((ListChangeListener<String>) c -> {
            model.getEntities().setAll(kinds.getCheckModel().getCheckedItems());
            kinds.setTitle(model.getEntities().isEmpty() ? Messages.get("audit.filter.allEntities")
                    : model.getEntities().stream().map(AuditLogViewModel::entityLabel).collect(joining(", ")));
        });
        return kinds;
    }

    private Node content() {
        SplitPane split = new SplitPane(table(), details());
        split.setOrientation(Orientation.HORIZONTAL);
        split.setDividerPositions(0.6);
        return split;
    }

    private TableView<AuditEntry> table() {
        TableView<AuditEntry> table = new TableView<>(model.getEntries());
        table.setId("audit-table");
        table.setPlaceholder(new Label(Messages.get("audit.empty")));
        TableColumn<AuditEntry, String> time = column("audit.col.time", model::time, 170);
        time.setMinWidth(165); // "26.11.2026 16:17:52" is never cut off
        table.getColumns().add(time);
        table.getColumns().add(column("audit.col.actor", AuditEntry::actor, 140));
        table.getColumns().add(column("audit.col.entity", e -> AuditLogViewModel.entityLabel(e.entity()), 115));
        table.getColumns().add(column("audit.col.entityId", e -> e.entityId() == null ? "" : e.entityId(), 55));
        table.getColumns().add(column("audit.col.action", AuditEntry::action, 150));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.getSelectionModel().selectedItemProperty().addListener((obs, old, now) -> model.selectedProperty().set(now));
        return table;
    }

    private static TableColumn<AuditEntry, String> column(String key, Function<AuditEntry, String> text, double width) {
        TableColumn<AuditEntry, String> column = new TableColumn<>(Messages.get(key));
        column.setCellValueFactory(cell -> new ReadOnlyStringWrapper(text.apply(cell.getValue())));
        column.setPrefWidth(width);
        return column;
    }

    private Node details() {
        VBox box = new VBox(6, new Label(Messages.get("audit.details.before")), jsonArea("audit-before",
                model.beforeProperty()), new Label(Messages.get("audit.details.after")),
                jsonArea("audit-after", model.afterProperty()));
        box.getStyleClass().add("audit-details");
        VBox.setVgrow(box.getChildren().get(1), Priority.ALWAYS);
        VBox.setVgrow(box.getChildren().get(3), Priority.ALWAYS);
        return box;
    }

    private static TextArea jsonArea(String id, ReadOnlyStringProperty text) {
        TextArea area = new TextArea();
        area.setId(id);
        area.setEditable(false);
        area.setWrapText(true);
        area.getStyleClass().add("audit-json");
        area.textProperty().bind(text);
        return area;
    }

    private Node footer() {
        Label summary = new Label();
        summary.setId("audit-summary");
        summary.getStyleClass().add("audit-summary");
        summary.textProperty().bind(model.summaryProperty());
        model.cappedProperty().addListener((obs, old, now) -> summary.pseudoClassStateChanged(CAPPED, now));
        ProgressIndicator progress = new ProgressIndicator();
        progress.getStyleClass().add("audit-progress");
        progress.visibleProperty().bind(model.loadingProperty().or(model.verifyingProperty()));
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox status = new HBox(8, summary, spacer, progress);
        status.setAlignment(Pos.CENTER_LEFT);
        return new VBox(8, status, chainRow());
    }

    private Node chainRow() {
        Button verify = new Button(Messages.get("audit.verify"));
        verify.setId("audit-verify");
        verify.disableProperty().bind(model.verifyingProperty());
        verify.setOnAction(e -> model.verifyChain());
        verify.setMinWidth(Region.USE_PREF_SIZE);
        Label result = new Label();
        result.setId("audit-verification");
        result.getStyleClass().add("audit-verification");
        result.setWrapText(true);
        result.setMaxWidth(Double.MAX_VALUE);
        result.textProperty().bind(model.verificationProperty());
        result.visibleProperty().bind(model.verificationProperty().isNotEmpty());
        model.chainStateProperty().addListener((obs, old, now) -> {
            result.pseudoClassStateChanged(INTACT, now == AuditLogViewModel.ChainState.INTACT);
            result.pseudoClassStateChanged(BROKEN, now == AuditLogViewModel.ChainState.BROKEN);
        });
        HBox.setHgrow(result, Priority.ALWAYS);
        Button close = new Button(Messages.get("audit.close"));
        close.setId("audit-close");
        close.setCancelButton(true); // Esc closes the window
        close.setOnAction(e -> stage.close());
        close.setMinWidth(Region.USE_PREF_SIZE);
        HBox row = new HBox(12, verify, result, close);
        row.setAlignment(Pos.CENTER_LEFT);
        return row;
    }

    private static StringConverter<String> converter(Function<String, String> label) {
        return new StringConverter<>() {
            @Override
            public String toString(String value) {
                return label.apply(value);
            }

            @Override
            public String fromString(String text) {
                return text; // not editable
            }
        };
    }
}
