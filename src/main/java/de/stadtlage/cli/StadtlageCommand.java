package de.stadtlage.cli;

import de.stadtlage.app.StadtlageApp;
import de.stadtlage.persistence.DatabaseLocation;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** The root command: without a subcommand it starts the GUI. */
@Command(name = "stadtlage", mixinStandardHelpOptions = true, versionProvider = VersionInfo.class,
        sortOptions = false, usageHelpAutoWidth = true,
        description = "Lagebild, Aufgaben und Protokolle des Sonderstabs Ordnung und Stadtleben."
                + " Ohne Unterbefehl startet die Oberfläche.",
        subcommands = {DemoCommand.class, InfoCommand.class, ExportMinutesCommand.class,
                ExportActionsCommand.class},
        exitCodeListHeading = "%nExit-Codes:%n",
        exitCodeList = {"0:Erfolg", "1:Interner Fehler (Details im Protokoll)", "2:Ungültige Eingabe oder abgelehnt"})
public final class StadtlageCommand implements Callable<Integer> {

    @Option(names = "--db", paramLabel = "PFAD|JDBC-URL",
            description = "H2-Datenbankdatei oder JDBC-URL (Standard: Datenbank im Datenordner des Benutzers).")
    String db;

    public DatabaseLocation location() {
        return DatabaseLocation.parse(db);
    }

    @Override
    public Integer call() {
        StadtlageApp.launchGui(location());
        return ExitCodes.OK;
    }
}
