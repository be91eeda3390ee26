package de.stadtlage.cli;

import de.stadtlage.actions.ActionItemFilter;
import de.stadtlage.actions.ActionItemService;
import de.stadtlage.app.AppContext;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code export-actions --out FILE.csv}: all action items as CSV for Excel. */
@Command(name = "export-actions", mixinStandardHelpOptions = true,
        description = "Schreibt alle Maßnahmen als CSV (Semikolon, UTF-8 mit BOM) für Excel.")
final class ExportActionsCommand extends DatabaseCommand {

    @Option(names = "--out", required = true, paramLabel = "DATEI.csv", description = "Zieldatei.")
    Path out;

    @Override
    protected int run(AppContext context, PrintWriter console) throws Exception {
        ActionItemService service = new ActionItemService(context.database(), context.currentUser(),
                context.clock());
        Path parent = out.toAbsolutePath().getParent();
        if (parent != null) {
            Files.createDirectories(parent);
        }
        try (OutputStream stream = Files.newOutputStream(out)) {
            service.exportCsv(ActionItemFilter.ALL, stream);
        }
        console.println("Maßnahmen geschrieben: " + out.toAbsolutePath());
        return ExitCodes.OK;
    }
}
