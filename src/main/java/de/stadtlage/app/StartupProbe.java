package de.stadtlage.app;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import javafx.application.Platform;
import javafx.scene.Scene;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Measures the time from JVM start to the first frame for the start-up benchmark. Active only when the system
 * property {@code stadtlage.startupProbe} names a file: then the milliseconds are written there and the app exits.
 */
public final class StartupProbe {

    public static final String PROPERTY = "stadtlage.startupProbe";
    private static final Logger LOG = LoggerFactory.getLogger(StartupProbe.class);
    private static final long TIMEOUT_SECONDS = 120;

    private StartupProbe() {
    }

    /** Call right after the first {@code stage.show()}. */
    public static void install(Scene scene) {
        String target = System.getProperty(PROPERTY);
        if (target == null || target.isBlank()) {
            return;
        }
        endAfterTimeout();
        Runnable[] listener = new Runnable[1];
        listener[0] = () -> {
            scene.removePostLayoutPulseListener(listener[0]);
            long millis = System.currentTimeMillis() - ManagementFactory.getRuntimeMXBean().getStartTime();
            try {
                Files.writeString(Path.of(target), millis + System.lineSeparator(), StandardCharsets.UTF_8);
            } catch (IOException e) {
                LOG.warn("Start-up time could not be written to {}", target, e);
            }
            Platform.exit();
        };
        scene.addPostLayoutPulseListener(listener[0]);
    }

    /**
     * The probe also runs unattended in the installer build (recording the class list headless): should the first
     * frame never come, the process ends after two minutes instead of hanging the build. The classes loaded until
     * then are in the list already.
     */
    private static void endAfterTimeout() {
        java.util.concurrent.ScheduledExecutorService timer = java.util.concurrent.Executors
                .newSingleThreadScheduledExecutor(work -> {
                    Thread thread = java.util.concurrent.Executors.defaultThreadFactory().newThread(work);
                    thread.setDaemon(true);
                    return thread;
                });
        timer.schedule(() -> {
            LOG.warn("Kein erstes Bild nach {} s: Start-Messung wird beendet.", TIMEOUT_SECONDS);
            Runtime.getRuntime().halt(0);
        }, TIMEOUT_SECONDS, java.util.concurrent.TimeUnit.SECONDS);
    }
}
