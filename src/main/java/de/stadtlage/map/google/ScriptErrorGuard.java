package de.stadtlage.map.google;

import java.util.function.Consumer;
import netscape.javascript.JSException;

/**
 * Catches the JavaScript errors GMapsFX lets escape on the FX thread while the Google script loads (its page-load
 * listener throws {@code ReferenceError: Can't find variable: google} when the script is missing). JavaFX hands
 * exceptions from listeners to the thread's handler, so the guard sits there for the loading phase only and passes
 * everything else on unchanged.
 */
final class ScriptErrorGuard implements Thread.UncaughtExceptionHandler {

    private final Thread thread;
    private final Thread.UncaughtExceptionHandler previous;
    private final Consumer<JSException> onScriptError;
    private boolean active = true;

    private ScriptErrorGuard(Thread thread, Consumer<JSException> onScriptError) {
        this.thread = thread;
        this.previous = thread.getUncaughtExceptionHandler();
        this.onScriptError = onScriptError;
    }

    /** Installs the guard on the current (FX) thread. */
    static ScriptErrorGuard install(Consumer<JSException> onScriptError) {
        ScriptErrorGuard guard = new ScriptErrorGuard(Thread.currentThread(), onScriptError);
        guard.thread.setUncaughtExceptionHandler(guard);
        return guard;
    }

    @Override
    public void uncaughtException(Thread t, Throwable error) {
        if (active && error instanceof JSException script) {
            onScriptError.accept(script);
        } else {
            previous.uncaughtException(t, error);
        }
    }

    /** Gives the thread its own handler back once the map is up or has been given up. */
    void remove() {
        active = false;
        if (thread.getUncaughtExceptionHandler() == this) {
            // The thread group is what getUncaughtExceptionHandler() returns when none was set: leave none set.
            thread.setUncaughtExceptionHandler(previous == thread.getThreadGroup() ? null : previous);
        }
    }
}
