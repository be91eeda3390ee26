package de.stadtlage.meeting;

import de.stadtlage.common.Messages;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/** Agenda items on the left; notes and decisions of the selected item on the right. */
final class AgendaPane {

    private final MeetingViewModel model;
    private final ListView<AgendaItem> agenda = new ListView<>();
    private final ListView<Decision> decisions = new ListView<>();
    private final SplitPane root;

    AgendaPane(MeetingViewModel model) {
        this.model = model;
        agenda.setId("agenda-list");
        agenda.setCellFactory(view -> new ListCell<>() {
            {
                // As wide as the list, not as the text: long titles wrap instead of scrolling sideways.
                setWrapText(true);
                setPrefWidth(0);
            }

            @Override
            protected void updateItem(AgendaItem item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : "TOP " + (getIndex() + 1) + "  " + item.title());
            }
        });
        agenda.getSelectionModel().selectedItemProperty().addListener((obs, old, now) -> {
            if (now != null) {
                model.selectAgendaItem(now);
            }
        });
        // Wrapped lines are measured when cells are made: a narrower list (smaller window, moved divider) remakes them.
        agenda.widthProperty().addListener((obs, old, now) -> agenda.refresh());
        decisions.widthProperty().addListener((obs, old, now) -> decisions.refresh());
        decisions.setId("decision-list");
        decisions.setCellFactory(view -> new ListCell<>() {
            {
                setWrapText(true);
                setPrefWidth(0);
            }

            @Override
            protected void updateItem(Decision decision, boolean empty) {
                super.updateItem(decision, empty);
                setText(empty || decision == null ? null : decision.text());
            }
        });
        model.detailsProperty().addListener((obs, old, now) -> refresh(now));
        model.form().agendaItemProperty().addListener((obs, old, now) -> showItem(now));
        // Wide enough for the standard agenda's longest item ("TOP 6  SH – Suchthilfe weiterentwickeln") on one line.
        agenda.setMinWidth(270);
        root = new SplitPane(agenda, itemEditor());
        root.setDividerPositions(0.34);
    }

    Node node() {
        return root;
    }

    private Node itemEditor() {
        TextArea notes = new TextArea();
        notes.setId("agenda-notes");
        notes.setWrapText(true);
        // room for a few lines even at 1024 × 768; the notes and the decisions share what is left
        notes.setPrefRowCount(6);
        notes.setMinHeight(100);
        VBox.setVgrow(notes, Priority.SOMETIMES);
        notes.setPromptText(Messages.get("meeting.notes.prompt"));
        notes.textProperty().bindBidirectional(model.form().notesProperty());
        notes.editableProperty().bind(model.editableBinding());
        // Leaving the field keeps what was typed: nobody has to remember "Notizen speichern".
        notes.focusedProperty().addListener((obs, was, focused) -> {
            if (!focused) {
                model.commitNotes();
            }
        });
        Button save = MeetingView.button("notes-save", "meeting.notes.save", model::saveNotes);
        save.disableProperty().bind(model.editableBinding().not().or(model.form().notesChangedBinding().not()));
        TextField decision = new TextField();
        decision.setId("decision-text");
        decision.setPromptText(Messages.get("meeting.decision.prompt"));
        decision.textProperty().bindBidirectional(model.form().decisionTextProperty());
        HBox.setHgrow(decision, Priority.ALWAYS);
        Button add = MeetingView.button("decision-add", "meeting.decision.add", model::addDecision);
        add.disableProperty().bind(decision.textProperty().isEmpty());
        decision.setOnAction(e -> model.addDecision());
        add.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        HBox decisionRow = new HBox(8, decision, add);
        decisionRow.disableProperty().bind(model.editableBinding().not());
        Label notesLabel = heading("meeting.notes");
        Label decisionsLabel = heading("meeting.decisions");
        VBox.setVgrow(decisions, Priority.ALWAYS);
        VBox box = new VBox(8, notesLabel, notes, save, decisionsLabel, decisions, decisionRow);
        box.getStyleClass().add("meeting-tab");
        return box;
    }

    private static Label heading(String key) {
        Label label = new Label(Messages.get(key));
        label.getStyleClass().add("meeting-subheading");
        return label;
    }

    private void refresh(MeetingDetails details) {
        agenda.getItems().setAll(details == null ? java.util.List.of() : details.agenda());
        showItem(model.form().agendaItemProperty().get());
    }

    private void showItem(AgendaItem item) {
        MeetingDetails details = model.detailsProperty().get();
        if (item != null && !item.equals(agenda.getSelectionModel().getSelectedItem())) {
            agenda.getSelectionModel().select(item);
        }
        decisions.getItems().setAll(details == null ? java.util.List.of() : details.decisionsOf(item));
    }
}
