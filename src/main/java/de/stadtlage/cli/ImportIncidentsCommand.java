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
                "Ausgabe: importiert: N, Duplikate übersprungen: M, ungefähr verortet: K",
                "Eine Datei, die kein UTF-8 ist, wird als Windows-1252 gelesen; ein Hinweis auf stderr nennt Zeile und Byte."})
final class ImportIncidentsCommand extends DatabaseCommand {

    @Parameters(index = "0", paramLabel = "DATEI", description = "CSV- oder GeoJSON-Datei")
    Path file;

    @Override
    protected int run(AppContext context, PrintWriter out) {
        ImportResult result = new IncidentImportService(context.database(), context.currentUser(), context.clock())
                .importFile(file, ImportProgress.NONE);
        out.println(result.summary());
        if (!result.encodingNotice().isEmpty()) {
            // On stderr, so the summary stays the only line on stdout for scripts.
            spec.commandLine().getErr().println("Hinweis: " + result.encodingNotice());
        }
        return ExitCodes.OK;
    }
}
