package de.stadtlage.cli;

import de.stadtlage.access.AuditAnchor;
import de.stadtlage.access.AuditAnchors;
import de.stadtlage.access.AuditReport;
import de.stadtlage.app.AppContext;
import de.stadtlage.common.UserMessage;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code audit verify [--anchor TEXT]…}: checks the hash chain and the anchors of the closed meetings (and the
 * given ones, e.g. from printed minutes); exit 3 and the first problem when the log was tampered with.
 */
@Command(name = "verify", mixinStandardHelpOptions = true,
        description = "Prüft die Hash-Kette des Änderungsprotokolls und die Prüfanker der abgeschlossenen Sitzungen."
                + " Exit-Code 0: unverändert, 3: verändert (der erste nicht passende Eintrag oder Prüfanker wird"
                + " genannt). Nur für die Administration, sobald es eine gibt.")
final class AuditVerifyCommand extends DatabaseCommand {

    @Option(names = "--anchor", paramLabel = "PRÜFANKER",
            description = "Ein Prüfanker aus einem Protokoll-PDF (Fußzeile \"Prüfanker des Änderungsprotokolls\")"
                    + " oder aus \"audit anchors\", z. B. 812-9f86d081884c7d659a2feaa0c55ad015-3a7bd3e2360a3d29;"
                    + " mehrfach möglich.")
    List<String> anchors = new ArrayList<>();

    @Override
    protected int run(AppContext context, PrintWriter out) {
        CommandAccess.requireAuditLogReader(context.currentUser());
        List<AuditAnchor> given = anchors.stream().map(AuditVerifyCommand::parse).toList();
        AuditReport report = AuditAnchors.verify(context.database().dsl(), context.database().location(), given);
        PrintWriter target = report.intact() ? out : spec.commandLine().getErr();
        target.println(report.describe());
        report.details().forEach(target::println);
        return report.intact() ? ExitCodes.OK : ExitCodes.TAMPERED;
    }

    private static AuditAnchor parse(String text) {
        return AuditAnchor.parse(text).orElseThrow(() -> new UserMessage("\"" + text + "\" ist kein Prüfanker."
                + " Bitte ihn so angeben, wie er im Protokoll steht: Eintragsnummer, Hash und Unterschrift mit"
                + " Bindestrichen, z. B. 812-9f86d081884c7d659a2feaa0c55ad015-3a7bd3e2360a3d29."));
    }
}
