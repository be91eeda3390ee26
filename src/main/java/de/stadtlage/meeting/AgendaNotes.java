package de.stadtlage.meeting;

import de.stadtlage.common.ConflictException;
import de.stadtlage.common.DialogService;
import de.stadtlage.common.Messages;
import de.stadtlage.common.TaskRunner;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import javafx.concurrent.Task;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps the notes typed under an agenda item: they are written whenever the minute-taker moves on (another item or
 * meeting, another field, the PDF, closing the window), once per change and never when nothing changed. One write
 * runs at a time: the field loses its focus when "Notizen speichern" is pressed, and both triggers must not become
 * two writes (nor two conflict messages when someone else saved meanwhile).
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
    /** The write under way, or null. */
    private Task<String> writing;
    /** What was asked for while {@link #writing} ran: done after it succeeded, dropped when it failed. */
    private final List<Runnable> waiting = new ArrayList<>();

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

    /**
     * Writes changed notes in the background, then runs {@code then} (at once when nothing changed; after the write
     * under way when there is one).
     */
    void commit(Runnable then) {
        if (writing != null) {
            waiting.add(then);
            return;
        }
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
            finished(true);
        });
        task.setOnFailed(e -> {
            if (item.equals(form.agendaItem.get())) {
                form.notesStored(before);
            }
            boolean conflict = task.getException() instanceof ConflictException;
            if (conflict) {
                // someone else saved these notes meanwhile: theirs first, the refused text below, to merge and save
                // (at once when the item is still shown, else when it is shown again)
                form.refusedNotes(item, notes);
            }
            // still "writing" while the message is shown: the focus it takes must not send the same text again
            MeetingViewModel.showFailure(dialogs, task.getException());
            if (conflict && item.equals(form.agendaItem.get())) {
                reload.run();
            }
            finished(false);
        });
        writing = task;
        runner.run(task);
    }

    /** Ends the write: what waited for it runs after a success (with the text typed since) and is dropped otherwise. */
    private void finished(boolean succeeded) {
        writing = null;
        List<Runnable> next = new ArrayList<>(waiting);
        waiting.clear();
        if (succeeded) {
            next.forEach(this::commit);
        }
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
