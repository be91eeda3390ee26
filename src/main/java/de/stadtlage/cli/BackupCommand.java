package de.stadtlage.cli;

import de.stadtlage.app.AppContext;
import de.stadtlage.persistence.SiteKey;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code backup --out FILE}: the rows of the whole database, zipped and signed with the database's key file. */
@Command(name = "backup", mixinStandardHelpOptions = true,
        description = "Schreibt eine Sicherung der ganzen Datenbank in DATEI: alle Zeilen als Daten, gezippt und mit"
                + " der Schlüsseldatei der Datenbank signiert (bei verschlüsselter Datenbank auch verschlüsselt).")
final class BackupCommand extends DatabaseCommand {

    @Option(names = "--out", required = true, paramLabel = "DATEI", description = "Zieldatei, z. B. lage.sql.zip")
    Path out;

    @Option(names = "--force", description = "Eine vorhandene Zieldatei überschreiben.")
    boolean force;

    @Override
    protected int run(AppContext context, PrintWriter console) {
        CommandAccess.requireDatabaseAdministration(context.currentUser());
        if (Files.exists(out) && !force) {
            throw new de.stadtlage.common.UserMessage("Die Datei " + out.toAbsolutePath() + " gibt es schon."
                    + " Bitte einen anderen Namen wählen oder --force angeben.");
        }
        context.database().backupTo(out);
        console.println("Sicherung geschrieben: " + out.toAbsolutePath() + ". Sie ist mit der Schlüsseldatei "
                + SiteKey.fileFor(context.database().location()) + " signiert: Wer sie auf einem anderen Rechner"
                + " wiederherstellen will, braucht auch diese Datei (restore … --key-file).");
        return ExitCodes.OK;
    }
}
