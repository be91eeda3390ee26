package de.stadtlage.boards;

import de.stadtlage.common.Formats;
import de.stadtlage.common.Messages;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import javafx.beans.binding.BooleanExpression;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TextArea;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/**
 * The comments of a task (read, and write for those who may) and its history from the audit log: part of the
 * task's details, so a comment is written where the task is read.
 */
final class TaskDiscussion {

    private final ListView<String> comments = new ListView<>();
    private final ListView<String> history = new ListView<>();
    private final TextArea text = new TextArea();
    private final BoardViewModel model;
    private final BoardTask task;
    private final ZoneId zone;
    private final VBox commentPane;

    TaskDiscussion(BoardViewModel model, CardItem card, ZoneId zone) {
        this.model = model;
        this.task = card.task();
        this.zone = zone;
        comments.setId("details-comments");
        comments.setPlaceholder(new Label(Messages.get("boards.details.noComments")));
        comments.setCellFactory(list -> new WrappingCell());
        history.setId("details-history");
        history.setPlaceholder(new Label(Messages.get("boards.details.noHistory")));
        history.setCellFactory(list -> new WrappingCell());
        VBox.setVgrow(comments, Priority.ALWAYS);
        commentPane = new VBox(10, comments);
        commentPane.getStyleClass().add("task-discussion");
        if (card.writable()) {
            commentPane.getChildren().add(commentEditor());
        }
        load();
    }

    Node comments() {
        return commentPane;
    }

    Node history() {
        return history;
    }

    /** Something typed into the comment field that was not added yet. */
    BooleanExpression draft() {
        return text.textProperty().isNotEmpty();
    }

    /** Field on top, button below on its right: the button keeps its whole label however narrow the window. */
    private Node commentEditor() {
        text.setId("details-comment-text");
        text.setPromptText(Messages.get("boards.details.commentPrompt"));
        text.setPrefRowCount(2);
        text.setWrapText(true);
        Button add = new Button(Messages.get("boards.details.addComment"));
        add.setId("details-comment-add");
        add.getStyleClass().add("accent");
        add.setMinWidth(Region.USE_PREF_SIZE);
        add.disableProperty().bind(text.textProperty().isEmpty());
        add.setOnAction(e -> model.comment(task, text.getText(), () -> {
            text.clear();
            load();
        }));
        VBox box = new VBox(8, text, add);
        box.setAlignment(Pos.CENTER_RIGHT);
        return box;
    }

    private void load() {
        model.details(task.id(), details -> {
            comments.getItems().setAll(details.comments().stream().map(c -> Messages.get("boards.details.commentLine",
                    time(c.createdAt()), c.author(), c.body())).toList());
            history.getItems().setAll(details.history().stream().map(h -> Messages.get("boards.details.historyLine",
                    time(h.at()), h.actor(), h.action(), String.join("; ", h.changes()))).toList());
        });
    }

    private String time(Instant instant) {
        return Formats.dateTime(LocalDateTime.ofInstant(instant, zone));
    }

    /** Long comments and history lines wrap in the list's width instead of running off to the right. */
    private static final class WrappingCell extends ListCell<String> {
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
}
