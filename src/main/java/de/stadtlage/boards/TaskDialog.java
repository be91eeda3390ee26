package de.stadtlage.boards;

import de.stadtlage.access.Person;
import de.stadtlage.common.Messages;
import de.stadtlage.common.Titles;
import de.stadtlage.situation.Area;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;
import javafx.application.Platform;
import javafx.beans.binding.Bindings;
import javafx.scene.Node;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Control;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.util.StringConverter;
import org.controlsfx.validation.Severity;
import org.controlsfx.validation.ValidationResult;
import org.controlsfx.validation.ValidationSupport;
import org.controlsfx.validation.Validator;
import org.controlsfx.validation.decoration.StyleClassValidationDecoration;

/**
 * Create or edit a task. Validation runs while typing (title required, due date not in the past), and the save
 * button stays disabled until the form is valid; the service checks the same rules again.
 */
final class TaskDialog extends Dialog<TaskInput> {

    private record AreaChoice(Integer id, String name) {
    }

    private final TextField title = new TextField();
    private final TextArea description = new TextArea();
    private final ComboBox<TaskPriority> priority = new ComboBox<>();
    private final ComboBox<String> owner = new ComboBox<>();
    private final DatePicker due = new DatePicker();
    private final ComboBox<AreaChoice> area = new ComboBox<>();
    private final TextField blockedReason = new TextField();
    private final ValidationSupport validation = new ValidationSupport();
    private final Label problems = new Label();

    private final TabPane tabs = new TabPane();
    private TaskDiscussion discussion;
    private TaskInput initial;

    /** @param existing the task to edit, or {@code null} for a new one */
    TaskDialog(String heading, BoardTask existing, BoardData data, LocalDate today, boolean writable) {
        setTitle(heading);
        setHeaderText(heading);
        getDialogPane().getStyleClass().add("task-dialog");
        getDialogPane().setId("task-dialog");
        ButtonType save = new ButtonType(Messages.get("boards.dialog.save"), ButtonBar.ButtonData.OK_DONE);
        getDialogPane().getButtonTypes().addAll(save, ButtonType.CANCEL);
        getDialogPane().setContent(form(data));
        fill(existing, data);
        initial = input(data.people());
        LocalDate previousDue = existing == null ? null : existing.dueDate();
        showProblems();
        validation.registerValidator(title, Validator.combine(
                Validator.createEmptyValidator(Messages.get("boards.invalid.titleMissing")),
                (Control c, String text) -> ValidationResult.fromErrorIf(c, Titles.tooLongMessage(), Titles.tooLong(text))));
        validation.registerValidator(due, false, (Control c, LocalDate d) -> ValidationResult.fromErrorIf(c,
                Messages.get("boards.invalid.dueInPast"), dueInPast(d, today, previousDue)));
        validation.registerValidator(priority, Validator.createEmptyValidator(Messages.get("boards.invalid.priorityMissing"),
                Severity.ERROR));
        Node saveButton = getDialogPane().lookupButton(save);
        saveButton.setId("task-dialog-save");
        if (writable) {
            // The same rules as the validators, evaluated at once: ControlsFX validates a tick later.
            saveButton.disableProperty().bind(Bindings.createBooleanBinding(
                    () -> title.getText() == null || title.getText().isBlank() || Titles.tooLong(title.getText())
                            || priority.getValue() == null
                            || dueInPast(due.getValue(), today, previousDue),
                    title.textProperty(), priority.valueProperty(), due.valueProperty()));
        } else {
            // Readers see the task in the same form, but cannot save it.
            saveButton.setDisable(true);
        }
        setResultConverter(button -> button == save ? input(data.people()) : null);
        setOnCloseRequest(e -> {
            if (getResult() == null && writable && hasDraft(data.people()) && !confirmDiscard()) {
                e.consume();
            }
        });
        // Focus the title once the dialog shows (after its own initial focus), so typing starts there.
        setOnShown(e -> Platform.runLater(title::requestFocus));
    }

    /**
     * Shows the task's comments and history beside the form, in the same window.
     *
     * @param showComments opens on the comments (the card's comment button) instead of the form
     */
    TaskDialog withDiscussion(TaskDiscussion taskDiscussion, boolean showComments) {
        this.discussion = taskDiscussion;
        Node form = getDialogPane().getContent();
        tabs.getTabs().setAll(new Tab(Messages.get("boards.details.task"), form),
                new Tab(Messages.get("boards.details.comments"), taskDiscussion.comments()),
                new Tab(Messages.get("boards.details.history"), taskDiscussion.history()));
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        tabs.getSelectionModel().select(showComments ? 1 : 0);
        getDialogPane().setContent(tabs);
        if (showComments) {
            setOnShown(e -> Platform.runLater(() -> getDialogPane().lookup("#details-comment-text").requestFocus()));
        }
        return this;
    }

    /** Typed but not saved: a changed field, or a comment not yet added. */
    private boolean hasDraft(List<Person> people) {
        return !input(people).equals(initial) || discussion != null && discussion.draft().get();
    }

    /** Escape, "Abbrechen" or the window's X would throw typed text away: asked first. */
    private boolean confirmDiscard() {
        ButtonType discard = new ButtonType(Messages.get("boards.discard.yes"), ButtonBar.ButtonData.OK_DONE);
        ButtonType keep = new ButtonType(Messages.get("boards.discard.no"), ButtonBar.ButtonData.CANCEL_CLOSE);
        Alert question = new Alert(Alert.AlertType.CONFIRMATION, Messages.get("boards.discard.text"), discard, keep);
        question.initOwner(getDialogPane().getScene().getWindow());
        question.setTitle(Messages.get("boards.discard.title"));
        question.setHeaderText(Messages.get("boards.discard.title"));
        question.getDialogPane().getStylesheets().setAll(getDialogPane().getStylesheets());
        question.getDialogPane().lookupButton(discard).setId("discard-yes");
        question.getDialogPane().lookupButton(keep).setId("discard-no");
        return question.showAndWait().filter(discard::equals).isPresent();
    }

    /**
     * Problems are shown as text under the form and as a style class on the field. ControlsFX's graphic
     * decorations would wrap the dialog's scene root, which breaks showing a JavaFX 21 dialog.
     */
    private void showProblems() {
        validation.setValidationDecorator(new StyleClassValidationDecoration());
        problems.setId("task-dialog-problems");
        problems.getStyleClass().add("form-problems");
        problems.setWrapText(true);
        problems.setMinHeight(Region.USE_PREF_SIZE);
        // Reasons that appear take lines: the window grows with them, so nothing is cut and the buttons stay inside.
        problems.textProperty().addListener((obs, old, now) -> {
            if (getDialogPane().getScene() != null && getDialogPane().getScene().getWindow() != null) {
                getDialogPane().getScene().getWindow().sizeToScene();
            }
        });
        problems.textProperty().bind(Bindings.createStringBinding(() -> {
            ValidationResult result = validation.getValidationResult();
            return result == null ? "" : result.getErrors().stream().map(m -> m.getText()).distinct()
                    .collect(Collectors.joining("\n"));
        }, validation.validationResultProperty()));
    }

    /** A due date may lie in the past only when it is the date the task already had. */
    private static boolean dueInPast(LocalDate date, LocalDate today, LocalDate previousDue) {
        return date != null && date.isBefore(today) && !Objects.equals(date, previousDue);
    }

    private GridPane form(BoardData data) {
        title.setId("task-title");
        title.setPromptText(Messages.get("boards.dialog.titlePrompt"));
        description.setPrefRowCount(3);
        description.setWrapText(true);
        priority.getItems().setAll(TaskPriority.values());
        priority.setConverter(converter(TaskPriority::label));
        owner.setEditable(true);
        owner.setId("task-owner");
        owner.getItems().setAll(data.people().stream().map(Person::displayName).toList());
        owner.setPromptText(Messages.get("boards.dialog.ownerPrompt"));
        due.setId("task-due");
        due.setPromptText("TT.MM.JJJJ");
        area.getItems().add(new AreaChoice(null, Messages.get("boards.dialog.noArea")));
        for (Area focus : data.focusAreas()) {
            area.getItems().add(new AreaChoice(focus.id(), focus.name()));
        }
        area.setConverter(converter(AreaChoice::name));
        blockedReason.setPromptText(Messages.get("boards.dialog.blockedPrompt"));
        GridPane grid = new GridPane();
        grid.getStyleClass().add("task-form");
        grid.setHgap(12);
        grid.setVgap(10);
        String[] labels = {"title", "description", "priority", "owner", "due", "area", "blocked"};
        Node[] fields = {title, description, priority, owner, due, area, blockedReason};
        for (int i = 0; i < fields.length; i++) {
            Label label = new Label(Messages.get("boards.dialog.field." + labels[i]));
            label.setLabelFor(fields[i]);
            label.setMinWidth(Region.USE_PREF_SIZE);
            grid.addRow(i, label, fields[i]);
            GridPane.setHgrow(fields[i], Priority.ALWAYS);
            if (fields[i] instanceof Control control) {
                control.setMaxWidth(Double.MAX_VALUE);
            }
        }
        grid.add(problems, 1, fields.length);
        grid.setPrefWidth(680);
        return grid;
    }

    private void fill(BoardTask task, BoardData data) {
        if (task == null) {
            priority.setValue(TaskPriority.MITTEL);
            area.setValue(area.getItems().get(0));
            return;
        }
        title.setText(task.title());
        description.setText(task.description());
        priority.setValue(task.priority());
        owner.setValue(data.names().owner(task));
        // The editor shows the value only once the skin exists; the form is compared with it before that.
        owner.getEditor().setText(owner.getValue());
        due.setValue(task.dueDate());
        area.setValue(area.getItems().stream().filter(a -> Objects.equals(a.id(), task.focusAreaId())).findFirst()
                .orElse(area.getItems().get(0)));
        blockedReason.setText(task.blockedReason());
    }

    private TaskInput input(List<Person> people) {
        String ownerName = owner.getEditor().getText() == null ? "" : owner.getEditor().getText().strip();
        Integer personId = people.stream().filter(p -> p.displayName().equals(ownerName)).map(Person::id)
                .findFirst().orElse(null);
        AreaChoice chosen = area.getValue();
        return new TaskInput(title.getText(), description.getText(), priority.getValue(), personId,
                personId == null && !ownerName.isEmpty() ? ownerName : null, due.getValue(),
                chosen == null ? null : chosen.id(), blockedReason.getText());
    }

    private static <T> StringConverter<T> converter(Function<T, String> text) {
        return new StringConverter<>() {
            @Override
            public String toString(T value) {
                return value == null ? "" : text.apply(value);
            }

            @Override
            public T fromString(String string) {
                return null;
            }
        };
    }
}
