package de.stadtlage.boards;

import de.stadtlage.common.Messages;
import java.time.ZoneId;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import javafx.css.PseudoClass;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextInputDialog;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.RowConstraints;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

/**
 * The boards page: scope tabs, toolbar with filters, a conflict banner, and either the overview or the four
 * columns. Builds nodes and binds them to the {@link BoardViewModel}; the rules live in the service.
 */
final class BoardView implements CardActions {

    private static final String CSS = Objects.requireNonNull(BoardView.class.getResource("boards.css")).toExternalForm();
    private static final String APP_CSS =
            Objects.requireNonNull(BoardView.class.getResource("/de/stadtlage/app/app.css")).toExternalForm();

    private static final PseudoClass WIDE = PseudoClass.getPseudoClass("wide");
    private static final PseudoClass NARROW = PseudoClass.getPseudoClass("narrow");
    private static final PseudoClass TIGHT = PseudoClass.getPseudoClass("tight");

    private final BoardViewModel model;
    private final ZoneId zone;
    private final BorderPane root = new BorderPane();
    private final Map<TaskStatus, BoardColumnView> columns = new EnumMap<>(TaskStatus.class);
    private final GridPane board = new GridPane();
    private final OverviewView overview;
    private final StackPane center = new StackPane();
    private final ScopeBar scopeBar;
    private final BoardToolbar toolbar;
    private String subgroupSheet;

    BoardView(BoardViewModel model, ZoneId zone) {
        this.model = model;
        this.zone = zone;
        root.getStyleClass().add("boards-page");
        root.setId("page-untergruppen");
        root.getStylesheets().add(CSS);
        scopeBar = new ScopeBar(model);
        toolbar = new BoardToolbar(model, this::createTask, this::editLimits);
        overview = new OverviewView(id -> model.scopeProperty().set(new BoardScope.Board(id)));
        buildBoard();
        model.setBlockedReasonPrompt(this::askBlockedReason);
        root.setTop(new VBox(scopeBar, toolbar, conflictBanner()));
        root.setCenter(center);
        model.revisionProperty().addListener((obs, old, now) -> refresh());
        model.dataProperty().addListener((obs, old, now) -> applySubgroupColours(now.subgroups()));
        model.focusTaskProperty().addListener((obs, old, id) -> focusCard(id));
        // Poll for other users' changes only while the board is on a showing window.
        root.sceneProperty().flatMap(Scene::windowProperty).flatMap(Window::showingProperty)
                .orElse(false).addListener((obs, was, showing) -> {
                    if (showing) {
                        model.startWatching();
                    } else {
                        model.stopWatching();
                    }
                });
        // On a wide screen (a projector at 1920 px) the board has room for larger text.
        root.widthProperty().addListener((obs, old, width) -> {
            root.pseudoClassStateChanged(WIDE, width.doubleValue() >= 1500);
            // Four columns in little room: tighter spacing, and below 1000 px smaller titles, so no word is cut.
            root.pseudoClassStateChanged(NARROW, width.doubleValue() > 0 && width.doubleValue() < 1200);
            root.pseudoClassStateChanged(TIGHT, width.doubleValue() > 0 && width.doubleValue() < 1000);
        });
        root.addEventHandler(KeyEvent.KEY_PRESSED, e -> {
            if (new KeyCodeCombination(KeyCode.Z, KeyCombination.SHORTCUT_DOWN).match(e) && model.canUndoProperty().get()) {
                model.undo();
                e.consume();
            }
        });
        refresh();
    }

    Node node() {
        return root;
    }

    private void buildBoard() {
        board.getStyleClass().add("board-columns");
        board.setId("board-columns");
        for (TaskStatus status : TaskStatus.values()) {
            ColumnConstraints constraint = new ColumnConstraints();
            constraint.setPercentWidth(100.0 / TaskStatus.values().length);
            constraint.setHgrow(Priority.ALWAYS);
            board.getColumnConstraints().add(constraint);
            BoardColumnView column = new BoardColumnView(status, model, this);
            column.setMaxHeight(Double.MAX_VALUE);
            columns.put(status, column);
            board.add(column, status.ordinal(), 0);
        }
        RowConstraints row = new RowConstraints();
        row.setVgrow(Priority.ALWAYS);
        board.getRowConstraints().add(row);
    }

    private Node conflictBanner() {
        Label message = new Label();
        message.setId("conflict-message");
        message.setWrapText(true);
        message.textProperty().bind(model.conflictProperty());
        Button reload = new Button(Messages.get("boards.conflict.reload"));
        reload.setId("conflict-reload");
        reload.getStyleClass().add("accent");
        reload.setOnAction(e -> model.reloadAfterConflict());
        HBox.setHgrow(message, Priority.ALWAYS);
        HBox banner = new HBox(16, message, reload);
        banner.getStyleClass().add("conflict-banner");
        banner.setId("conflict-banner");
        banner.visibleProperty().bind(model.conflictProperty().isNotNull());
        banner.managedProperty().bind(banner.visibleProperty());
        return banner;
    }

    private void refresh() {
        BoardScope scope = model.scopeProperty().get();
        if (scope instanceof BoardScope.Overview) {
            overview.show(model.summaries());
            center.getChildren().setAll(overview);
        } else {
            Map<TaskStatus, List<CardItem>> cards = model.columnsProperty().get();
            boolean mixed = scope instanceof BoardScope.MyTasks;
            columns.forEach((status, column) -> column.show(cards.getOrDefault(status, List.of()), mixed));
            center.getChildren().setAll(board);
        }
        scopeBar.refresh();
        toolbar.refresh();
        focusCard(model.focusTaskProperty().get());
    }

    private void applySubgroupColours(List<Subgroup> subgroups) {
        String sheet = SubgroupStyles.stylesheet(subgroups);
        if (!sheet.equals(subgroupSheet)) {
            if (subgroupSheet != null) {
                root.getStylesheets().remove(subgroupSheet);
            }
            root.getStylesheets().add(sheet);
            subgroupSheet = sheet;
        }
    }

    private void focusCard(Integer taskId) {
        if (taskId == null) {
            return;
        }
        for (BoardColumnView column : columns.values()) {
            TaskCard card = column.find(taskId);
            if (card != null) {
                card.requestFocus();
                return;
            }
        }
    }

    private void createTask() {
        model.currentSubgroup().ifPresent(subgroup -> {
            TaskDialog dialog = new TaskDialog(Messages.get("boards.dialog.createTitle", subgroup.name()), null,
                    model.dataProperty().get(), model.today(), true);
            owned(dialog).showAndWait().ifPresent(input -> model.create(subgroup.id(), TaskStatus.OFFEN, input, () -> { }));
        });
    }

    private void editLimits() {
        model.currentSubgroup().ifPresent(subgroup -> owned(new WipLimitDialog(subgroup,
                model.dataProperty().get().limits(subgroup.id()))).showAndWait()
                .ifPresent(limits -> model.setWipLimits(subgroup.id(), limits)));
    }

    private Optional<String> askBlockedReason(BoardTask task) {
        TextInputDialog dialog = new TextInputDialog();
        dialog.setTitle(Messages.get("boards.blocked.title"));
        dialog.setHeaderText(Messages.get("boards.blocked.question", task.title()));
        dialog.setContentText(Messages.get("boards.dialog.field.blocked"));
        dialog.getDialogPane().setId("blocked-dialog");
        return owned(dialog).showAndWait();
    }

    @Override
    public void edit(CardItem card) {
        showDetails(card, false);
    }

    @Override
    public void details(CardItem card) {
        showDetails(card, true);
    }

    /** The task with its comments and history in one window; saving applies the form. */
    private void showDetails(CardItem card, boolean showComments) {
        String heading = Messages.get(card.writable() ? "boards.dialog.editTitle" : "boards.dialog.viewTitle");
        TaskDialog dialog = new TaskDialog(heading, card.task(), model.dataProperty().get(), model.today(), card.writable())
                .withDiscussion(new TaskDiscussion(model, card, zone), showComments);
        owned(dialog).showAndWait().ifPresent(input -> model.edit(card.task(), input, () -> { }));
    }

    @Override
    public void archive(CardItem card) {
        model.archive(card.task());
    }

    @Override
    public void delete(CardItem card) {
        model.delete(card.task());
    }

    private <T extends Dialog<?>> T owned(T dialog) {
        if (root.getScene() != null && root.getScene().getWindow() != null) {
            dialog.initOwner(root.getScene().getWindow());
        }
        // Dialogs have their own scene: they need the app's variables as well as the boards' styles.
        dialog.getDialogPane().getStylesheets().addAll(APP_CSS, CSS);
        return dialog;
    }
}
