package de.stadtlage.actions;

import de.stadtlage.app.Page;
import de.stadtlage.boards.Subgroup;
import de.stadtlage.common.Formats;
import de.stadtlage.common.Messages;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.css.PseudoClass;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.Control;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.scene.text.Text;
import javafx.util.StringConverter;

/** The Maßnahmen page: filters on top, the table of all action items, escalated ones first and marked. */
public final class ActionItemsView implements Page {

    private static final PseudoClass ESCALATED = PseudoClass.getPseudoClass("escalated");
    private static final PseudoClass OVERDUE = PseudoClass.getPseudoClass("overdue");

    private final ActionItemsViewModel model;
    private final Function<String, Optional<Path>> chooseTarget;
    private final TableView<ActionItemRow> table = new TableView<>();
    private final VBox root;

    public ActionItemsView(ActionItemsViewModel model, Function<String, Optional<Path>> chooseTarget) {
        this.model = model;
        this.chooseTarget = chooseTarget;
        Label title = new Label(Messages.get("section.massnahmen.title"));
        title.getStyleClass().add("page-title");
        Label count = new Label();
        count.setId("actions-count");
        count.getStyleClass().add("actions-count");
        count.textProperty().bind(model.messageProperty());
        buildTable();
        VBox.setVgrow(table, Priority.ALWAYS);
        root = new VBox(14, title, filters(), table, count);
        root.getStyleClass().add("actions-page");
        root.setId("page-massnahmen");
        root.getStylesheets().add(ActionItemsView.class.getResource("actions.css").toExternalForm());
    }

    @Override
    public Node node() {
        return root;
    }

    @Override
    public void onShow() {
        model.reload();
    }

    private Node filters() {
        ComboBox<ActionStatus> status = new ComboBox<>();
        status.setId("actions-filter-status");
        status.getItems().add(null);
        status.getItems().addAll(ActionStatus.values());
        status.setConverter(converter(s -> Messages.get("actions.status." + s.name().toLowerCase(Locale.ROOT))));
        status.valueProperty().bindBidirectional(model.statusProperty());
        TextField owner = new TextField();
        owner.setId("actions-filter-owner");
        owner.setPromptText(Messages.get("actions.filter.owner"));
        owner.textProperty().bindBidirectional(model.ownerProperty());
        ComboBox<Subgroup> subgroup = new ComboBox<>();
        subgroup.setId("actions-filter-subgroup");
        subgroup.setPromptText(Messages.get("actions.filter.subgroup"));
        model.subgroups().addListener((javafx.collections.ListChangeListener<Subgroup>) c -> {
            subgroup.getItems().setAll(model.subgroups());
            subgroup.getItems().add(0, null);
        });
        subgroup.setConverter(converter(s -> s.code() + " – " + s.name()));
        subgroup.valueProperty().bindBidirectional(model.subgroupProperty());
        CheckBox overdue = new CheckBox(Messages.get("actions.filter.overdue"));
        overdue.setId("actions-filter-overdue");
        overdue.selectedProperty().bindBidirectional(model.overdueOnlyProperty());
        Button change = new Button(Messages.get("actions.status.change"));
        change.setId("actions-change-status");
        change.disableProperty().bind(table.getSelectionModel().selectedItemProperty().isNull());
        change.setVisible(model.mayWrite());
        change.setOnAction(e -> askStatus());
        Button export = new Button(Messages.get("actions.export"));
        export.setId("actions-export");
        export.setOnAction(e -> chooseTarget.apply("Massnahmen-" + model.today() + ".csv")
                .ifPresent(model::exportCsv));
        Label statusLabel = new Label(Messages.get("actions.filter.status"));
        statusLabel.setLabelFor(status);
        HBox statusFilter = new HBox(8, statusLabel, status);
        statusFilter.setAlignment(Pos.CENTER_LEFT);
        for (Control control : new Control[] {statusLabel, status, subgroup, overdue, change, export}) {
            control.setMinWidth(Region.USE_PREF_SIZE);
        }
        owner.setPrefColumnCount(14);
        subgroup.setPrefWidth(260);
        // Filters and commands wrap onto a second line on a narrow window; none is shortened to "…".
        FlowPane bar = new FlowPane(10, 8, statusFilter, owner, subgroup, overdue, change, export);
        bar.setAlignment(Pos.CENTER_LEFT);
        return bar;
    }

    private void askStatus() {
        ActionItemRow row = table.getSelectionModel().getSelectedItem();
        if (row == null || !model.mayWrite()) {
            return;
        }
        ActionStatusDialog dialog = new ActionStatusDialog(row);
        if (root.getScene() != null) {
            dialog.initOwner(root.getScene().getWindow());
            dialog.getDialogPane().getStylesheets().addAll(root.getScene().getStylesheets());
        }
        dialog.showAndWait()
                .ifPresent(c -> model.changeStatus(row, c.status(), c.reason(), c.newDue()));
    }

    private void buildTable() {
        table.setId("actions-table");
        table.setItems(model.rows());
        // Titles, owners and reasons wrap; numbers and dates keep their width; the title takes what is left.
        table.getColumns().add(fixed(column("actions.column.number", 48, r -> String.valueOf(r.item().id()))));
        table.getColumns().add(wrapping(column("actions.column.title", 300, r -> (r.isEscalated()
                ? Messages.get("actions.escalated") + ": " : "") + r.item().title())));
        table.getColumns().add(fixed(wrapping(column("actions.column.owner", 140, r -> r.item().owner()))));
        table.getColumns().add(fixed(column("actions.column.subgroup", 48, r -> r.subgroupCode() == null ? "–"
                : r.subgroupCode())));
        table.getColumns().add(fixed(column("actions.column.due", 104, r -> Formats.date(r.item().dueDate()))));
        table.getColumns().add(fixed(wrapping(column("actions.column.status", 112, r -> ActionItemService.label(
                r.item().status()) + (r.item().statusReason() == null ? "" : ": " + r.item().statusReason())))));
        table.getColumns().add(fixed(column("actions.column.origin", 120, r -> Formats.date(r.originDate()))));
        table.getColumns().add(fixed(column("actions.column.open", 100, ActionItemsView::openFor)));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_ALL_COLUMNS);
        // A double-click or Enter on an item opens it (its status, reason and due date).
        table.setOnMouseClicked(e -> {
            if (e.getButton() == MouseButton.PRIMARY && e.getClickCount() == 2) {
                askStatus();
            }
        });
        table.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER) {
                askStatus();
                e.consume();
            }
        });
        table.setRowFactory(view -> new TableRow<>() {
            @Override
            protected void updateItem(ActionItemRow row, boolean empty) {
                super.updateItem(row, empty);
                pseudoClassStateChanged(ESCALATED, !empty && row != null && row.isEscalated());
                pseudoClassStateChanged(OVERDUE, !empty && row != null && row.isOverdue(model.today()));
            }
        });
    }

    private static <S, T> TableColumn<S, T> fixed(TableColumn<S, T> column) {
        column.setMinWidth(column.getPrefWidth());
        column.setMaxWidth(column.getPrefWidth());
        return column;
    }

    /**
     * Long texts take more lines in their row instead of ending in "…": a text node that wraps at the column's
     * width (a table cell's own text keeps its row one line high).
     */
    private static TableColumn<ActionItemRow, String> wrapping(TableColumn<ActionItemRow, String> column) {
        column.setCellFactory(c -> new TableCell<>() {
            private final Text text = new Text();

            {
                text.getStyleClass().add("table-text");
                text.wrappingWidthProperty().bind(column.widthProperty().subtract(16));
                setPrefHeight(Control.USE_COMPUTED_SIZE);
            }

            @Override
            protected void updateItem(String item, boolean empty) {
                super.updateItem(item, empty);
                text.setText(empty || item == null ? "" : item);
                setText(null);
                setGraphic(empty ? null : text);
            }
        });
        return column;
    }

    private static String openFor(ActionItemRow row) {
        int meetings = row.carryOver().meetingsOpen();
        if (!row.isOpen() || meetings == 0) {
            return "";
        }
        return meetings == 1 ? Messages.get("actions.openMeeting") : Messages.get("actions.openMeetings", meetings);
    }

    private static TableColumn<ActionItemRow, String> column(String key, double width,
                                                              Function<ActionItemRow, String> text) {
        TableColumn<ActionItemRow, String> column = new TableColumn<>(Messages.get(key));
        column.setPrefWidth(width);
        column.setCellValueFactory(cell -> new ReadOnlyStringWrapper(text.apply(cell.getValue())));
        return column;
    }

    static <T> StringConverter<T> converter(Function<T, String> text) {
        return new StringConverter<>() {
            @Override
            public String toString(T value) {
                return value == null ? Messages.get("actions.filter.all") : text.apply(value);
            }

            @Override
            public T fromString(String string) {
                return null;
            }
        };
    }
}
