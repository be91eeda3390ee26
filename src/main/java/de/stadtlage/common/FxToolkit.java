package de.stadtlage.common;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Starts the JavaFX toolkit when a command-line export needs the map renderer (canvas snapshots). On a machine without a display the
 * toolkit cannot start; the export then goes on without the map.
 */
public final class FxToolkit {

    private static final Logger LOG = LoggerFactory.getLogger(FxToolkit.class);
    private static volatile Boolean running;

    private FxToolkit() {
    }

    /** Starts the toolkit unless it runs; {@code false} when it cannot start here. */
    public static synchronized boolean ensureRunning() {
        if (running != null) {
            return running;
        }
        CountDownLatch started = new CountDownLatch(1);
        try {
            Platform.startup(started::countDown);
            Platform.setImplicitExit(false);
            running = started.await(30, TimeUnit.SECONDS);
        } catch (IllegalStateException alreadyStarted) {
            running = true;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            running = false;
        } catch (RuntimeException | UnsatisfiedLinkError e) {
            LOG.info("JavaFX kann hier nicht starten (keine Anzeige?): die Karte entfällt", e);
            running = false;
        }
        return running;
    }
}
