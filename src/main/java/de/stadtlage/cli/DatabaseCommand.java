package de.stadtlage.cli;

import de.stadtlage.access.CurrentUser;
import de.stadtlage.app.AppContext;
import de.stadtlage.app.StartupOpener;
import de.stadtlage.common.UserMessage;
import de.stadtlage.persistence.Database;
import de.stadtlage.persistence.DatabaseLocation;
import java.io.PrintWriter;
import java.time.Clock;
import java.util.concurrent.Callable;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** A subcommand that works on the database named by {@code --db}. */
public abstract class DatabaseCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Override
    public final Integer call() throws Exception {
        if (root().encrypt) {
            throw new UserMessage("--encrypt steht ohne Unterbefehl: stadtlage --db DATEI --encrypt");
        }
        Database database = open(root().location());
        CurrentUser user;
        try {
            user = needsLogin() ? CommandLogin.login(database, root().user(), root().environment) : CurrentUser.system();
        } catch (RuntimeException e) {
            database.close();
            throw e;
        }
        try (AppContext context = new AppContext(database, user, Clock.systemDefaultZone())) {
            return run(context, spec.commandLine().getOut());
        }
    }

    /** Whether the command runs as the logged-in person (all but {@code init-admin}, which creates the first). */
    protected boolean needsLogin() {
        return true;
    }

    /** Opens (and migrates) the database; commands that handle a damaged file override this. */
    protected Database open(DatabaseLocation location) {
        return StartupOpener.open(location);
    }

    /** The root command with the global options; found through the spec, so nested subcommands work too. */
    protected StadtlageCommand root() {
        return (StadtlageCommand) spec.root().userObject();
    }

    protected abstract int run(AppContext context, PrintWriter out) throws Exception;
}
