package de.stadtlage.importing;

import de.stadtlage.common.Formats;
import de.stadtlage.common.Messages;
import de.stadtlage.common.TaskRunner;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Function;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.concurrent.Task;

/**
 * State of the import dialog: the chosen file, its check (format, preview, errors), the running import with
 * progress, and the outcome. The import itself runs in {@link IncidentImportService}.
 */
public final class ImportViewModel {


    private final IncidentImportService service;
    private final TaskRunner runner;
    private final ObjectProperty<Path> file = new SimpleObjectProperty<>(this, "file");
    private final ObjectProperty<ImportCheck> check = new SimpleObjectProperty<>(this, "check");
    private final StringProperty format = new SimpleStringProperty(this, "format", "");
    private final StringProperty summary = new SimpleStringProperty(this, "summary", "");
    private final StringProperty encodingNotice = new SimpleStringProperty(this, "encodingNotice", "");
    private final StringProperty status = new SimpleStringProperty(this, "status", "");
    private final DoubleProperty progress = new SimpleDoubleProperty(this, "progress", 0);
    private final BooleanProperty running = new SimpleBooleanProperty(this, "running");
    private final BooleanProperty imported = new SimpleBooleanProperty(this, "imported");
    private final ObservableList<PreviewRow> preview = FXCollections.observableArrayList();
    private final ObservableList<String> errors = FXCollections.observableArrayList();
    private final AtomicBoolean cancelRequested = new AtomicBoolean();

    public ImportViewModel(IncidentImportService service, TaskRunner runner) {
        this.service = service;
        this.runner = runner;
    }

    /** Reads and checks the file in the background; the preview and errors follow. */
    public void choose(Path chosen) {
        file.set(chosen);
        check.set(null);
        imported.set(false);
        preview.clear();
        errors.clear();
        format.set("");
        encodingNotice.set("");
        summary.set("");
        start(progress -> service.check(chosen, progress), this::showCheck, Messages.get("import.checking"));
    }

    /** Imports the checked file; only possible when the check found no error. */
    public void importNow() {
        ImportCheck checked = check.get();
        if (checked == null || !checked.isImportable()) {
            return;
        }
        start(progress -> service.importChecked(checked, progress), result -> {
            imported.set(true);
            status.set(Messages.get("import.done", result.summary()));
        }, Messages.get("import.running"));
    }

    /** Asks the running check or import to stop; an import then rolls back completely. */
    public void cancel() {
        cancelRequested.set(true);
    }

    private <T> void start(Function<ImportProgress, T> work, java.util.function.Consumer<T> onSuccess, String message) {
        cancelRequested.set(false);
        running.set(true);
        progress.set(-1);
        Task<T> task = new ProgressTask<>(work, cancelRequested, message);
        progress.bind(task.progressProperty());
        status.bind(task.messageProperty());
        task.setOnSucceeded(e -> {
            finish(task);
            onSuccess.accept(task.getValue());
        });
        task.setOnFailed(e -> {
            finish(task);
            status.set(task.getException().getMessage());
        });
        runner.run(task);
    }

    private void finish(Task<?> task) {
        progress.unbind();
        status.unbind();
        progress.set(task.getState() == javafx.concurrent.Worker.State.SUCCEEDED ? 1 : 0);
        running.set(false);
    }

    private void showCheck(ImportCheck result) {
        check.set(result);
        format.set(result.formatDescription());
        encodingNotice.set(result.encodingNotice());
        List<PreviewRow> rows = new ArrayList<>();
        for (int i = 0; i < Math.min(result.content().rows().size(), result.rows().size()); i++) {
            rows.add(PreviewRow.of(result.content().rows().get(i), result.rows().get(i)));
        }
        preview.setAll(rows);
        errors.setAll(result.errors().stream().limit(ImportCheck.MAX_LISTED_ERRORS).map(RowError::toString).toList());
        if (result.errors().size() > ImportCheck.MAX_LISTED_ERRORS) {
            errors.add(Messages.get("import.moreErrors", result.errors().size() - ImportCheck.MAX_LISTED_ERRORS));
        }
        summary.set(Messages.get("import.summary", Formats.number(result.rows().size()),
                Formats.number(result.approximateCount()), Formats.number(result.errors().size())));
        status.set(result.isImportable() ? Messages.get("import.ready") : Messages.get("import.fixErrors"));
    }

    /** Runs the work with an {@link ImportProgress} that feeds the task's progress and message. */
    private static final class ProgressTask<T> extends Task<T> {
        private final Function<ImportProgress, T> work;
        private final AtomicBoolean cancel;
        private final String firstMessage;

        ProgressTask(Function<ImportProgress, T> work, AtomicBoolean cancel, String firstMessage) {
            this.work = work;
            this.cancel = cancel;
            this.firstMessage = firstMessage;
        }

        @Override
        protected T call() {
            updateMessage(firstMessage);
            return work.apply(new ImportProgress() {
                @Override
                public void update(long done, long total, String message) {
                    updateProgress(done, Math.max(total, 1));
                    updateMessage(message);
                }

                @Override
                public boolean isCancelled() {
                    return cancel.get();
                }
            });
        }
    }

    public BooleanBinding canImportProperty() {
        return check.isNotNull().and(running.not()).and(imported.not())
                .and(javafx.beans.binding.Bindings.createBooleanBinding(
                        () -> check.get() != null && check.get().isImportable(), check));
    }

    public ObjectProperty<Path> fileProperty() {
        return file;
    }

    public StringProperty formatProperty() {
        return format;
    }

    /** Why the file was read as Windows-1252 and where it stopped being UTF-8; empty for UTF-8 and GeoJSON. */
    public StringProperty encodingNoticeProperty() {
        return encodingNotice;
    }

    public StringProperty summaryProperty() {
        return summary;
    }

    public StringProperty statusProperty() {
        return status;
    }

    public DoubleProperty progressProperty() {
        return progress;
    }

    public BooleanProperty runningProperty() {
        return running;
    }

    public BooleanProperty importedProperty() {
        return imported;
    }

    public ObservableList<PreviewRow> preview() {
        return preview;
    }

    public ObservableList<String> errors() {
        return errors;
    }
}
