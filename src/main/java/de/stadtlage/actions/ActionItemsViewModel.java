package de.stadtlage.actions;

import de.stadtlage.boards.Subgroup;
import de.stadtlage.common.DialogService;
import de.stadtlage.common.Messages;
import de.stadtlage.common.TaskRunner;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;
import javafx.concurrent.Task;

/**
 * The Maßnahmen page: all action items (escalated first, then by due date), filtered in memory so typing in the
 * owner filter never queues queries; status changes and the CSV export.
 */
public final class ActionItemsViewModel {

    private final ActionItemService service;
    private final Callable<List<Subgroup>> subgroupSource;
    private final Clock clock;
    private final TaskRunner runner;
    private final DialogService dialogs;
    private final boolean mayWrite;

    private final ObservableList<ActionItemRow> all = FXCollections.observableArrayList();
    private final FilteredList<ActionItemRow> shown = new FilteredList<>(all);
    private final ObservableList<Subgroup> subgroups = FXCollections.observableArrayList();
    private final ObjectProperty<ActionStatus> status = new SimpleObjectProperty<>();
    private final StringProperty owner = new SimpleStringProperty("");
    private final ObjectProperty<Subgroup> subgroup = new SimpleObjectProperty<>();
    private final BooleanProperty overdueOnly = new SimpleBooleanProperty();
    private final StringProperty message = new SimpleStringProperty("");

    public ActionItemsViewModel(ActionItemService service, Callable<List<Subgroup>> subgroupSource, Clock clock,
                                boolean mayWrite, TaskRunner runner, DialogService dialogs) {
        this.service = service;
        this.subgroupSource = subgroupSource;
        this.clock = clock;
        this.mayWrite = mayWrite;
        this.runner = runner;
        this.dialogs = dialogs;
        status.addListener(o -> refilter());
        owner.addListener(o -> refilter());
        subgroup.addListener(o -> refilter());
        overdueOnly.addListener(o -> refilter());
    }

    /** The filter as the fields say. */
    public ActionItemFilter filter() {
        return new ActionItemFilter(status.get() == null ? Set.of() : Set.of(status.get()), owner.get(),
                subgroup.get() == null ? null : subgroup.get().id(), overdueOnly.get());
    }

    private void refilter() {
        ActionItemFilter filter = filter();
        LocalDate today = LocalDate.now(clock);
        shown.setPredicate(row -> filter.matches(row, today));
        updateCount();
    }

    private void updateCount() {
        long escalated = shown.stream().filter(ActionItemRow::isEscalated).count();
        message.set(Messages.get("actions.count", shown.size(), escalated));
    }

    public void reload() {
        run(() -> new Loaded(service.list(ActionItemFilter.ALL), subgroupSource.call()), loaded -> {
            all.setAll(loaded.rows());
            if (!subgroups.equals(loaded.subgroups())) {
                subgroups.setAll(loaded.subgroups());
            }
            refilter();
        });
    }

    private record Loaded(List<ActionItemRow> rows, List<Subgroup> subgroups) {
    }

    /** Changes the status of an item; afterwards the list reloads. */
    public void changeStatus(ActionItemRow row, ActionStatus newStatus, String reason, LocalDate newDue) {
        ActionItem item = row.item();
        run(() -> service.changeStatus(item.id(), item.version(), newStatus, reason, newDue), changed -> reload());
    }

    /** Writes the shown items as CSV. */
    public void exportCsv(Path target) {
        ActionItemFilter filter = filter();
        run(() -> {
            try (OutputStream out = Files.newOutputStream(target)) {
                service.exportCsv(filter, out);
            }
            return target;
        }, path -> message.set(Messages.get("actions.exported", path.getFileName())));
    }

    private <T> void run(Callable<T> work, Consumer<T> onSuccess) {
        Task<T> task = new Task<>() {
            @Override
            protected T call() throws Exception {
                return work.call();
            }
        };
        task.setOnSucceeded(e -> onSuccess.accept(task.getValue()));
        task.setOnFailed(e -> dialogs.showError(Messages.get("actions.error.title"),
                task.getException().getMessage(), task.getException()));
        runner.run(task);
    }

    public ObservableList<ActionItemRow> rows() {
        return shown;
    }

    public ObservableList<Subgroup> subgroups() {
        return subgroups;
    }

    public ObjectProperty<ActionStatus> statusProperty() {
        return status;
    }

    public StringProperty ownerProperty() {
        return owner;
    }

    public ObjectProperty<Subgroup> subgroupProperty() {
        return subgroup;
    }

    public BooleanProperty overdueOnlyProperty() {
        return overdueOnly;
    }

    public StringProperty messageProperty() {
        return message;
    }

    public boolean mayWrite() {
        return mayWrite;
    }

    public LocalDate today() {
        return LocalDate.now(clock);
    }
}
