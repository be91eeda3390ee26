package de.stadtlage.cli;

import de.stadtlage.app.AppContext;
import de.stadtlage.importing.ImportProgress;
import de.stadtlage.importing.ImportResult;
import de.stadtlage.importing.IncidentImportService;
import java.io.PrintWriter;
import java.nio.file.Path;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code import-incidents FILE}: imports a CSV or GeoJSON file, all rows or none. */
@Command(name = "import-incidents", mixinStandardHelpOptions = true,
        description = {"Importiert Vorfälle aus einer CSV- oder GeoJSON-Datei (alle Zeilen oder keine).",
                "Spalten: Zeitpunkt;Kategorie;Quelle;Breite;Länge;Ort;Anzahl;Bemerkung (Reihenfolge beliebig).",
                "Ausgabe: importiert: N, Duplikate übersprungen: M, ungefähr verortet: K"})
final class ImportIncidentsCommand extends DatabaseCommand {

    @Parameters(index = "0", paramLabel = "DATEI", description = "CSV- oder GeoJSON-Datei")
    Path file;

    @Override
    protected int run(AppContext context, PrintWriter out) {
        ImportResult result = new IncidentImportService(context.database(), context.currentUser())
                .importFile(file, ImportProgress.NONE);
        out.println(result.summary());
        return ExitCodes.OK;
    }
}
