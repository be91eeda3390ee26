package de.stadtlage.boards;

import javafx.concurrent.ScheduledService;
import javafx.concurrent.Task;
import javafx.util.Duration;

/**
 * Polls the boards' change signature every two seconds, so changes by other users of the same database file show
 * on an open board within five seconds. One small query; the full reload only runs when the signature changed.
 */
final class BoardWatcher extends ScheduledService<String> {

    static final Duration PERIOD = Duration.seconds(2);

    private final BoardDataLoader loader;

    BoardWatcher(BoardDataLoader loader) {
        this.loader = loader;
        setPeriod(PERIOD);
        // A failed poll (database briefly locked on a shared drive) is retried at the next period.
        setRestartOnFailure(true);
        setMaximumFailureCount(Integer.MAX_VALUE);
    }

    @Override
    protected Task<String> createTask() {
        return new Task<>() {
            @Override
            protected String call() {
                return loader.signature();
            }
        };
    }
}
