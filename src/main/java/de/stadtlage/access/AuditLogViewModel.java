package de.stadtlage.access;

import de.stadtlage.common.DialogService;
import de.stadtlage.common.Formats;
import de.stadtlage.common.Json;
import de.stadtlage.common.Messages;
import de.stadtlage.common.TaskRunner;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashSet;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.concurrent.Task;

/**
 * The admin's audit-log window: filters, the matching entries newest first, the selected entry's before/after
 * JSON and the chain check. Dates, person and kinds reload at once; the search text when the user applies it.
 * Queries run through the {@link TaskRunner}; a newer search cancels the one still running.
 */
public final class AuditLogViewModel {

    /** The person choice that stands for everybody. */
    public static final String ALL_ACTORS = "";

    /** Where the chain check stands; the view shows it as a pseudo-class. */
    public enum ChainState { UNCHECKED, INTACT, BROKEN }

    private final AuditLogService service;
    private final CurrentUser user;
    private final DialogService dialogs;
    private final TaskRunner runner;
    private final ZoneId zone;
    private final ObjectProperty<LocalDate> from = new SimpleObjectProperty<>(this, "from");
    private final ObjectProperty<LocalDate> to = new SimpleObjectProperty<>(this, "to");
    private final StringProperty actor = new SimpleStringProperty(this, "actor", ALL_ACTORS);
    private final ObservableList<String> entities = FXCollections.observableArrayList();
    private final StringProperty text = new SimpleStringProperty(this, "text", "");
    private final ObservableList<String> actors = FXCollections.observableArrayList(ALL_ACTORS);
    private final ObservableList<String> entityKinds = FXCollections.observableArrayList();
    private final ObservableList<AuditEntry> entries = FXCollections.observableArrayList();
    private final ObjectProperty<AuditEntry> selected = new SimpleObjectProperty<>(this, "selected");
    private final ReadOnlyStringWrapper before = new ReadOnlyStringWrapper(this, "before", "");
    private final ReadOnlyStringWrapper after = new ReadOnlyStringWrapper(this, "after", "");
    private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper(this, "summary", "");
    private final ReadOnlyBooleanWrapper capped = new ReadOnlyBooleanWrapper(this, "capped");
    private final ReadOnlyBooleanWrapper loading = new ReadOnlyBooleanWrapper(this, "loading");
    private final ReadOnlyBooleanWrapper verifying = new ReadOnlyBooleanWrapper(this, "verifying");
    private final ReadOnlyStringWrapper verification = new ReadOnlyStringWrapper(this, "verification", "");
    private final ReadOnlyObjectWrapper<ChainState> chainState =
            new ReadOnlyObjectWrapper<>(this, "chainState", ChainState.UNCHECKED);
    private Task<?> pending;

    public AuditLogViewModel(AuditLogService service, CurrentUser user, DialogService dialogs, TaskRunner runner,
                             ZoneId zone) {
        this.service = service;
        this.user = user;
        this.dialogs = dialogs;
        this.runner = runner;
        this.zone = zone;
        from.addListener((obs, old, now) -> search());
        to.addListener((obs, old, now) -> search());
        actor.addListener((obs, old, now) -> search());
        entities.addListener((ListChangeListener<String>) change -> search());
        selected.addListener((obs, old, now) -> showDetails(now));
    }

    /** Loads the filter choices and the newest entries (when the window opens). */
    public void load() {
        AuditLogFilter filter = filter();
        inBackground(() -> new Loaded(service.choices(user), service.search(user, filter)), loaded -> {
            actors.setAll(ALL_ACTORS);
            actors.addAll(loaded.choices().actors());
            entityKinds.setAll(loaded.choices().entities());
            apply(loaded.page());
        });
    }

    /** Searches with the filters as they are now. */
    public void search() {
        AuditLogFilter filter = filter();
        inBackground(() -> new Loaded(null, service.search(user, filter)), loaded -> apply(loaded.page()));
    }

    /** Recomputes the hash chain in the background and shows the German result. */
    public void verifyChain() {
        Task<AuditReport> task = new Task<>() {
            @Override
            protected AuditReport call() {
                return service.verify(user);
            }
        };
        verifying.set(true);
        task.setOnSucceeded(e -> {
            verifying.set(false);
            AuditReport result = task.getValue();
            chainState.set(result.intact() ? ChainState.INTACT : ChainState.BROKEN);
            verification.set(!result.intact() ? result.describe() : result.anchors().isEmpty()
                    ? Messages.get("audit.verify.intact", result.entries())
                    : Messages.get("audit.verify.intactAnchors", result.entries(), result.fitting()));
        });
        task.setOnFailed(e -> {
            verifying.set(false);
            failed(task.getException());
        });
        runner.run(task);
    }

    public AuditLogFilter filter() {
        return new AuditLogFilter(from.get(), to.get(), actor.get(), new HashSet<>(entities), text.get());
    }

    /** The entry's time as the staff reads it: local time, German, to the second. */
    public String time(AuditEntry entry) {
        return Formats.DATE_TIME_SECONDS.format(entry.occurredAt().atZone(zone));
    }

    /** A German name for a kind of thing ("task" is "Aufgabe"); unknown kinds as stored. */
    public static String entityLabel(String entity) {
        String key = "audit.entity." + entity;
        return entity == null || !Messages.bundle().containsKey(key) ? entity : Messages.get(key);
    }

    private record Loaded(AuditLogChoices choices, AuditLogPage page) {
    }

    private void apply(AuditLogPage page) {
        entries.setAll(page.entries());
        capped.set(page.more());
        summary.set(page.more() ? Messages.get("audit.summary.more", Formats.number(page.entries().size()))
                : Messages.get("audit.summary", Formats.number(page.entries().size())));
    }

    private void showDetails(AuditEntry entry) {
        before.set(entry == null ? "" : json(entry.beforeJson()));
        after.set(entry == null ? "" : json(entry.afterJson()));
    }

    private static String json(String stored) {
        return stored == null ? Messages.get("audit.details.none") : Json.pretty(stored);
    }

    private void inBackground(Callable<Loaded> work, Consumer<Loaded> onSuccess) {
        if (pending != null) {
            pending.cancel(); // the newer filter wins; a cancelled task never reports success
        }
        Task<Loaded> task = new Task<>() {
            @Override
            protected Loaded call() throws Exception {
                return work.call();
            }
        };
        pending = task;
        loading.set(true);
        task.setOnSucceeded(e -> {
            finished(task);
            onSuccess.accept(task.getValue());
        });
        task.setOnFailed(e -> {
            finished(task);
            failed(task.getException());
        });
        task.setOnCancelled(e -> finished(task));
        runner.run(task);
    }

    private void finished(Task<?> task) {
        if (pending == task) {
            pending = null;
            loading.set(false);
        }
    }

    private void failed(Throwable error) {
        dialogs.showError(Messages.get("error.title"), error.getMessage(), error);
    }

    public ObjectProperty<LocalDate> fromProperty() {
        return from;
    }

    public ObjectProperty<LocalDate> toProperty() {
        return to;
    }

    public StringProperty actorProperty() {
        return actor;
    }

    /** The kinds of things shown; empty for all. */
    public ObservableList<String> getEntities() {
        return entities;
    }

    public StringProperty textProperty() {
        return text;
    }

    /** The people to choose from, {@link #ALL_ACTORS} first. */
    public ObservableList<String> getActors() {
        return actors;
    }

    public ObservableList<String> getEntityKinds() {
        return entityKinds;
    }

    public ObservableList<AuditEntry> getEntries() {
        return entries;
    }

    public ObjectProperty<AuditEntry> selectedProperty() {
        return selected;
    }

    public ReadOnlyStringProperty beforeProperty() {
        return before.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty afterProperty() {
        return after.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty summaryProperty() {
        return summary.getReadOnlyProperty();
    }

    /** Whether more entries match than are shown. */
    public ReadOnlyBooleanProperty cappedProperty() {
        return capped.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty loadingProperty() {
        return loading.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty verifyingProperty() {
        return verifying.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty verificationProperty() {
        return verification.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<ChainState> chainStateProperty() {
        return chainState.getReadOnlyProperty();
    }
}
