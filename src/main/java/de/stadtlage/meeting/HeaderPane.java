package de.stadtlage.meeting;

import de.stadtlage.common.Messages;
import javafx.beans.property.StringProperty;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/** The head of the record: start and end time, place, chair, minute-taker. */
final class HeaderPane {

    private final VBox root;

    HeaderPane(MeetingViewModel model) {
        MeetingForm form = model.form();
        GridPane grid = new GridPane();
        grid.getStyleClass().add("meeting-form");
        row(grid, 0, "meeting.header.start", "header-start", form.startProperty());
        row(grid, 1, "meeting.header.end", "header-end", form.endProperty());
        row(grid, 2, "meeting.header.place", "header-place", form.placeProperty());
        row(grid, 3, "meeting.header.chair", "header-chair", form.chairProperty());
        row(grid, 4, "meeting.header.minuteTaker", "header-minute-taker", form.minuteTakerProperty());
        Button save = MeetingView.button("header-save", "meeting.header.save", model::saveHeader);
        grid.add(save, 1, 5);
        grid.disableProperty().bind(model.editableBinding().not());
        root = new VBox(12, grid);
        root.getStyleClass().add("meeting-tab");
    }

    Node node() {
        return root;
    }

    private static void row(GridPane grid, int row, String labelKey, String id, StringProperty value) {
        Label label = new Label(Messages.get(labelKey));
        label.getStyleClass().add("meeting-subheading");
        label.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        TextField field = new TextField();
        field.setId(id);
        field.textProperty().bindBidirectional(value);
        GridPane.setHgrow(field, Priority.ALWAYS);
        grid.addRow(row, label, field);
    }
}
