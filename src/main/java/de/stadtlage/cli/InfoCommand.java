package de.stadtlage.cli;

import de.stadtlage.app.AppContext;
import de.stadtlage.persistence.DatabaseContent;
import java.io.PrintWriter;
import picocli.CommandLine.Command;

/** {@code info}: one "table: count" line per table. */
@Command(name = "info", mixinStandardHelpOptions = true,
        description = "Zeigt je Tabelle eine Zeile \"tabelle: anzahl\".")
final class InfoCommand extends DatabaseCommand {

    @Override
    protected int run(AppContext context, PrintWriter out) {
        DatabaseContent.rowCounts(context.database().dsl()).forEach((table, count) -> out.println(table + ": " + count));
        return ExitCodes.OK;
    }
}
