package de.stadtlage.cli;

import de.stadtlage.access.AuditAnchors;
import de.stadtlage.access.AuditAnchors.MeetingAnchor;
import de.stadtlage.app.AppContext;
import de.stadtlage.common.Formats;
import de.stadtlage.persistence.SiteKey;
import java.io.PrintWriter;
import picocli.CommandLine.Command;

/**
 * {@code audit anchors}: the anchors of the closed meetings and of the chain's head now, to keep outside the
 * database (print, mail, file elsewhere); {@code audit verify --anchor} checks each later.
 */
@Command(name = "anchors", mixinStandardHelpOptions = true,
        description = "Listet die Prüfanker der abgeschlossenen Sitzungen und den der heutigen Kettenspitze, zum"
                + " Aufbewahren außerhalb der Datenbank; \"audit verify --anchor\" prüft jeden davon.")
final class AuditAnchorsCommand extends DatabaseCommand {

    @Override
    protected int run(AppContext context, PrintWriter out) {
        CommandAccess.requireAuditLogReader(context.currentUser());
        var dsl = context.database().dsl();
        for (MeetingAnchor meeting : AuditAnchors.ofClosedMeetings(dsl)) {
            String anchor = meeting.anchor().map(a -> a.text())
                    .orElse(meeting.stored() == null ? "(keiner, vor Einführung der Prüfanker abgeschlossen)"
                            : "(unlesbar: " + meeting.stored() + ")");
            out.println("Sitzung vom " + Formats.date(meeting.date()) + ": " + anchor);
        }
        out.println("Kettenspitze jetzt: "
                + AuditAnchors.current(dsl, SiteKey.of(context.database().location())).text());
        return ExitCodes.OK;
    }
}
