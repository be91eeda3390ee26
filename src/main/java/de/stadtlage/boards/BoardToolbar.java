package de.stadtlage.boards;

import de.stadtlage.common.Messages;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Control;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2AL;
import org.kordamp.ikonli.material2.Material2MZ;

/** Board heading, filters and commands (new task, undo, column limits) and the last notice. */
final class BoardToolbar extends VBox {

    private final BoardViewModel model;
    private final Label heading = new Label();
    private final Label description = new Label();
    private final Label readOnly = new Label(Messages.get("boards.readOnly"), new FontIcon(Material2AL.LOCK));
    private final FlowPane filters;
    private final Button create;
    private final Button limits;

    BoardToolbar(BoardViewModel model, Runnable onCreate, Runnable onLimits) {
        this.model = model;
        getStyleClass().add("board-toolbar");
        heading.setId("board-heading");
        heading.getStyleClass().add("board-heading");
        description.getStyleClass().add("board-description");
        description.setWrapText(true);
        TextField search = new TextField();
        search.setId("filter-text");
        search.setPromptText(Messages.get("boards.filter.textPrompt"));
        search.textProperty().bindBidirectional(model.filterTextProperty());
        search.setPrefColumnCount(14);
        search.setMinWidth(140);
        ComboBox<String> owner = new ComboBox<>();
        owner.setId("filter-owner");
        owner.setPromptText(Messages.get("boards.filter.allOwners"));
        owner.setItems(model.owners());
        owner.valueProperty().bindBidirectional(model.filterOwnerProperty());
        Button clearOwner = new Button(null, new FontIcon(Material2AL.CLEAR));
        clearOwner.getStyleClass().add("flat");
        clearOwner.setAccessibleText(Messages.get("boards.filter.clearOwner"));
        clearOwner.setOnAction(e -> owner.setValue(null));
        clearOwner.visibleProperty().bind(owner.valueProperty().isNotNull());
        CheckBox overdue = new CheckBox(Messages.get("boards.filter.overdueOnly"));
        overdue.setId("filter-overdue");
        overdue.selectedProperty().bindBidirectional(model.overdueOnlyProperty());
        Button undo = new Button(Messages.get("boards.action.undo"), new FontIcon(Material2MZ.UNDO));
        undo.setId("board-undo");
        undo.disableProperty().bind(model.canUndoProperty().not());
        undo.setOnAction(e -> model.undo());
        limits = new Button(Messages.get("boards.action.limits"), new FontIcon(Material2MZ.TUNE));
        limits.setId("board-limits");
        limits.setOnAction(e -> onLimits.run());
        create = new Button(Messages.get("boards.action.create"), new FontIcon(Material2AL.ADD));
        create.setId("board-create");
        create.getStyleClass().add("accent");
        create.setOnAction(e -> onCreate.run());
        // Filters and commands keep their full text and wrap onto a second line on a narrow window.
        for (var fixed : new Control[] {overdue, undo, limits, create}) {
            fixed.setMinWidth(Region.USE_PREF_SIZE);
        }
        owner.setPrefWidth(230);
        owner.setMinWidth(230);
        HBox ownerFilter = new HBox(2, owner, clearOwner);
        ownerFilter.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        filters = new FlowPane(10, 8, search, ownerFilter, overdue, undo, limits, create);
        filters.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        filters.getStyleClass().add("board-filters");
        Label notice = new Label();
        notice.setId("board-notice");
        notice.getStyleClass().add("board-notice");
        notice.textProperty().bind(model.noticeProperty());
        readOnly.setId("board-read-only");
        readOnly.getStyleClass().add("read-only-badge");
        heading.setMinWidth(Region.USE_PREF_SIZE);
        readOnly.setMinWidth(Region.USE_PREF_SIZE);
        notice.setWrapText(true);
        notice.setMinHeight(Region.USE_PREF_SIZE);
        HBox headingRow = new HBox(16, heading, readOnly, notice);
        headingRow.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        getChildren().addAll(headingRow, description, filters);
    }

    void refresh() {
        BoardScope scope = model.scopeProperty().get();
        boolean board = scope instanceof BoardScope.Board;
        boolean overview = scope instanceof BoardScope.Overview;
        heading.getStyleClass().removeIf(c -> c.startsWith("sg-"));
        if (overview) {
            heading.setText(Messages.get("boards.overview.heading"));
            description.setText(Messages.get("boards.overview.description"));
        } else if (board) {
            model.currentSubgroup().ifPresent(s -> {
                heading.setText(s.name());
                heading.getStyleClass().add(SubgroupStyles.styleClass(s.id()));
                description.setText(s.description() == null ? "" : s.description());
            });
        } else {
            heading.setText(Messages.get("boards.scope.mine"));
            description.setText(Messages.get("boards.mine.description"));
        }
        filters.setVisible(!overview);
        filters.setManaged(!overview);
        create.setVisible(board);
        create.setManaged(board);
        create.setDisable(!model.canWriteCurrentBoard());
        limits.setVisible(board);
        limits.setManaged(board);
        limits.setDisable(!model.canWriteCurrentBoard());
        // Say why the commands are greyed out instead of leaving the person guessing.
        boolean readOnlyBoard = board && !model.canWriteCurrentBoard();
        readOnly.setVisible(readOnlyBoard);
        readOnly.setManaged(readOnlyBoard);
    }
}
