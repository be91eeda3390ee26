package de.stadtlage.boards;

import de.stadtlage.common.Formats;
import de.stadtlage.common.Messages;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TextArea;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/** Comments of a task (read, and write for those who may) and its history from the audit log. */
final class TaskDetailsDialog extends Dialog<Void> {

    private final ListView<String> comments = new ListView<>();
    private final ListView<String> history = new ListView<>();
    private final BoardViewModel model;
    private final BoardTask task;
    private final ZoneId zone;

    TaskDetailsDialog(BoardViewModel model, CardItem card, ZoneId zone) {
        this.model = model;
        this.task = card.task();
        this.zone = zone;
        setTitle(Messages.get("boards.details.title", task.title()));
        setHeaderText(task.title());
        getDialogPane().setId("task-details");
        getDialogPane().getStyleClass().add("task-details");
        getDialogPane().getButtonTypes().add(ButtonType.CLOSE);
        comments.setId("details-comments");
        comments.setPlaceholder(new Label(Messages.get("boards.details.noComments")));
        history.setId("details-history");
        history.setPlaceholder(new Label(Messages.get("boards.details.noHistory")));
        VBox commentPane = new VBox(10, comments);
        if (card.writable()) {
            commentPane.getChildren().add(commentEditor());
        }
        TabPane tabs = new TabPane(new Tab(Messages.get("boards.details.comments"), commentPane),
                new Tab(Messages.get("boards.details.history"), history));
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        tabs.setPrefSize(640, 420);
        getDialogPane().setContent(tabs);
        load();
    }

    private HBox commentEditor() {
        TextArea text = new TextArea();
        text.setId("details-comment-text");
        text.setPromptText(Messages.get("boards.details.commentPrompt"));
        text.setPrefRowCount(2);
        text.setWrapText(true);
        Button add = new Button(Messages.get("boards.details.addComment"));
        add.setId("details-comment-add");
        add.getStyleClass().add("accent");
        add.disableProperty().bind(text.textProperty().isEmpty());
        add.setOnAction(e -> model.comment(task, text.getText(), () -> {
            text.clear();
            load();
        }));
        HBox box = new HBox(10, text, add);
        HBox.setHgrow(text, Priority.ALWAYS);
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
}
