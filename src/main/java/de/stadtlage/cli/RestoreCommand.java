package de.stadtlage.cli;

import de.stadtlage.access.AuditAnchors;
import de.stadtlage.access.AuditLog;
import de.stadtlage.access.AuditReport;
import de.stadtlage.app.AppContext;
import de.stadtlage.app.StartupOpener;
import de.stadtlage.common.UserMessage;
import de.stadtlage.persistence.Database;
import de.stadtlage.persistence.DatabaseContent;
import de.stadtlage.persistence.DatabaseCorruptException;
import de.stadtlage.persistence.DatabaseLocation;
import de.stadtlage.persistence.FileEncryption;
import de.stadtlage.persistence.RestoreOutcome;
import de.stadtlage.persistence.SiteKey;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code restore FILE [--force] [--key-file KEY]}: replaces the database's content with a signed backup. A non-empty
 * database needs {@code --force}; a damaged H2 file is kept under a new name and a new one is restored beside it.
 */
@Command(name = "restore", mixinStandardHelpOptions = true,
        description = "Stellt die Datenbank aus einer Sicherung wieder her: ganz oder gar nicht. Eine Datenbank mit"
                + " Inhalt wird nur mit --force ersetzt (vorher wird sie gesichert; ohne diese Sicherung wird nicht"
                + " wiederhergestellt); eine beschädigte Datei wird umbenannt und aufbewahrt. Die Sicherung muss mit"
                + " der Schlüsseldatei der Datenbank signiert sein.")
final class RestoreCommand extends DatabaseCommand {

    @Parameters(index = "0", paramLabel = "DATEI", description = "Die Sicherung (.sql.zip).")
    Path source;

    @Option(names = "--force", description = "Auch eine Datenbank mit Inhalt (oder eine beschädigte Datei) ersetzen.")
    boolean force;

    @Option(names = "--key-file", paramLabel = "SCHLÜSSELDATEI",
            description = "Die Schlüsseldatei der Datenbank, aus der die Sicherung stammt (z. B. auf einem neuen"
                    + " Rechner: die Datei NAME.key, die neben NAME.mv.db lag). Standard: die Schlüsseldatei dieser"
                    + " Datenbank (oder " + SiteKey.OVERRIDE_ENV + "). Die Datenbank übernimmt diesen Schlüssel.")
    Path keyFile;

    private String setAsideNote = "";

    @Override
    protected Database open(DatabaseLocation location) {
        if (!Files.isRegularFile(source)) {
            throw new UserMessage("Die Sicherung " + source.toAbsolutePath() + " gibt es nicht. Bitte den Pfad prüfen.");
        }
        if (location.isH2File() && Files.isRegularFile(location.file())) {
            // refused at once, not only after the backup has been read into the new file
            FileEncryption.checkNotInUse(location);
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
        RestoreOutcome outcome = database.restoreFrom(source, database.location().hasFilePassword()
                ? database.location().filePassword() : root().filePassword(), keyFile);
        database.transaction(cfg -> AuditLog.append(cfg.dsl(), context.currentUser().name(), "database", null,
                "RESTORED", null, Map.of("file", source.toAbsolutePath().toString())));
        out.println(setAsideNote + "Wiederhergestellt aus " + source.toAbsolutePath() + ". Der Stand davor ist"
                + " gesichert in " + outcome.previousState() + "." + keyNote(outcome));
        return checkedAuditLog(database, out);
    }

    /**
     * The signature shows the backup is as it was written, not that the log in it was untouched when it was: the
     * restored chain and anchors are checked at once, and a changed log ends with exit 3 (the restore stays done).
     */
    private int checkedAuditLog(Database database, PrintWriter out) {
        AuditReport report = AuditAnchors.verify(database.dsl(), database.location(), List.of());
        if (report.intact()) {
            out.println(report.describe());
            return ExitCodes.OK;
        }
        PrintWriter err = spec.commandLine().getErr();
        err.println("Achtung: Das wiederhergestellte Änderungsprotokoll ist nicht unverändert; die Sicherung wurde nach"
                + " dieser Änderung geschrieben. Die Wiederherstellung ist trotzdem erfolgt.");
        err.println(report.describe());
        report.details().forEach(err::println);
        return ExitCodes.TAMPERED;
    }

    private static String keyNote(RestoreOutcome outcome) {
        if (outcome.keyTaken()) {
            return " Die Datenbank signiert ihre Sicherungen jetzt mit dem Schlüssel aus " + outcome.checkedWith()
                    + " (kopiert nach " + outcome.databaseKey() + ")." + outcome.replacedKeyFile().map(kept -> " Ihr"
                    + " bisheriger Schlüssel liegt in " + kept + "; damit ist die Sicherung des Stands davor signiert"
                    + " (restore … --key-file " + kept + ").").orElse("");
        }
        if (outcome.checkedWith().equals(outcome.databaseKey())) {
            return "";
        }
        return " Die Sicherung wurde mit " + outcome.checkedWith() + " geprüft; die Datenbank signiert weiter mit "
                + outcome.databaseKey() + ".";
    }
}
