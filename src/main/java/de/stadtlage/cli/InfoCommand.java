package de.stadtlage.cli;

import de.stadtlage.app.AppContext;
import de.stadtlage.persistence.DatabaseContent;
import de.stadtlage.persistence.DatabaseLocation;
import de.stadtlage.persistence.SiteKey;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import picocli.CommandLine.Command;

/** {@code info}: one "table: count" line per table, then where the key file is and whether the file is shared. */
@Command(name = "info", mixinStandardHelpOptions = true,
        description = "Zeigt je Tabelle eine Zeile \"tabelle: anzahl\", dann den Ort der Schlüsseldatei und ob die"
                + " H2-Datei gemeinsam genutzt wird.")
final class InfoCommand extends DatabaseCommand {

    @Override
    protected int run(AppContext context, PrintWriter out) {
        DatabaseContent.rowCounts(context.database().dsl()).forEach((table, count) -> out.println(table + ": " + count));
        DatabaseLocation location = context.database().location();
        Path key = SiteKey.fileFor(location);
        out.println("Schlüsseldatei: " + key + (Files.exists(key) ? "" : " (noch nicht angelegt)"));
        if (location.isH2File()) {
            out.println("Gemeinsame Nutzung: " + (location.isShared() ? "ja (--shared)" : "nein"));
        }
        return ExitCodes.OK;
    }
}
