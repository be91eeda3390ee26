package de.stadtlage.cli;

import de.stadtlage.app.AppContext;
import de.stadtlage.sample.SampleData;
import de.stadtlage.sample.SampleSummary;
import java.io.PrintWriter;
import java.time.LocalDate;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code demo [--force]}: loads the sample situation. */
@Command(name = "demo", mixinStandardHelpOptions = true,
        description = "Lädt die Beispieldaten (synthetisch) in eine leere Datenbank und zeigt, was geladen wurde.")
final class DemoCommand extends DatabaseCommand {

    @Option(names = "--force", description = "Auch in eine nicht leere Datenbank laden: ersetzt ALLE Inhalte.")
    boolean force;

    @Override
    protected int run(AppContext context, PrintWriter out) {
        CommandAccess.requireDatabaseAdministration(context.currentUser());
        SampleSummary summary = SampleData.load(context.database(), context.currentUser(),
                LocalDate.now(context.clock()), force);
        out.println(summary.describe());
        return ExitCodes.OK;
    }
}
