package de.stadtlage.meeting;

import de.stadtlage.access.Organisation;
import de.stadtlage.common.Messages;
import de.stadtlage.meeting.MeetingDetails.AttendeeRow;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextField;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/** Attendance: one check box per person of the staff, grouped Stadt / Polizei / Sonstige, plus guests. */
final class AttendancePane {

    private final MeetingViewModel model;
    private final VBox groups = new VBox(14);
    private final VBox root;

    AttendancePane(MeetingViewModel model) {
        this.model = model;
        TextField guest = new TextField();
        guest.setId("guest-name");
        guest.setPromptText(Messages.get("meeting.guest.prompt"));
        guest.textProperty().bindBidirectional(model.form().guestNameProperty());
        HBox.setHgrow(guest, Priority.ALWAYS);
        Button add = MeetingView.button("guest-add", "meeting.guest.add", model::addGuest);
        add.disableProperty().bind(guest.textProperty().isEmpty());
        guest.setOnAction(e -> model.addGuest());
        HBox guestRow = new HBox(8, guest, add);
        guestRow.disableProperty().bind(model.editableBinding().not());
        ScrollPane scroll = new ScrollPane(groups);
        scroll.setFitToWidth(true);
        VBox.setVgrow(scroll, Priority.ALWAYS);
        root = new VBox(12, scroll, guestRow);
        root.getStyleClass().add("meeting-tab");
        model.detailsProperty().addListener((obs, old, now) -> rebuild(now));
    }

    Node node() {
        return root;
    }

    private void rebuild(MeetingDetails details) {
        groups.getChildren().clear();
        if (details == null) {
            return;
        }
        long present = details.attendees().stream().filter(AttendeeRow::present).count();
        Label count = new Label(Messages.get("meeting.attendance.count", present));
        count.setId("attendance-count");
        count.getStyleClass().add("meeting-hint");
        groups.getChildren().add(count);
        for (Organisation organisation : Organisation.values()) {
            FlowPane people = new FlowPane(16, 8);
            for (AttendeeRow row : details.attendees()) {
                if (row.organisation() == organisation) {
                    people.getChildren().add(row.guest() ? guestLabel(row) : checkBox(row));
                }
            }
            if (!people.getChildren().isEmpty()) {
                Label heading = new Label(organisation.label());
                heading.getStyleClass().add("meeting-subheading");
                groups.getChildren().addAll(heading, people);
            }
        }
    }

    private Node checkBox(AttendeeRow row) {
        CheckBox box = new CheckBox(row.unit() == null ? row.name() : row.name() + " (" + row.unit() + ")");
        box.setId("present-" + row.personId());
        box.setSelected(row.present());
        box.disableProperty().bind(model.editableBinding().not());
        box.setOnAction(e -> model.setPresent(row, box.isSelected()));
        return box;
    }

    private static Node guestLabel(AttendeeRow row) {
        Label label = new Label(row.name() + " · " + Messages.get("meeting.guest"));
        label.getStyleClass().add("meeting-guest");
        return label;
    }
}
