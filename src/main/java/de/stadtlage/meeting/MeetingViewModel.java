package de.stadtlage.meeting;

import de.stadtlage.actions.ActionItemService;
import de.stadtlage.boards.Subgroup;
import de.stadtlage.common.ConflictException;
import de.stadtlage.common.DialogService;
import de.stadtlage.common.Messages;
import de.stadtlage.common.TaskRunner;
import de.stadtlage.meeting.MeetingDetails.AttendeeRow;
import de.stadtlage.meeting.minutes.MinutesExporter;
import de.stadtlage.persistence.Database;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.concurrent.Task;

/**
 * The Sitzung page's state and commands: the list of meetings, the selected meeting's record, and the actions of
 * the minute-taker (attendance, notes, decisions, action items, closing, PDF export). Writes and loads run through
 * the {@link TaskRunner}; results are applied when a task succeeds.
 */
public final class MeetingViewModel {

    private final Database database;
    private final MeetingService meetings;
    private final ActionItemService actions;
    private final Supplier<MinutesExporter> exporter;
    private final TaskRunner runner;
    private final DialogService dialogs;
    private final boolean mayWrite;

    private final ObservableList<Meeting> meetingList = FXCollections.observableArrayList();
    private final ObjectProperty<Meeting> selected = new SimpleObjectProperty<>();
    private final ReadOnlyObjectWrapper<MeetingDetails> details = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyBooleanWrapper exporting = new ReadOnlyBooleanWrapper();
    private final ReadOnlyDoubleWrapper exportProgress = new ReadOnlyDoubleWrapper(0);
    private final StringProperty message = new SimpleStringProperty("");
    private final MeetingForm form = new MeetingForm();
    private final AgendaNotes notes;

    public MeetingViewModel(Database database, MeetingService meetings, ActionItemService actions,
                            Supplier<MinutesExporter> exporter, boolean mayWrite, TaskRunner runner,
                            DialogService dialogs) {
        this.database = database;
        this.meetings = meetings;
        this.actions = actions;
        this.exporter = exporter;
        this.mayWrite = mayWrite;
        this.runner = runner;
        this.dialogs = dialogs;
        this.notes = new AgendaNotes(meetings, form, runner, dialogs, () -> editableBinding().get(), message::set,
                this::reloadDetails);
        selected.addListener((obs, old, now) -> {
            commitNotes();
            loadDetails(now);
        });
    }

    /** Reloads the list of meetings and keeps (or makes) a selection. */
    public void reload() {
        Integer keep = selected.get() == null ? null : selected.get().id();
        run(task(() -> new MeetingRepository(database.dsl()).list()), list -> {
            meetingList.setAll(list);
            Meeting again = list.stream().filter(m -> m.id().equals(keep)).findFirst()
                    .orElse(list.isEmpty() ? null : list.get(0));
            if (again != null && again.equals(selected.get())) {
                loadDetails(again);
            } else {
                selected.set(again);
            }
        });
    }

    private void loadDetails(Meeting meeting) {
        if (meeting == null) {
            details.set(null);
            return;
        }
        run(task(() -> MeetingDetails.load(database.dsl(), meeting)), loaded -> {
            details.set(loaded);
            form.reset(loaded);
        });
    }

    /** One week after the newest meeting, or today when there is none. */
    public LocalDate proposedDate() {
        return meetingList.isEmpty() ? LocalDate.now() : meetingList.get(0).date().plusWeeks(1);
    }

    /**
     * Why a meeting cannot be planned on {@code date} (the day is taken, or lies on or before the last closed
     * meeting), or an empty text; the service checks the same again.
     */
    public String planProblem(LocalDate date) {
        if (meetingList.stream().anyMatch(m -> m.date().equals(date))) {
            return Messages.get("meeting.plan.taken", de.stadtlage.common.Formats.date(date));
        }
        return meetingList.stream().filter(m -> m.status() == MeetingStatus.ABGESCHLOSSEN).map(Meeting::date)
                .max(LocalDate::compareTo).filter(closed -> !date.isAfter(closed))
                .map(closed -> Messages.get("meeting.plan.afterClosed", de.stadtlage.common.Formats.date(closed)))
                .orElse("");
    }

    /** Plans a meeting on the date, at the last meeting's time and place and with its chair and minute-taker. */
    public void plan(LocalDate date) {
        Meeting last = meetingList.isEmpty() ? null : meetingList.get(0);
        write(() -> {
            Meeting planned = meetings.plan(date, last == null ? null : last.startTime(),
                    last == null ? null : last.place(), last == null ? null : last.chair(),
                    last == null ? null : last.minuteTaker());
            return Messages.get("meeting.planned", planned.isoWeekLabel(),
                    de.stadtlage.common.Formats.date(planned.date()));
        }, () -> {
            selected.set(null);
            reload();
            meetingList.stream().filter(m -> m.date().equals(date)).findFirst().ifPresent(selected::set);
        });
    }

    /** Saves times, place, chair and minute-taker. */
    public void saveHeader() {
        Meeting seen = current().meeting();
        MeetingHeader header;
        try {
            header = form.header();
        } catch (de.stadtlage.common.UserMessage e) {
            dialogs.showError(Messages.get("meeting.error.title"), e.getMessage(), e);
            return;
        }
        write(() -> {
            meetings.updateHeader(seen, header);
            return Messages.get("meeting.headerSaved");
        }, this::reload);
    }

    public void start() {
        int id = current().meeting().id();
        write(() -> {
            meetings.start(id);
            return Messages.get("meeting.started");
        }, this::reload);
    }

    /** Closes after a confirmation; afterwards only addenda are possible. */
    public void close() {
        MeetingDetails now = current();
        if (!dialogs.confirm(Messages.get("meeting.close.title"), Messages.get("meeting.close.question",
                de.stadtlage.common.Formats.date(now.meeting().date())))) {
            return;
        }
        write(() -> {
            meetings.close(now.meeting().id());
            return Messages.get("meeting.closed");
        }, this::reload);
    }

    public void setPresent(AttendeeRow row, boolean present) {
        int id = current().meeting().id();
        write(() -> {
            meetings.setPresent(id, row, present);
            return "";
        }, this::reloadDetails);
    }

    public void addGuest() {
        int id = current().meeting().id();
        String name = form.guestName.get();
        write(() -> {
            meetings.addGuest(id, name, de.stadtlage.access.Organisation.SONSTIGE);
            form.guestName.set("");
            return Messages.get("meeting.guestAdded", name.strip());
        }, this::reloadDetails);
    }

    /** "Notizen speichern": writes the notes if they changed (nothing is written when they did not). */
    public void saveNotes() {
        commitNotes();
    }

    /** Shows another agenda item; the notes typed under the current one are saved first. */
    public void selectAgendaItem(AgendaItem item) {
        if (item == null || item.equals(form.agendaItem.get())) {
            return;
        }
        commitNotes();
        form.agendaItem.set(item);
    }

    /**
     * Saves the notes of the shown agenda item when they differ from the stored ones: when another item or meeting
     * is chosen, the field loses focus, or before the PDF. One write per change, none without one.
     */
    public void commitNotes() {
        notes.commit(() -> { });
    }

    /**
     * When the window closes: changed notes are written right away on this thread, because background work ends
     * with the app.
     */
    public void saveNotesNow() {
        notes.saveNow();
    }

    public void addDecision() {
        int id = current().meeting().id();
        AgendaItem item = form.agendaItem.get();
        String text = form.decisionText.get();
        write(() -> {
            meetings.addDecision(id, item == null ? null : item.id(), text);
            return Messages.get("meeting.decisionAdded");
        }, this::reloadDetails);
    }

    public void createActionItem() {
        int id = current().meeting().id();
        Decision decision = form.actionDecision.get();
        Subgroup subgroup = form.actionSubgroup.get();
        String title = form.actionTitle.get();
        String owner = form.actionOwner.get();
        LocalDate due = form.actionDue.get();
        write(() -> {
            actions.create(id, decision == null ? null : decision.id(), subgroup == null ? null : subgroup.id(),
                    title, owner, due);
            return Messages.get("meeting.actionAdded", title.strip());
        }, this::reloadDetails);
    }

    public void addAddendum(String text) {
        int id = current().meeting().id();
        write(() -> {
            meetings.addAddendum(id, text);
            return Messages.get("meeting.addendumAdded");
        }, this::reloadDetails);
    }

    /**
     * Saves changed notes, then renders the minutes off the FX thread with progress; {@code done} gets the file
     * afterwards.
     */
    public void exportMinutes(Path target, Consumer<Path> done) {
        notes.commit(() -> renderMinutes(target, done));
    }

    private void renderMinutes(Path target, Consumer<Path> done) {
        LocalDate date = current().meeting().date();
        Task<Path> task = new Task<>() {
            @Override
            protected Path call() throws Exception {
                updateProgress(0.1, 1);
                MinutesExporter minutes = exporter.get();
                var row = minutes.find(date.toString(), date).orElseThrow();
                updateProgress(0.3, 1);
                minutes.export(row, target);
                updateProgress(1, 1);
                return target;
            }
        };
        exportProgress.bind(task.progressProperty());
        exporting.set(true);
        task.setOnSucceeded(e -> {
            finishExport();
            message.set(Messages.get("meeting.exported", target.getFileName()));
            done.accept(task.getValue());
        });
        task.setOnFailed(e -> {
            finishExport();
            dialogs.showError(Messages.get("meeting.export.failed"), task.getException().getMessage(),
                    task.getException());
        });
        runner.run(task);
    }

    private void finishExport() {
        exportProgress.unbind();
        exporting.set(false);
    }

    private MeetingDetails current() {
        return details.get();
    }

    private void reloadDetails() {
        loadDetails(selected.get());
    }

    private void write(Work work, Runnable afterwards) {
        run(task(work::run), text -> {
            if (!text.isEmpty()) {
                message.set(text);
            }
            afterwards.run();
        });
    }

    @FunctionalInterface
    private interface Work {
        String run();
    }

    private static <T> Task<T> task(Supplier<T> work) {
        return new Task<>() {
            @Override
            protected T call() {
                return work.get();
            }
        };
    }

    private <T> void run(Task<T> task, Consumer<T> onSuccess) {
        task.setOnSucceeded(e -> onSuccess.accept(task.getValue()));
        task.setOnFailed(e -> {
            if (showFailure(dialogs, task.getException())) {
                // someone else saved meanwhile: show what is stored now, so the change can be made on top of it
                reload();
            }
        });
        runner.run(task);
    }

    /** Shows a failed write; true when it was refused because someone else saved meanwhile (then reload). */
    static boolean showFailure(DialogService dialogs, Throwable error) {
        boolean conflict = error instanceof ConflictException;
        dialogs.showError(Messages.get(conflict ? "conflict.title" : "meeting.error.title"), error.getMessage(), error);
        return conflict;
    }

    public ObservableList<Meeting> meetings() {
        return meetingList;
    }

    public ObjectProperty<Meeting> selectedProperty() {
        return selected;
    }

    public ReadOnlyObjectProperty<MeetingDetails> detailsProperty() {
        return details.getReadOnlyProperty();
    }

    /** The selected meeting can be edited: it is not closed and the user may write meetings. */
    public BooleanBinding editableBinding() {
        return Bindings.createBooleanBinding(() -> mayWrite && details.get() != null && !details.get().closed(),
                details);
    }

    public boolean mayWrite() {
        return mayWrite;
    }

    public ReadOnlyBooleanProperty exportingProperty() {
        return exporting.getReadOnlyProperty();
    }

    public ReadOnlyDoubleProperty exportProgressProperty() {
        return exportProgress.getReadOnlyProperty();
    }

    public StringProperty messageProperty() {
        return message;
    }

    public MeetingForm form() {
        return form;
    }

    /** Lists for the views. */
    public List<Subgroup> subgroups() {
        return details.get() == null ? List.of() : details.get().subgroups();
    }
}
