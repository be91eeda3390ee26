package de.stadtlage.boards;

import de.stadtlage.common.DialogService;
import de.stadtlage.common.Messages;
import de.stadtlage.common.TaskRunner;
import de.stadtlage.common.UserMessage;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import java.util.function.Function;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.concurrent.Task;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * State and commands of the boards page. Reads and writes run through the {@link TaskRunner}; every successful
 * write reloads the board, every refused one is shown in German (a conflict as a banner with "Neu laden").
 */
public final class BoardViewModel {

    private static final Logger LOG = LoggerFactory.getLogger(BoardViewModel.class);

    private final TaskService service;
    private final BoardDataLoader loader;
    private final TaskRunner runner;
    private final DialogService dialogs;
    private final Clock clock;
    private final BoardWatcher watcher;
    private final BoardMoves moves = new BoardMoves(this);

    private final ObjectProperty<BoardScope> scope = new SimpleObjectProperty<>(this, "scope", new BoardScope.Overview());
    private final ReadOnlyObjectWrapper<BoardData> data = new ReadOnlyObjectWrapper<>(this, "data", BoardData.empty());
    private final StringProperty filterText = new SimpleStringProperty(this, "filterText", "");
    private final ObjectProperty<String> filterOwner = new SimpleObjectProperty<>(this, "filterOwner");
    private final BooleanProperty overdueOnly = new SimpleBooleanProperty(this, "overdueOnly");
    private final ReadOnlyObjectWrapper<Map<TaskStatus, List<CardItem>>> columns =
            new ReadOnlyObjectWrapper<>(this, "columns", Map.of());
    private final ObservableList<BoardSummary> summaries = FXCollections.observableArrayList();
    private final ObservableList<String> owners = FXCollections.observableArrayList();
    private final ReadOnlyBooleanWrapper loading = new ReadOnlyBooleanWrapper(this, "loading");
    private final ReadOnlyStringWrapper conflict = new ReadOnlyStringWrapper(this, "conflict");
    private final ReadOnlyStringWrapper notice = new ReadOnlyStringWrapper(this, "notice", "");
    private final ReadOnlyObjectWrapper<Integer> focusTask = new ReadOnlyObjectWrapper<>(this, "focusTask");
    private final ReadOnlyIntegerWrapper revision =
            new ReadOnlyIntegerWrapper(this, "revision");
    private long generation;

    public BoardViewModel(TaskService service, BoardDataLoader loader, TaskRunner runner, DialogService dialogs,
                          Clock clock) {
        this.service = service;
        this.loader = loader;
        this.runner = runner;
        this.dialogs = dialogs;
        this.clock = clock;
        this.watcher = new BoardWatcher(loader);
        watcher.setOnSucceeded(e -> {
            if (!loading.get() && !Objects.equals(watcher.getValue(), data.get().signature())) {
                reload();
            }
        });
        scope.addListener((obs, old, now) -> recompute());
        filterText.addListener((obs, old, now) -> recompute());
        filterOwner.addListener((obs, old, now) -> recompute());
        overdueOnly.addListener((obs, old, now) -> recompute());
        data.addListener((obs, old, now) -> recompute());
    }

    /** Reads everything again in the background; an older load that finishes later is ignored. */
    public void reload() {
        long mine = ++generation;
        loading.set(true);
        run(loader::load, loaded -> {
            if (mine == generation) {
                data.set(loaded);
                loading.set(false);
            }
        }, () -> loading.set(false));
    }

    public void startWatching() {
        if (!watcher.isRunning()) {
            watcher.restart();
        }
    }

    public void stopWatching() {
        watcher.cancel();
    }

    private void recompute() {
        BoardData current = data.get();
        LocalDate today = today();
        TaskFilter filter = new TaskFilter(filterText.get(), filterOwner.get(), overdueOnly.get());
        summaries.setAll(current.subgroups().stream()
                .map(s -> BoardSummary.of(s, current.tasks(), today, clock.getZone())).toList());
        List<String> names = current.tasks().stream().map(t -> current.names().owner(t)).filter(n -> !n.isBlank())
                .distinct().sorted().toList();
        if (!names.equals(owners)) {
            owners.setAll(names);
        }
        columns.set(BoardColumns.of(current, scope.get(), filter, service.user(), today));
        // The view redraws on every recompute, also when the columns happen to be equal (limits, scope).
        revision.set(revision.get() + 1);
    }

    // ---- queries for the view

    public Optional<Subgroup> currentSubgroup() {
        return scope.get() instanceof BoardScope.Board board ? data.get().subgroup(board.subgroupId()) : Optional.empty();
    }

    public boolean canWriteCurrentBoard() {
        return currentSubgroup().map(s -> service.user().canWriteSubgroup(s.id())).orElse(false);
    }

    /** Tasks in the column of the current board, not filtered: the limit counts all of them. */
    public int columnSize(TaskStatus status) {
        return (int) data.get().tasks().stream()
                .filter(t -> t.status() == status && BoardColumns.inScope(t, scope.get(), data.get(), service.user()))
                .count();
    }

    public Integer wipLimit(TaskStatus status) {
        return currentSubgroup().map(s -> data.get().limits(s.id()).limit(status)).orElse(null);
    }

    public boolean overLimit(TaskStatus status) {
        Integer limit = wipLimit(status);
        return limit != null && columnSize(status) > limit;
    }

    public LocalDate today() {
        return LocalDate.now(clock);
    }

    // ---- commands

    public void move(int taskId, TaskStatus to, int visibleSlot) {
        moves.move(taskId, to, visibleSlot, false);
    }

    /** Ctrl+arrow on a focused card: left/right to the neighbouring column, up/down within the column. */
    public void moveByKey(int taskId, int columnStep, int rowStep) {
        moves.moveByKey(taskId, columnStep, rowStep);
    }

    /** The view asks why a task is blocked when it is moved into "Blockiert" (empty: cancel the move). */
    public void setBlockedReasonPrompt(Function<BoardTask, Optional<String>> prompt) {
        moves.setBlockedReasonPrompt(prompt);
    }

    public ReadOnlyBooleanProperty canUndoProperty() {
        return moves.canUndoProperty();
    }

    public void undo() {
        moves.undo();
    }

    public void create(int subgroupId, TaskStatus status, TaskInput input, Runnable onSaved) {
        write(() -> service.create(subgroupId, status, input), stored -> {
            notice.set(Messages.get("boards.notice.created", stored.title(), status.label()));
            focusTask.set(stored.id());
            onSaved.run();
        });
    }

    public void edit(BoardTask seen, TaskInput input, Runnable onSaved) {
        write(() -> service.edit(seen, input), stored -> {
            notice.set(Messages.get("boards.notice.saved", stored.title()));
            onSaved.run();
        });
    }

    public void archive(BoardTask task) {
        if (dialogs.confirm(Messages.get("boards.archive.title"), Messages.get("boards.archive.question", task.title()))) {
            write(() -> service.archive(task), stored -> notice.set(Messages.get("boards.notice.archived", task.title())));
        }
    }

    public void delete(BoardTask task) {
        if (dialogs.confirm(Messages.get("boards.delete.title"), Messages.get("boards.delete.question", task.title()))) {
            write(() -> {
                service.delete(task);
                return task;
            }, deleted -> notice.set(Messages.get("boards.notice.deleted", task.title())));
        }
    }

    public void comment(BoardTask task, String text, Runnable onSaved) {
        write(() -> {
            service.comment(task, text);
            return task;
        }, saved -> onSaved.run());
    }

    /** Loads comments and history of a task in the background. */
    public void details(int taskId, Consumer<TaskDetails> onLoaded) {
        run(() -> new TaskDetails(service.comments(taskId), service.history(taskId)), onLoaded, () -> { });
    }

    public void setWipLimits(int subgroupId, Map<TaskStatus, Integer> limits) {
        WipLimits before = data.get().limits(subgroupId);
        write(() -> {
            for (TaskStatus status : TaskStatus.values()) {
                if (!Objects.equals(before.limit(status), limits.get(status))) {
                    service.setWipLimit(subgroupId, status, limits.get(status));
                }
            }
            return limits;
        }, saved -> notice.set(Messages.get("boards.notice.limitsSaved")));
    }

    /** "Neu laden" on the conflict banner. */
    public void reloadAfterConflict() {
        conflict.set(null);
        reload();
    }

    void setNotice(String text) {
        notice.set(text);
    }

    void setFocusTask(Integer taskId) {
        focusTask.set(taskId);
    }

    TaskService service() {
        return service;
    }

    <T> void write(Callable<T> work, Consumer<T> onDone) {
        run(work, result -> {
            conflict.set(null);
            onDone.accept(result);
            reload();
        }, this::reload);
    }

    private <T> void run(Callable<T> work, Consumer<T> onDone, Runnable onFailure) {
        Task<T> task = new Task<>() {
            @Override
            protected T call() throws Exception {
                return work.call();
            }
        };
        task.setOnSucceeded(e -> onDone.accept(task.getValue()));
        task.setOnFailed(e -> {
            show(task.getException());
            onFailure.run();
        });
        runner.run(task);
    }

    private void show(Throwable error) {
        if (error instanceof TaskConflictException) {
            conflict.set(error.getMessage());
        } else if (error instanceof UserMessage) {
            dialogs.showError(Messages.get("boards.error.notSaved"), error.getMessage(), error);
        } else {
            LOG.error("Board-Aktion fehlgeschlagen", error);
            dialogs.showError(Messages.get("error.title"), Messages.get("error.unexpected"), error);
        }
    }

    // ---- properties

    public ObjectProperty<BoardScope> scopeProperty() {
        return scope;
    }

    public ReadOnlyObjectProperty<BoardData> dataProperty() {
        return data.getReadOnlyProperty();
    }

    public StringProperty filterTextProperty() {
        return filterText;
    }

    public ObjectProperty<String> filterOwnerProperty() {
        return filterOwner;
    }

    public BooleanProperty overdueOnlyProperty() {
        return overdueOnly;
    }

    public ReadOnlyObjectProperty<Map<TaskStatus, List<CardItem>>> columnsProperty() {
        return columns.getReadOnlyProperty();
    }

    /** Increases after every recompute of columns and summaries: the view redraws then. */
    public ReadOnlyIntegerProperty revisionProperty() {
        return revision.getReadOnlyProperty();
    }

    public ObservableList<BoardSummary> summaries() {
        return FXCollections.unmodifiableObservableList(summaries);
    }

    public ObservableList<String> owners() {
        return FXCollections.unmodifiableObservableList(owners);
    }

    public ReadOnlyBooleanProperty loadingProperty() {
        return loading.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty conflictProperty() {
        return conflict.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty noticeProperty() {
        return notice.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<Integer> focusTaskProperty() {
        return focusTask.getReadOnlyProperty();
    }
}
