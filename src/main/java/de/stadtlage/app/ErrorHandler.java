package de.stadtlage.app;

import de.stadtlage.common.DialogService;
import de.stadtlage.common.Messages;
import de.stadtlage.common.UserMessage;
import javafx.application.Platform;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Uncaught exceptions: logged, shown as a German dialog, and the app keeps running. */
final class ErrorHandler implements Thread.UncaughtExceptionHandler {

    private static final Logger LOG = LoggerFactory.getLogger(ErrorHandler.class);

    private final DialogService dialogs;

    ErrorHandler(DialogService dialogs) {
        this.dialogs = dialogs;
    }

    static void install(DialogService dialogs) {
        ErrorHandler handler = new ErrorHandler(dialogs);
        Thread.setDefaultUncaughtExceptionHandler(handler);
        Thread.currentThread().setUncaughtExceptionHandler(handler);
    }

    @Override
    public void uncaughtException(Thread thread, Throwable error) {
        LOG.error("Unerwarteter Fehler im Thread {}", thread.getName(), error);
        String message = error instanceof UserMessage ? error.getMessage() : Messages.get("error.unexpected");
        if (Platform.isFxApplicationThread()) {
            dialogs.showError(Messages.get("error.title"), message, error);
        } else {
            // Dialogs can only be shown on the FX thread.
            Platform.runLater(() -> dialogs.showError(Messages.get("error.title"), message, error));
        }
    }
}
