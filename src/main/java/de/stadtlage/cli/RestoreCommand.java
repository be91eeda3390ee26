package de.stadtlage.cli;

import de.stadtlage.access.AuditLog;
import de.stadtlage.app.AppContext;
import de.stadtlage.app.StartupOpener;
import de.stadtlage.common.UserMessage;
import de.stadtlage.persistence.Database;
import de.stadtlage.persistence.DatabaseContent;
import de.stadtlage.persistence.DatabaseCorruptException;
import de.stadtlage.persistence.DatabaseLocation;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code restore FILE [--force]}: replaces the database's content with a backup. A non-empty database needs
 * {@code --force}; a damaged H2 file is kept under a new name and a new one is restored beside it.
 */
@Command(name = "restore", mixinStandardHelpOptions = true,
        description = "Stellt die Datenbank aus einer Sicherung wieder her. Eine Datenbank mit Inhalt wird nur mit"
                + " --force ersetzt (vorher wird sie automatisch gesichert); eine beschädigte Datei wird umbenannt"
                + " und aufbewahrt.")
final class RestoreCommand extends DatabaseCommand {

    @Parameters(index = "0", paramLabel = "DATEI", description = "Die Sicherung (.sql.zip).")
    Path source;

    @Option(names = "--force", description = "Auch eine Datenbank mit Inhalt (oder eine beschädigte Datei) ersetzen.")
    boolean force;

    private String setAsideNote = "";

    @Override
    protected Database open(DatabaseLocation location) {
        if (!Files.isRegularFile(source)) {
            throw new UserMessage("Die Sicherung " + source.toAbsolutePath() + " gibt es nicht. Bitte den Pfad prüfen.");
        }
        try {
            return StartupOpener.open(location);
        } catch (DatabaseCorruptException e) {
            if (!force) {
                throw e;
            }
            Path kept = e.setAside();
            setAsideNote = "Die beschädigte Datei wurde als " + kept + " aufbewahrt. ";
            return StartupOpener.open(location);
        }
    }

    @Override
    protected int run(AppContext context, PrintWriter out) {
        CommandAccess.requireDatabaseAdministration(context.currentUser());
        Database database = context.database();
        if (!force && !DatabaseContent.isEmpty(database.dsl())) {
            throw new UserMessage("Die Datenbank " + database.location().display() + " enthält bereits Daten."
                    + " Die Wiederherstellung würde sie ersetzen; bitte mit --force bestätigen"
                    + " (der jetzige Stand wird vorher automatisch gesichert).");
        }
        // An encrypted backup is read with the database's file password, or (into a plain database) the given one.
        database.restoreFrom(source, database.location().hasFilePassword() ? database.location().filePassword()
                : root().filePassword());
        database.transaction(cfg -> AuditLog.append(cfg.dsl(), context.currentUser().name(), "database", null,
                "RESTORED", null, Map.of("file", source.toAbsolutePath().toString())));
        out.println(setAsideNote + "Wiederhergestellt aus " + source.toAbsolutePath() + ".");
        return ExitCodes.OK;
    }
}
