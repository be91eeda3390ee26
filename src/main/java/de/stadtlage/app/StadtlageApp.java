package de.stadtlage.app;

import atlantafx.base.theme.PrimerLight;
import de.stadtlage.access.LoginDialog;
import de.stadtlage.common.FxDialogService;
import de.stadtlage.common.Messages;
import de.stadtlage.common.PooledTaskRunner;
import de.stadtlage.persistence.DatabaseLocation;
import java.time.Clock;
import java.util.Locale;
import java.util.Objects;
import javafx.application.Application;
import javafx.scene.Scene;
import javafx.stage.Stage;

/**
 * The JavaFX application. The window shows first; the database is opened and migrated in the background, because
 * the chair starts the app in front of a room.
 */
public final class StadtlageApp extends Application {

    private static final String TITLE = "Stadtlage – Sonderstab Ordnung und Stadtleben";
    private static volatile DatabaseLocation launchLocation;

    private final DatabaseLocation location;
    private final Settings settings;
    private PooledTaskRunner runner;
    private ShellViewModel model;
    private Stage stage;

    /** Used by {@link Application#launch}: takes the location given on the command line. */
    public StadtlageApp() {
        this(Objects.requireNonNullElseGet(launchLocation, DatabaseLocation::defaultFile), Settings.load());
    }

    /** For tests: a given database and settings. */
    public StadtlageApp(DatabaseLocation location, Settings settings) {
        this.location = location;
        this.settings = settings;
    }

    /** Starts the GUI and returns when its window has closed. */
    public static void launchGui(DatabaseLocation location) {
        launchLocation = location;
        try {
            Application.launch(StadtlageApp.class);
        } catch (RuntimeException e) {
            throw GuiStartFailure.explain(e);
        }
    }

    @Override
    public void start(Stage primaryStage) {
        this.stage = primaryStage;
        // The staff works in German whatever the machine's locale: date pickers, numbers and dialog buttons follow
        // the default locale, so it is set to the chosen UI language.
        Locale language = settings.get("ui.language").map(Locale::forLanguageTag).orElse(Locale.GERMANY);
        Locale.setDefault("en".equals(language.getLanguage()) ? Locale.UK : Locale.GERMANY);
        Messages.use(language);
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
        FxDialogService dialogs = new FxDialogService(() -> stage);
        ErrorHandler.install(dialogs);
        runner = new PooledTaskRunner(2);
        model = new ShellViewModel(location, settings, runner, dialogs, Clock.systemDefaultZone());
        model.setLoginPrompt(new LoginDialog(() -> stage));
        model.setFilePasswordPrompt(new FilePasswordDialog(() -> stage));
        model.setQuitAction(() -> stage.close()); // without the file password there is nothing to show
        MainWindow window = new MainWindow(model, runner, dialogs);
        Scene scene = new Scene(window.root(), 1280, 800);
        scene.getStylesheets().add(Objects.requireNonNull(
                StadtlageApp.class.getResource("/de/stadtlage/app/app.css")).toExternalForm());
        window.installAccelerators();
        stage.setTitle(TITLE);
        stage.setScene(scene);
        stage.setMinWidth(1024);
        stage.setMinHeight(700);
        WindowBounds.restore(stage, settings);
        stage.getIcons().addAll(WindowIcons.load());
        stage.show();
        StartupProbe.install(scene);
        openDatabaseAfterFirstFrame(scene);
    }

    /**
     * Opening and migrating the database starts once the window has been laid out: started earlier, its class
     * loading and Flyway compete with the first frame for the two cores of a typical office PC.
     */
    private void openDatabaseAfterFirstFrame(Scene scene) {
        Runnable[] once = new Runnable[1];
        once[0] = () -> {
            scene.removePostLayoutPulseListener(once[0]);
            model.openDatabase();
        };
        scene.addPostLayoutPulseListener(once[0]);
    }

    @Override
    public void stop() {
        if (stage != null) {
            WindowBounds.store(stage, settings);
            settings.save();
        }
        if (model != null && model.contextProperty().get() != null) {
            model.contextProperty().get().close();
        }
        if (runner != null) {
            runner.close();
        }
    }

}
