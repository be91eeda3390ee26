package de.stadtlage.meeting;

import de.stadtlage.actions.ActionItem;
import de.stadtlage.actions.ActionItemService;
import de.stadtlage.boards.Subgroup;
import de.stadtlage.common.Formats;
import de.stadtlage.common.Messages;
import de.stadtlage.common.Titles;
import javafx.beans.binding.Bindings;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Control;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import org.controlsfx.validation.ValidationResult;
import org.controlsfx.validation.ValidationSupport;
import org.controlsfx.validation.decoration.StyleClassValidationDecoration;

/** New action items of this meeting: a short form (usually from a decision) and the list of items created. */
final class ActionItemFormPane {

    private final MeetingViewModel model;
    private final ComboBox<Decision> decision = new ComboBox<>();
    private final ComboBox<Subgroup> subgroup = new ComboBox<>();
    private final ListView<ActionItem> created = new ListView<>();
    private final ValidationSupport validation = new ValidationSupport();
    private final VBox root;

    ActionItemFormPane(MeetingViewModel model) {
        this.model = model;
        created.setId("action-list");
        created.setCellFactory(view -> new ListCell<>() {
            @Override
            protected void updateItem(ActionItem item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : item.title() + " — " + item.owner() + ", "
                        + Messages.get("meeting.action.dueBy", Formats.date(item.dueDate())) + " ("
                        + ActionItemService.label(item.status()) + ")");
            }
        });
        VBox.setVgrow(created, Priority.ALWAYS);
        root = new VBox(12, form(), label("meeting.action.created"), created);
        root.getStyleClass().add("meeting-tab");
        model.detailsProperty().addListener((obs, old, now) -> refresh(now));
    }

    private Node form() {
        MeetingForm form = model.form();
        TextField title = field("action-title", "meeting.action.title.prompt");
        title.textProperty().bindBidirectional(form.actionTitleProperty());
        TextField owner = field("action-owner", "meeting.action.owner.prompt");
        owner.textProperty().bindBidirectional(form.actionOwnerProperty());
        decision.setId("action-decision");
        decision.valueProperty().bindBidirectional(form.actionDecisionProperty());
        decision.setConverter(converter(d -> d.text()));
        decision.setMaxWidth(Double.MAX_VALUE);
        subgroup.setId("action-subgroup");
        subgroup.valueProperty().bindBidirectional(form.actionSubgroupProperty());
        subgroup.setConverter(converter(s -> s.code() + " – " + s.name()));
        DatePicker due = new DatePicker();
        due.setId("action-due");
        due.valueProperty().bindBidirectional(form.actionDueProperty());
        Button add = MeetingView.button("action-add", "meeting.action.add", model::createActionItem);
        // The same rule as the validator, evaluated at once: ControlsFX validates a tick later.
        add.disableProperty().bind(title.textProperty().isEmpty().or(owner.textProperty().isEmpty())
                .or(Bindings.createBooleanBinding(() -> Titles.tooLong(title.getText()), title.textProperty())));
        GridPane grid = new GridPane();
        grid.getStyleClass().add("meeting-form");
        grid.addRow(0, label("meeting.action.decision"), decision);
        grid.addRow(1, label("meeting.action.title"), title);
        grid.addRow(2, label("meeting.action.owner"), owner);
        grid.addRow(3, label("meeting.action.subgroup"), subgroup);
        grid.addRow(4, label("meeting.action.due"), due);
        grid.add(problems(title), 1, 5);
        grid.add(add, 1, 6);
        GridPane.setHgrow(title, Priority.ALWAYS);
        grid.disableProperty().bind(model.editableBinding().not());
        return grid;
    }

    /** A title over the limit is said under the form while typing, not only after "Maßnahme anlegen". */
    private Label problems(TextField title) {
        validation.setValidationDecorator(new StyleClassValidationDecoration());
        validation.registerValidator(title, false, (Control c, String text) ->
                ValidationResult.fromErrorIf(c, Titles.tooLongMessage(), Titles.tooLong(text)));
        Label problems = new Label();
        problems.setId("action-problems");
        problems.getStyleClass().add("form-problem");
        problems.setWrapText(true);
        problems.setMinHeight(Region.USE_PREF_SIZE);
        problems.textProperty().bind(Bindings.createStringBinding(() -> Titles.tooLong(title.getText())
                ? Titles.tooLongMessage() : "", title.textProperty()));
        problems.managedProperty().bind(problems.textProperty().isNotEmpty());
        return problems;
    }

    Node node() {
        return root;
    }

    private void refresh(MeetingDetails details) {
        Decision keepDecision = decision.getValue();
        decision.getItems().setAll(details == null ? java.util.List.of() : details.decisions());
        decision.setValue(keepDecision);
        subgroup.getItems().setAll(details == null ? java.util.List.of() : details.subgroups());
        created.getItems().setAll(details == null ? java.util.List.of() : details.newActionItems());
    }

    private static TextField field(String id, String promptKey) {
        TextField field = new TextField();
        field.setId(id);
        field.setPromptText(Messages.get(promptKey));
        return field;
    }

    private static Label label(String key) {
        Label label = new Label(Messages.get(key));
        label.getStyleClass().add("meeting-subheading");
        label.setMinWidth(Region.USE_PREF_SIZE);
        return label;
    }

    private static <T> StringConverter<T> converter(java.util.function.Function<T, String> text) {
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
