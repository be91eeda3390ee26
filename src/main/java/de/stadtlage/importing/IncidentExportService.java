package de.stadtlage.importing;

import de.stadtlage.access.AuditLog;
import de.stadtlage.access.CurrentUser;
import de.stadtlage.common.UserMessage;
import de.stadtlage.persistence.Database;
import de.stadtlage.situation.Incident;
import de.stadtlage.situation.IncidentRepository;
import de.stadtlage.situation.IncidentRules;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;

/**
 * Exports incidents as CSV in the import's format. Police locations are sensitive, so every export is recorded
 * in the audit log.
 */
public final class IncidentExportService {

    // The range the import and the entry accept, so every stored incident is exported.
    private static final LocalDateTime EARLIEST = IncidentRules.EARLIEST_DAY.atStartOfDay();
    private static final LocalDateTime LATEST = IncidentRules.LATEST_DAY.plusDays(1).atStartOfDay();

    private final Database database;
    private final CurrentUser user;

    public IncidentExportService(Database database, CurrentUser user) {
        this.database = database;
        this.user = user;
    }

    /** Writes all incidents to {@code file} (UTF-8 with BOM) and returns how many were written. */
    public int exportAll(Path file) {
        List<Incident> incidents = new IncidentRepository(database.dsl()).findBetween(EARLIEST, LATEST);
        Path parent = file.toAbsolutePath().getParent();
        try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
             IncidentCsvWriter writer = new IncidentCsvWriter(out)) {
            for (Incident incident : incidents) {
                writer.write(incident);
            }
        } catch (IOException e) {
            throw new UserMessage("Die Datei " + file + " konnte nicht geschrieben werden (" + e.getMessage()
                    + "). Bitte prüfen Sie, ob der Ordner " + parent + " existiert und beschreibbar ist.", e);
        }
        database.transaction(cfg -> AuditLog.append(cfg.dsl(), user.name(), "incident", null, "EXPORTED", null,
                Map.of("file", file.getFileName().toString(), "count", incidents.size())));
        return incidents.size();
    }
}
