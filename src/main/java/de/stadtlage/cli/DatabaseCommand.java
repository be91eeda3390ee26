package de.stadtlage.cli;

import de.stadtlage.access.CurrentUser;
import de.stadtlage.app.AppContext;
import de.stadtlage.app.StartupOpener;
import de.stadtlage.persistence.Database;
import java.io.PrintWriter;
import java.time.Clock;
import java.util.concurrent.Callable;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** A subcommand that works on the database named by {@code --db}. */
public abstract class DatabaseCommand implements Callable<Integer> {

    @ParentCommand
    StadtlageCommand root;

    @Spec
    CommandSpec spec;

    @Override
    public final Integer call() throws Exception {
        try (Database database = StartupOpener.open(root.location());
             AppContext context = new AppContext(database, CurrentUser.system(), Clock.systemDefaultZone())) {
            return run(context, spec.commandLine().getOut());
        }
    }

    protected abstract int run(AppContext context, PrintWriter out) throws Exception;
}
