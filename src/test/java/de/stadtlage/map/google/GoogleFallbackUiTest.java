package de.stadtlage.map.google;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.spi.ThrowableProxyUtil;
import ch.qos.logback.core.FileAppender;
import ch.qos.logback.core.read.ListAppender;
import de.stadtlage.app.Settings;
import de.stadtlage.common.DialogService;
import de.stadtlage.map.MapView;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.slf4j.LoggerFactory;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * There is no network here, so Google's script cannot load: the switch must fall back to the offline map with a
 * German banner, no exception may reach the FX thread's handler, and the key must not appear in the log.
 */
@ExtendWith(ApplicationExtension.class)
class GoogleFallbackUiTest {

    private static final String KEY = "AIzaSyTEST-fallback-4711-secret";

    private final List<Throwable> uncaught = Collections.synchronizedList(new ArrayList<>());
    private final List<String> dialogs = new ArrayList<>();
    private final ListAppender<ILoggingEvent> events = new ListAppender<>();
    private final Logger root = (Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
    private Level rootLevel;
    private MapView offline;
    private BaseMapSwitch baseMap;
    private Path settingsFile;

    @Start
    void start(Stage stage) throws Exception {
        rootLevel = root.getLevel();
        root.setLevel(Level.TRACE); // debug output of GMapsFX and WebView too
        events.start();
        root.addAppender(events);
        // Stands for the app's ErrorHandler: whatever arrives here would be shown to the user as an error.
        Thread.currentThread().setUncaughtExceptionHandler((t, e) -> uncaught.add(e));
        settingsFile = Files.createTempDirectory("gmaps-settings").resolve("settings.properties");
        offline = new MapView();
        baseMap = new BaseMapSwitch(offline, () -> Settings.load(settingsFile), recordingDialogs());
        stage.setScene(new Scene((javafx.scene.Parent) baseMap.node(), 900, 600));
        stage.show();
    }

    @AfterEach
    void restoreLogging() {
        root.detachAppender(events);
        root.setLevel(rootLevel);
    }

    @Test
    void withoutNetworkTheOfflineMapIsShownWithAGermanMessage(FxRobot robot) throws Exception {
        assertThat(offline.getScene()).as("offline map before switching").isNotNull();

        switchToGoogle(robot, KEY);
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> robot.lookup("#map-banner").queryAs(Label.class).isVisible());
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(robot.lookup("#map-banner").queryAs(Label.class).getText())
                .startsWith("Google Maps konnte nicht geladen werden").contains("Offline-Karte");
        assertThat(offline.getScene()).as("offline map shown again").isNotNull();
        assertThat(robot.lookup("#google-map").tryQuery()).isEmpty();
        assertThat(baseMap.showsGoogle()).isFalse();
        assertThat(uncaught).as("exceptions that would reach the user").isEmpty();
        assertThat(dialogs).isEmpty();
        assertKeyNeverLogged();
    }

    @Test
    void withoutKeyTheOfflineMapStaysAndSaysWhatIsMissing(FxRobot robot) {
        switchToGoogle(robot, "");

        assertThat(robot.lookup("#map-banner").queryAs(Label.class).isVisible()).isTrue();
        assertThat(robot.lookup("#map-banner").queryAs(Label.class).getText()).contains("API-Schlüssel");
        assertThat(offline.getScene()).isNotNull();
        assertThat(baseMap.showsGoogle()).isFalse();
    }

    private void switchToGoogle(FxRobot robot, String key) {
        robot.interact(() -> MapSettingsDialog.save(new GoogleMapSettings(BaseMap.GOOGLE, key, true),
                Settings.load(settingsFile)));
    }

    private void assertKeyNeverLogged() throws Exception {
        List<ILoggingEvent> logged = List.copyOf(events.list);
        assertThat(logged).as("the fallback is logged").anyMatch(e -> e.getLoggerName().equals(GoogleMapPane.class.getName())
                && e.getLevel() == Level.WARN);
        for (ILoggingEvent event : logged) {
            assertThat(event.getFormattedMessage()).doesNotContain(KEY);
            if (event.getThrowableProxy() != null) {
                assertThat(ThrowableProxyUtil.asString(event.getThrowableProxy())).doesNotContain(KEY);
            }
        }
        Path logFile = logFile();
        assertThat(Files.readString(logFile)).as(logFile.toString()).contains("Google Maps nicht verfügbar")
                .doesNotContain(KEY);
    }

    private Path logFile() {
        for (var it = root.iteratorForAppenders(); it.hasNext(); ) {
            if (it.next() instanceof FileAppender<ILoggingEvent> file) {
                return Path.of(file.getFile());
            }
        }
        throw new AssertionError("no log file configured");
    }

    private DialogService recordingDialogs() {
        return new DialogService() {
            @Override
            public void showError(String title, String message, Throwable details) {
                dialogs.add(message);
            }

            @Override
            public void showInfo(String title, String message) {
                dialogs.add(message);
            }

            @Override
            public boolean confirm(String title, String message) {
                dialogs.add(message);
                return false;
            }
        };
    }
}
