package de.stadtlage.meeting;

import de.stadtlage.boards.Subgroup;
import java.time.LocalDate;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/** The input fields of the Sitzung page; reset to sensible defaults whenever the meeting's record reloads. */
public final class MeetingForm {

    final StringProperty guestName = new SimpleStringProperty("");
    final ObjectProperty<AgendaItem> agendaItem = new SimpleObjectProperty<>();
    final StringProperty notes = new SimpleStringProperty("");
    final StringProperty decisionText = new SimpleStringProperty("");
    final StringProperty actionTitle = new SimpleStringProperty("");
    final StringProperty actionOwner = new SimpleStringProperty("");
    final ObjectProperty<Subgroup> actionSubgroup = new SimpleObjectProperty<>();
    final ObjectProperty<LocalDate> actionDue = new SimpleObjectProperty<>();
    final ObjectProperty<Decision> actionDecision = new SimpleObjectProperty<>();

    MeetingForm() {
        agendaItem.addListener((obs, old, now) -> notes.set(now == null || now.notes() == null ? "" : now.notes()));
        // an action item usually carries out a decision: its wording is a good first title
        actionDecision.addListener((obs, old, now) -> {
            if (now != null && actionTitle.get().isBlank()) {
                actionTitle.set(now.text());
            }
        });
    }

    /** After a reload: same agenda item (with its fresh notes), empty texts, due date the next meeting. */
    void reset(MeetingDetails details) {
        Integer keep = agendaItem.get() == null ? null : agendaItem.get().id();
        AgendaItem item = details.agenda().stream().filter(a -> a.id().equals(keep)).findFirst()
                .orElse(details.agenda().isEmpty() ? null : details.agenda().get(0));
        agendaItem.set(null);
        agendaItem.set(item);
        decisionText.set("");
        actionTitle.set("");
        actionOwner.set("");
        actionSubgroup.set(null);
        actionDecision.set(null);
        actionDue.set(details.nextMeeting());
    }

    public StringProperty guestNameProperty() {
        return guestName;
    }

    public ObjectProperty<AgendaItem> agendaItemProperty() {
        return agendaItem;
    }

    public StringProperty notesProperty() {
        return notes;
    }

    public StringProperty decisionTextProperty() {
        return decisionText;
    }

    public StringProperty actionTitleProperty() {
        return actionTitle;
    }

    public StringProperty actionOwnerProperty() {
        return actionOwner;
    }

    public ObjectProperty<Subgroup> actionSubgroupProperty() {
        return actionSubgroup;
    }

    public ObjectProperty<LocalDate> actionDueProperty() {
        return actionDue;
    }

    public ObjectProperty<Decision> actionDecisionProperty() {
        return actionDecision;
    }
}
