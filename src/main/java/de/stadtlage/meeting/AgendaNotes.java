package de.stadtlage.meeting;

import de.stadtlage.common.DialogService;
import de.stadtlage.common.Messages;
import de.stadtlage.common.TaskRunner;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import javafx.concurrent.Task;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps the notes typed under an agenda item: they are written whenever the minute-taker moves on (another item or
 * meeting, another field, the PDF, closing the window), once per change and never when nothing changed.
 */
final class AgendaNotes {

    private static final Logger LOG = LoggerFactory.getLogger(AgendaNotes.class);

    private final MeetingService meetings;
    private final MeetingForm form;
    private final TaskRunner runner;
    private final DialogService dialogs;
    private final BooleanSupplier editable;
    private final Consumer<String> message;
    private final Runnable reload;

    AgendaNotes(MeetingService meetings, MeetingForm form, TaskRunner runner, DialogService dialogs,
                BooleanSupplier editable, Consumer<String> message, Runnable reload) {
        this.meetings = meetings;
        this.form = form;
        this.runner = runner;
        this.dialogs = dialogs;
        this.editable = editable;
        this.message = message;
        this.reload = reload;
    }

    private boolean changed() {
        return form.agendaItem.get() != null && form.notesChangedBinding().get() && editable.getAsBoolean();
    }

    /** Writes changed notes in the background, then runs {@code then} (at once when nothing changed). */
    void commit(Runnable then) {
        if (!changed()) {
            then.run();
            return;
        }
        AgendaItem item = form.agendaItem.get();
        String notes = form.notes.get();
        String before = form.storedNotes();
        // Marked stored at once: a second trigger (focus lost, then another item) must not write the same text again.
        form.notesStored(notes);
        Task<String> task = new Task<>() {
            @Override
            protected String call() {
                meetings.setNotes(item, notes);
                return Messages.get("meeting.notesSaved", item.title());
            }
        };
        task.setOnSucceeded(e -> {
            message.accept(task.getValue());
            reload.run();
            then.run();
        });
        task.setOnFailed(e -> {
            if (item.equals(form.agendaItem.get())) {
                form.notesStored(before);
            }
            if (MeetingViewModel.showFailure(dialogs, task.getException()) && item.equals(form.agendaItem.get())) {
                // someone else saved these notes meanwhile: theirs first, the refused text below, to merge and save
                form.refusedNotes(notes);
                reload.run();
            }
        });
        runner.run(task);
    }

    /** Writes changed notes on the calling thread (the window is closing); a failure can only be logged then. */
    void saveNow() {
        if (!changed()) {
            return;
        }
        AgendaItem item = form.agendaItem.get();
        try {
            meetings.setNotes(item, form.notes.get());
            form.notesStored(form.notes.get());
        } catch (RuntimeException e) {
            LOG.error("Notizen zu {} ließen sich beim Schließen nicht speichern", item.title(), e);
        }
    }
}
