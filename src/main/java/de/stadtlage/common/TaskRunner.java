package de.stadtlage.common;

import javafx.concurrent.Task;

/**
 * Runs background work. The app uses a small daemon pool; tests get one that runs on the calling thread, so
 * view models can be tested without waiting.
 */
public interface TaskRunner {

    <T> Task<T> run(Task<T> task);

    /** A runner for tests and the command line: the task runs right away, on the calling thread. */
    static TaskRunner direct() {
        return new TaskRunner() {
            @Override
            public <T> Task<T> run(Task<T> task) {
                task.run();
                return task;
            }
        };
    }
}
