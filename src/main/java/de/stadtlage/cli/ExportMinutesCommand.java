package de.stadtlage.cli;

import de.stadtlage.app.AppContext;
import de.stadtlage.common.Formats;
import de.stadtlage.common.UserMessage;
import de.stadtlage.common.FxToolkit;
import de.stadtlage.map.MapPackageLoader;
import de.stadtlage.meeting.MinutesMap;
import de.stadtlage.meeting.minutes.MapImageSource;
import de.stadtlage.meeting.minutes.MinutesExporter;
import de.stadtlage.meeting.minutes.MinutesRepository.MeetingRow;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code export-minutes --meeting YYYY-MM-DD|latest --out FILE.pdf}: the minutes of a meeting as PDF/A. */
@Command(name = "export-minutes", mixinStandardHelpOptions = true,
        description = "Schreibt das Protokoll einer Sitzung als PDF/A-Datei.")
final class ExportMinutesCommand extends DatabaseCommand {

    @Option(names = "--meeting", required = true, paramLabel = "YYYY-MM-DD|latest",
            description = "Datum der Sitzung, oder latest für die letzte Sitzung bis heute.")
    String meeting;

    @Option(names = "--out", required = true, paramLabel = "DATEI.pdf", description = "Zieldatei.")
    Path out;

    @Override
    protected int run(AppContext context, PrintWriter console) throws Exception {
        LocalDate today = LocalDate.now(context.clock());
        // The map needs a JavaFX toolkit; without a display the minutes say that no map is available.
        MapImageSource maps = FxToolkit.ensureRunning()
                ? new MinutesMap(context.database().dsl(), MapPackageLoader.fromClasspath()) : MapImageSource.NONE;
        MinutesExporter exporter = MinutesExporter.create(context.database(), maps);
        MeetingRow row = exporter.find(checked(meeting), today).orElseThrow(() -> new UserMessage(
                "latest".equalsIgnoreCase(meeting)
                        ? "Bis zum " + Formats.date(today) + " gibt es keine Sitzung."
                        : "Am " + Formats.date(LocalDate.parse(meeting)) + " gibt es keine Sitzung."
                                + " Bitte das Datum prüfen."));
        exporter.export(row, out);
        console.println("Protokoll der Sitzung vom " + Formats.date(row.header().date()) + " geschrieben: "
                + out.toAbsolutePath());
        return ExitCodes.OK;
    }

    private static String checked(String value) {
        if (!"latest".equalsIgnoreCase(value)) {
            try {
                LocalDate.parse(value);
            } catch (DateTimeParseException e) {
                throw new UserMessage("Ungültiges Datum \"" + value + "\". Bitte YYYY-MM-DD oder latest angeben.", e);
            }
        }
        return value;
    }
}
