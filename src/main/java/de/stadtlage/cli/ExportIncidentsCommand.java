package de.stadtlage.cli;

import de.stadtlage.app.AppContext;
import de.stadtlage.importing.IncidentExportService;
import java.io.PrintWriter;
import java.nio.file.Path;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code export-incidents --out FILE.csv}: writes all incidents in the import's CSV format. */
@Command(name = "export-incidents", mixinStandardHelpOptions = true,
        description = "Schreibt alle Vorfälle als CSV (Semikolon, UTF-8 mit BOM) im Format des Imports.")
final class ExportIncidentsCommand extends DatabaseCommand {

    @Option(names = "--out", required = true, paramLabel = "DATEI.csv", description = "Zieldatei")
    Path out;

    @Override
    protected int run(AppContext context, PrintWriter console) {
        int count = new IncidentExportService(context.database(), context.currentUser()).exportAll(out);
        console.println("exportiert: " + count);
        return ExitCodes.OK;
    }
}
