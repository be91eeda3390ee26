package de.stadtlage.boards;

import de.stadtlage.common.Messages;
import java.util.List;
import java.util.Locale;
import javafx.css.PseudoClass;
import javafx.scene.SnapshotParameters;
import javafx.scene.image.Image;
import javafx.scene.paint.Color;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Label;
import javafx.scene.control.MenuItem;
import javafx.scene.control.ScrollPane;
import javafx.scene.input.ClipboardContent;
import javafx.scene.input.DragEvent;
import javafx.scene.input.Dragboard;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseButton;
import javafx.scene.input.TransferMode;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/**
 * One column of a board: header with count and limit warning, the cards, drag and drop onto it, and the keyboard
 * moves of its cards (Ctrl+arrows).
 */
final class BoardColumnView extends VBox {

    static final PseudoClass OVER_LIMIT = PseudoClass.getPseudoClass("over-limit");
    static final PseudoClass DROP_TARGET = PseudoClass.getPseudoClass("drop-target");
    private static final String DRAG_PREFIX = "stadtlage-task:";

    private final TaskStatus status;
    private final BoardViewModel model;
    private final CardActions actions;
    private final Label count = new Label();
    private final Label warning = new Label();
    private final VBox cards = new VBox();

    BoardColumnView(TaskStatus status, BoardViewModel model, CardActions actions) {
        this.status = status;
        this.model = model;
        this.actions = actions;
        String key = status.name().toLowerCase(Locale.ROOT);
        setId("column-" + key);
        getStyleClass().addAll("board-column", "column-" + key);
        Label title = new Label(status.label());
        title.getStyleClass().add("column-title");
        count.getStyleClass().add("column-count");
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox header = new HBox(8, title, spacer, count);
        header.getStyleClass().add("column-header");
        warning.getStyleClass().add("column-warning");
        warning.setWrapText(true);
        cards.getStyleClass().add("column-cards");
        ScrollPane scroll = new ScrollPane(cards);
        scroll.setFitToWidth(true);
        scroll.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        scroll.getStyleClass().add("column-scroll");
        VBox.setVgrow(scroll, Priority.ALWAYS);
        getChildren().addAll(header, warning, scroll);
        setOnDragOver(this::dragOver);
        setOnDragExited(e -> pseudoClassStateChanged(DROP_TARGET, false));
        setOnDragDropped(this::dropped);
    }

    void show(List<CardItem> items, boolean showSubgroup) {
        cards.getChildren().clear();
        for (CardItem item : items) {
            cards.getChildren().add(card(item, showSubgroup));
        }
        if (items.isEmpty()) {
            Label empty = new Label(Messages.get("boards.column.empty"));
            empty.getStyleClass().add("column-empty");
            cards.getChildren().add(empty);
        }
        int size = model.columnSize(status);
        Integer limit = model.wipLimit(status);
        count.setText(limit == null ? String.valueOf(size) : Messages.get("boards.column.countOfLimit", size, limit));
        boolean over = model.overLimit(status);
        pseudoClassStateChanged(OVER_LIMIT, over);
        warning.setText(over ? Messages.get("boards.column.overLimit", limit) : "");
        warning.setVisible(over);
        warning.setManaged(over);
    }

    TaskCard find(int taskId) {
        return cards.getChildren().stream().filter(n -> n instanceof TaskCard c && c.item().id() == taskId)
                .map(TaskCard.class::cast).findFirst().orElse(null);
    }

    private TaskCard card(CardItem item, boolean showSubgroup) {
        TaskCard card = new TaskCard(item, showSubgroup, () -> actions.details(item));
        if (item.writable()) {
            card.setOnDragDetected(e -> {
                Dragboard board = card.startDragAndDrop(TransferMode.MOVE);
                ClipboardContent content = new ClipboardContent();
                content.putString(DRAG_PREFIX + item.id());
                board.setContent(content);
                // The card itself follows the pointer, not the system's document icon.
                board.setDragView(dragImage(card), e.getX(), e.getY());
                e.consume();
            });
        }
        card.setOnMouseClicked(e -> {
            card.requestFocus();
            if (e.getButton() == MouseButton.PRIMARY && e.getClickCount() == 2) {
                actions.edit(item);
            }
        });
        card.addEventHandler(KeyEvent.KEY_PRESSED, e -> keyPressed(e, item));
        card.setOnContextMenuRequested(e -> contextMenu(item).show(card, e.getScreenX(), e.getScreenY()));
        return card;
    }

    /** What follows the pointer while a card is dragged: a picture of the card as it looks on the board. */
    static Image dragImage(TaskCard card) {
        SnapshotParameters parameters = new SnapshotParameters();
        parameters.setFill(Color.TRANSPARENT);
        return card.snapshot(parameters, null);
    }

    private void keyPressed(KeyEvent e, CardItem item) {
        if (e.isShortcutDown() && item.writable()) {
            int column = e.getCode() == KeyCode.LEFT ? -1 : e.getCode() == KeyCode.RIGHT ? 1 : 0;
            int row = e.getCode() == KeyCode.UP ? -1 : e.getCode() == KeyCode.DOWN ? 1 : 0;
            if (column != 0 || row != 0) {
                model.moveByKey(item.id(), column, row);
                e.consume();
            }
        } else if (e.getCode() == KeyCode.ENTER) {
            actions.edit(item);
            e.consume();
        } else if (e.getCode() == KeyCode.DELETE && item.writable()) {
            actions.archive(item);
            e.consume();
        }
    }

    private ContextMenu contextMenu(CardItem item) {
        MenuItem edit = new MenuItem(Messages.get(item.writable() ? "boards.action.edit" : "boards.action.view"));
        edit.setOnAction(e -> actions.edit(item));
        MenuItem details = new MenuItem(Messages.get("boards.action.details"));
        details.setOnAction(e -> actions.details(item));
        MenuItem archive = new MenuItem(Messages.get("boards.action.archive"));
        archive.setOnAction(e -> actions.archive(item));
        MenuItem delete = new MenuItem(Messages.get("boards.action.delete"));
        delete.setOnAction(e -> actions.delete(item));
        archive.setDisable(!item.writable());
        delete.setDisable(!item.writable());
        return new ContextMenu(edit, details, archive, delete);
    }

    private void dragOver(DragEvent e) {
        if (draggedTaskId(e.getDragboard()) != null) {
            e.acceptTransferModes(TransferMode.MOVE);
            pseudoClassStateChanged(DROP_TARGET, true);
        }
        e.consume();
    }

    private void dropped(DragEvent e) {
        Integer taskId = draggedTaskId(e.getDragboard());
        if (taskId != null) {
            double y = cards.sceneToLocal(e.getSceneX(), e.getSceneY()).getY();
            int slot = 0;
            for (var node : cards.getChildren()) {
                if (node instanceof TaskCard && node.getBoundsInParent().getCenterY() < y) {
                    slot++;
                }
            }
            model.move(taskId, status, slot);
        }
        pseudoClassStateChanged(DROP_TARGET, false);
        e.setDropCompleted(taskId != null);
        e.consume();
    }

    private static Integer draggedTaskId(Dragboard board) {
        if (board.hasString() && board.getString().startsWith(DRAG_PREFIX)) {
            try {
                return Integer.valueOf(board.getString().substring(DRAG_PREFIX.length()));
            } catch (NumberFormatException e) {
                return null;
            }
        }
        return null;
    }
}
