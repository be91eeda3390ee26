package de.stadtlage.common;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;
import javafx.concurrent.Task;

/** The app's background threads: daemon threads, so an open dialog never keeps the JVM alive. */
public final class PooledTaskRunner implements TaskRunner, AutoCloseable {

    private final ExecutorService executor;

    public PooledTaskRunner(int threads) {
        ThreadFactory base = Executors.defaultThreadFactory();
        AtomicInteger counter = new AtomicInteger();
        this.executor = Executors.newFixedThreadPool(threads, runnable -> {
            Thread thread = base.newThread(runnable);
            thread.setDaemon(true);
            thread.setName("stadtlage-worker-" + counter.incrementAndGet());
            return thread;
        });
    }

    @Override
    public <T> Task<T> run(Task<T> task) {
        try {
            executor.execute(task);
        } catch (RejectedExecutionException e) {
            // The app is closing: work asked for after that (a late reload) is dropped, not reported as an error.
            task.cancel();
        }
        return task;
    }

    public ExecutorService executor() {
        return executor;
    }

    @Override
    public void close() {
        executor.shutdownNow();
    }
}
