package de.stadtlage.meeting;

import de.stadtlage.boards.Subgroup;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/** The input fields of the Sitzung page; reset to sensible defaults whenever the meeting's record reloads. */
public final class MeetingForm {

    final StringProperty start = new SimpleStringProperty("");
    final StringProperty end = new SimpleStringProperty("");
    final StringProperty place = new SimpleStringProperty("");
    final StringProperty chair = new SimpleStringProperty("");
    final StringProperty minuteTaker = new SimpleStringProperty("");
    final StringProperty guestName = new SimpleStringProperty("");
    final ObjectProperty<AgendaItem> agendaItem = new SimpleObjectProperty<>();
    final StringProperty notes = new SimpleStringProperty("");
    /** The notes of the shown agenda item as stored: what {@link #notes} is compared with to find a draft. */
    private final StringProperty storedNotes = new SimpleStringProperty("");
    /** See {@link #refusedNotes}: by agenda item id, until that item is shown again. */
    private final Map<Integer, String> refusedDrafts = new HashMap<>();
    private final BooleanBinding notesChanged = Bindings.createBooleanBinding(
            () -> !plain(notes.get()).equals(plain(storedNotes.get())), notes, storedNotes);
    final StringProperty decisionText = new SimpleStringProperty("");
    final StringProperty actionTitle = new SimpleStringProperty("");
    final StringProperty actionOwner = new SimpleStringProperty("");
    final ObjectProperty<Subgroup> actionSubgroup = new SimpleObjectProperty<>();
    final ObjectProperty<LocalDate> actionDue = new SimpleObjectProperty<>();
    final ObjectProperty<Decision> actionDecision = new SimpleObjectProperty<>();

    MeetingForm() {
        agendaItem.addListener((obs, old, now) -> {
            String stored = now == null || now.notes() == null ? "" : now.notes();
            storedNotes.set(stored);
            String refused = now == null ? null : refusedDrafts.remove(now.id());
            notes.set(refused == null ? stored : stored.isBlank() ? refused : stored + "\n\n" + refused);
        });
        // an action item usually carries out a decision: its wording is a good first title
        actionDecision.addListener((obs, old, now) -> {
            if (now != null && actionTitle.get().isBlank()) {
                actionTitle.set(now.text());
            }
        });
    }

    /**
     * After a reload: same agenda item (with its fresh notes, or the draft typed since the last save), empty texts,
     * due date the next meeting.
     */
    void reset(MeetingDetails details) {
        Meeting meeting = details.meeting();
        start.set(meeting.startTime() == null ? "" : meeting.startTime().toString());
        end.set(meeting.endTime() == null ? "" : meeting.endTime().toString());
        place.set(meeting.place() == null ? "" : meeting.place());
        chair.set(meeting.chair() == null ? "" : meeting.chair());
        minuteTaker.set(meeting.minuteTaker() == null ? "" : meeting.minuteTaker());
        Integer keep = agendaItem.get() == null ? null : agendaItem.get().id();
        AgendaItem item = details.agenda().stream().filter(a -> a.id().equals(keep)).findFirst()
                .orElse(details.agenda().isEmpty() ? null : details.agenda().get(0));
        String draft = null;
        if (item != null && item.id().equals(keep) && notesChanged.get()) {
            if (refusedDrafts.containsKey(keep)) {
                // the refused text and whatever was typed since: shown below the fresh notes
                refusedDrafts.put(keep, notes.get());
            } else {
                draft = notes.get();
            }
        }
        agendaItem.set(null);
        agendaItem.set(item);
        if (draft != null) {
            notes.set(draft);
        }
        decisionText.set("");
        actionTitle.set("");
        actionOwner.set("");
        actionSubgroup.set(null);
        actionDecision.set(null);
        actionDue.set(details.nextMeeting());
    }

    /** The notes field differs from the stored notes of its agenda item (blanks at the ends do not count). */
    public BooleanBinding notesChangedBinding() {
        return notesChanged;
    }

    /**
     * Notes refused because someone else saved theirs meanwhile: when {@code item} is shown next (at once after the
     * reload, or after coming back from another meeting), its field shows the fresh notes first and {@code draft}
     * below them, still unsaved, so nothing typed is lost.
     */
    void refusedNotes(AgendaItem item, String draft) {
        refusedDrafts.put(item.id(), draft);
    }

    /** Records that {@code text} is now what is stored for the shown agenda item. */
    void notesStored(String text) {
        storedNotes.set(text == null ? "" : text);
    }

    String storedNotes() {
        return storedNotes.get();
    }

    private static String plain(String text) {
        return text == null ? "" : text.strip();
    }

    /** The header fields as a value; times as HH:mm, empty for none. */
    MeetingHeader header() {
        return new MeetingHeader(time(start.get()), time(end.get()), place.get(), chair.get(), minuteTaker.get());
    }

    private static java.time.LocalTime time(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return java.time.LocalTime.parse(text.strip().length() == 4 ? "0" + text.strip() : text.strip());
        } catch (java.time.format.DateTimeParseException e) {
            throw new de.stadtlage.common.UserMessage("„" + text + "“ ist keine Uhrzeit. Bitte im Format HH:mm"
                    + " eingeben, z. B. 10:00.", e);
        }
    }

    public StringProperty startProperty() {
        return start;
    }

    public StringProperty endProperty() {
        return end;
    }

    public StringProperty placeProperty() {
        return place;
    }

    public StringProperty chairProperty() {
        return chair;
    }

    public StringProperty minuteTakerProperty() {
        return minuteTaker;
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
