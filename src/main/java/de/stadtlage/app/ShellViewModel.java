package de.stadtlage.app;

import de.stadtlage.access.AccessService;
import de.stadtlage.access.CurrentUser;
import de.stadtlage.access.LoginPrompt;
import de.stadtlage.access.PasswordHasher;
import de.stadtlage.common.DialogService;
import de.stadtlage.common.Formats;
import de.stadtlage.common.Messages;
import de.stadtlage.common.TaskRunner;
import de.stadtlage.common.UserMessage;
import de.stadtlage.persistence.Database;
import de.stadtlage.persistence.DatabaseContent;
import de.stadtlage.persistence.DatabaseLocation;
import de.stadtlage.persistence.FileEncryption;
import de.stadtlage.persistence.WrongFilePasswordException;
import de.stadtlage.sample.SampleData;
import de.stadtlage.sample.SampleSummary;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Optional;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.concurrent.Task;

/**
 * State of the main window: the open database, the shown section, the welcome page, what runs in the background.
 */
public final class ShellViewModel {

    private final DatabaseLocation location;
    private final Settings settings;
    private final TaskRunner runner;
    private final DialogService dialogs;
    private final Clock clock;
    private LoginPrompt loginPrompt = (database, problem) -> Optional.empty();
    private FilePasswordPrompt filePasswordPrompt = (database, problem) -> Optional.empty();
    private Runnable quit = () -> { };

    private final ObjectProperty<AppContext> context = new SimpleObjectProperty<>(this, "context");
    private final ObjectProperty<Section> section = new SimpleObjectProperty<>(this, "section", Section.LAGE);
    private final BooleanProperty welcome = new SimpleBooleanProperty(this, "welcome");
    private final BooleanProperty sampleData = new SimpleBooleanProperty(this, "sampleData");
    private final BooleanProperty adminMissing = new SimpleBooleanProperty(this, "adminMissing");
    private final BooleanProperty busy = new SimpleBooleanProperty(this, "busy");
    private final StringProperty status = new SimpleStringProperty(this, "status", "");
    private final StringProperty failure = new SimpleStringProperty(this, "failure");

    public ShellViewModel(DatabaseLocation location, Settings settings, TaskRunner runner, DialogService dialogs, Clock clock) {
        this.location = location;
        this.settings = settings;
        this.runner = runner;
        this.dialogs = dialogs;
        this.clock = clock;
    }

    /** The user's settings file of this window, read afresh (dialogs elsewhere may have changed it). */
    public Settings currentSettings() {
        return settings.reloaded();
    }

    /** How the login is asked when the database has an admin (the app sets its dialog). */
    public void setLoginPrompt(LoginPrompt loginPrompt) {
        this.loginPrompt = loginPrompt;
    }

    /** How the file password of an encrypted H2 file is asked (the app sets its dialog). */
    public void setFilePasswordPrompt(FilePasswordPrompt filePasswordPrompt) {
        this.filePasswordPrompt = filePasswordPrompt;
    }

    /** What ends the app when the person cancels the file password (the app closes its window). */
    public void setQuitAction(Runnable quit) {
        this.quit = quit;
    }

    /**
     * Opens and migrates the database in the background; the window is already showing. An encrypted file asks
     * for its file password first; a database with an admin asks for login; otherwise the person comes from the
     * settings.
     */
    public void openDatabase() {
        status.set(Messages.get("status.opening", location.display()));
        // The header is read in the background, and the dialog comes from the task's callback: the window's start
        // never waits for a person.
        run(new Task<Boolean>() {
            @Override
            protected Boolean call() {
                return FileEncryption.isEncrypted(location);
            }
        }, encrypted -> {
            if (encrypted) {
                unlock(null);
            } else {
                open(location, error -> failure.set(error.getMessage()));
            }
        }, error -> failure.set(error.getMessage()));
    }

    /** Asks for the file password until it opens the file; a wrong one is said and asked again. */
    private void unlock(String problem) {
        Optional<char[]> password = filePasswordPrompt.ask(location.display(), problem);
        if (password.isEmpty()) {
            failure.set(Messages.get("filePassword.cancelled"));
            quit.run();
            return;
        }
        DatabaseLocation unlocked = location.withFilePassword(password.get());
        PasswordHasher.wipe(password.get());
        open(unlocked, error -> {
            if (error instanceof WrongFilePasswordException) {
                unlock(error.getMessage());
            } else {
                failure.set(error.getMessage());
            }
        });
    }

    private void open(DatabaseLocation target, java.util.function.Consumer<Throwable> onFailure) {
        status.set(Messages.get("status.opening", location.display()));
        run(new Task<OpenResult>() {
            @Override
            protected OpenResult call() {
                Database database = StartupOpener.open(target);
                boolean needsWelcome = DatabaseContent.needsWelcome(database.dsl());
                boolean sample = DatabaseContent.hasSampleData(database.dsl());
                boolean needsLogin = new AccessService(database, clock).hasAdmin();
                return new OpenResult(database, needsWelcome, needsLogin, sample);
            }
        }, result -> {
            adminMissing.set(!result.needsLogin());
            if (result.needsLogin()) {
                logIn(result, null);
            } else {
                ready(result, settings.currentUser());
            }
        }, onFailure);
    }

    private void logIn(OpenResult opened, String problem) {
        Optional<LoginPrompt.Credentials> credentials = loginPrompt.ask(location.display(), problem);
        if (credentials.isEmpty()) {
            opened.database().close();
            failure.set(Messages.get("login.cancelled"));
            return;
        }
        run(new Task<CurrentUser>() {
            @Override
            protected CurrentUser call() {
                try {
                    return new AccessService(opened.database(), clock).authenticate(credentials.get().login(),
                            credentials.get().password());
                } finally {
                    PasswordHasher.wipe(credentials.get().password());
                }
            }
        }, user -> ready(opened, user), error -> {
            if (error instanceof UserMessage) {
                logIn(opened, error.getMessage());
            } else {
                opened.database().close();
                failure.set(error.getMessage());
            }
        });
    }

    private void ready(OpenResult opened, CurrentUser user) {
        // Welcome first: the window switches pages when the context arrives and must not build the Lage page
        // of an empty database on the way.
        sampleData.set(opened.sampleData());
        welcome.set(opened.needsWelcome());
        status.set(Messages.get("status.ready"));
        context.set(new AppContext(opened.database(), user, clock));
    }

    /**
     * Creates the first admin of a database without one (the rules and the audit entry of {@code init-admin}) and
     * continues as that admin; from the next start on, the database asks for a login.
     */
    public void createFirstAdmin(String login, String name, char[] password) {
        AppContext ctx = context.get();
        run(new Task<CurrentUser>() {
            @Override
            protected CurrentUser call() {
                try {
                    return new AccessService(ctx.database(), clock).createFirstAdmin(login, name, password);
                } finally {
                    PasswordHasher.wipe(password);
                }
            }
        }, admin -> {
            adminMissing.set(false);
            status.set(Messages.get("firstAdmin.created", admin.name()));
            context.set(new AppContext(ctx.database(), admin, clock));
        }, error -> dialogs.showError(Messages.get("firstAdmin.title"), error.getMessage(), error));
    }

    /** "Mit Beispieldaten starten". */
    public void startWithSampleData() {
        AppContext ctx = context.get();
        status.set(Messages.get("status.loadingSample"));
        run(new Task<SampleSummary>() {
            @Override
            protected SampleSummary call() {
                return SampleData.load(ctx.database(), ctx.currentUser(), LocalDate.now(clock), false);
            }
        }, summary -> {
            status.set(Messages.get("status.sampleLoaded", Formats.number(summary.incidents()),
                    summary.tasks(), summary.meetings()));
            sampleData.set(true);
            section.set(Section.LAGE);
            welcome.set(false);
        }, error -> dialogs.showError(Messages.get("error.title"), error.getMessage(), error));
    }

    /** "Leer beginnen". */
    public void startEmpty() {
        AppContext ctx = context.get();
        run(new Task<Void>() {
            @Override
            protected Void call() {
                DatabaseContent.markStarted(ctx.database());
                return null;
            }
        }, ignored -> {
            status.set(Messages.get("status.ready"));
            welcome.set(false);
        }, error -> dialogs.showError(Messages.get("error.title"), error.getMessage(), error));
    }

    private <T> void run(Task<T> task, java.util.function.Consumer<T> onSuccess,
                         java.util.function.Consumer<Throwable> onFailure) {
        busy.set(true);
        task.setOnSucceeded(e -> {
            busy.set(false);
            onSuccess.accept(task.getValue());
        });
        task.setOnFailed(e -> {
            busy.set(false);
            onFailure.accept(task.getException());
        });
        runner.run(task);
    }

    private record OpenResult(Database database, boolean needsWelcome, boolean needsLogin, boolean sampleData) {
    }

    public DatabaseLocation location() {
        return location;
    }

    public ReadOnlyObjectProperty<AppContext> contextProperty() {
        return context;
    }

    public ObjectProperty<Section> sectionProperty() {
        return section;
    }

    public ReadOnlyBooleanProperty welcomeProperty() {
        return welcome;
    }

    /** The open database holds the synthetic sample situation. */
    public ReadOnlyBooleanProperty sampleDataProperty() {
        return sampleData;
    }

    /** The open database has no admin yet: it works without login until the first admin is created. */
    public ReadOnlyBooleanProperty adminMissingProperty() {
        return adminMissing;
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy;
    }

    public ReadOnlyStringProperty statusProperty() {
        return status;
    }

    /** Set when the database could not be opened: a German sentence for the error page. */
    public ReadOnlyStringProperty failureProperty() {
        return failure;
    }
}
