package de.stadtlage.testing;

import de.stadtlage.app.Settings;
import de.stadtlage.app.StadtlageApp;
import de.stadtlage.persistence.DatabaseLocation;
import java.nio.file.Path;
import java.util.concurrent.TimeoutException;
import javafx.stage.Stage;
import org.testfx.api.FxToolkit;

/**
 * The whole app on a test database, started on a TestFX stage as the launcher starts it, with its settings file in
 * the test's folder. {@link #restart} is a second start on the same database (e.g. after an admin was created).
 */
public final class RunningApp {

    private final Path folder;
    private final DatabaseLocation location;
    private StadtlageApp app;

    public RunningApp(Path folder, DatabaseLocation location) {
        this.folder = folder;
        this.location = location;
    }

    /** Call from {@code @Start}. */
    public void start(Stage stage) {
        app = new StadtlageApp(location, Settings.load(folder.resolve("settings.properties")));
        app.start(stage);
    }

    /** Closes the running app and starts it again on a fresh stage; call from the test thread. */
    public void restart(org.testfx.api.FxRobot robot) throws TimeoutException {
        stop();
        Stage next = FxToolkit.registerPrimaryStage();
        robot.interact(() -> start(next));
    }

    /** Call from {@code @AfterEach}. */
    public void stop() throws TimeoutException {
        if (app != null) {
            FxToolkit.cleanupApplication(app);
        }
    }
}
