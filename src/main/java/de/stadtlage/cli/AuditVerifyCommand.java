package de.stadtlage.cli;

import de.stadtlage.access.AuditLog;
import de.stadtlage.access.AuditVerification;
import de.stadtlage.app.AppContext;
import java.io.PrintWriter;
import picocli.CommandLine.Command;

/** {@code audit verify}: checks the hash chain; exit 3 and the first broken entry when it was tampered with. */
@Command(name = "verify", mixinStandardHelpOptions = true,
        description = "Prüft die Hash-Kette des Änderungsprotokolls. Exit-Code 0: unverändert, 3: verändert"
                + " (der erste nicht passende Eintrag wird genannt).")
final class AuditVerifyCommand extends DatabaseCommand {

    @Override
    protected int run(AppContext context, PrintWriter out) {
        AuditVerification result = AuditLog.verify(context.database().dsl());
        if (result.intact()) {
            out.println(result.describe());
            return ExitCodes.OK;
        }
        spec.commandLine().getErr().println(result.describe());
        return ExitCodes.TAMPERED;
    }
}
