package de.stadtlage.importing;

import de.stadtlage.access.AuditLog;
import de.stadtlage.access.CurrentUser;
import de.stadtlage.access.PermissionDeniedException;
import de.stadtlage.common.Quote;
import de.stadtlage.common.UserMessage;
import de.stadtlage.persistence.Database;
import de.stadtlage.situation.Incident;
import de.stadtlage.situation.IncidentRepository;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.jooq.DSLContext;

/**
 * Imports incidents from CSV or GeoJSON files: all rows or none, duplicates skipped, addresses placed on the
 * street index, in one transaction with an import batch and an audit entry. Cancelling rolls everything back.
 */
public final class IncidentImportService {

    private static final int CHUNK = 5000;

    private final Database database;
    private final CurrentUser user;
    private final Supplier<StreetIndex> streets;
    private final Clock clock;

    /** @param clock the app's clock: rows dated after its day are refused */
    public IncidentImportService(Database database, CurrentUser user, Supplier<StreetIndex> streets, Clock clock) {
        this.database = database;
        this.user = user;
        this.streets = streets;
        this.clock = clock;
    }

    public IncidentImportService(Database database, CurrentUser user, Clock clock) {
        this(database, user, StreetIndex::ofMapPackage, clock);
    }

    public IncidentImportService(Database database, CurrentUser user) {
        this(database, user, Clock.systemDefaultZone());
    }

    /**
     * Reads and validates a file without storing anything: the import dialog's preview. Rows are validated while
     * the file is read; only the first {@link ImportCheck#PREVIEW_ROWS} are kept as read.
     */
    public ImportCheck check(Path file, ImportProgress progress) {
        byte[] content = readFile(file);
        progress.update(0, 1, "Datei wird gelesen …");
        IncidentRowParser parser = new IncidentRowParser(streets.get(), LocalDate.now(clock));
        List<ParsedRow> rows = new ArrayList<>();
        List<SourceRow> preview = new ArrayList<>();
        List<RowError> errors = new ArrayList<>();
        SourceRow.Sink validate = (row, fraction) -> {
            if (rows.size() % 1000 == 0) {
                cancelIfAsked(progress);
                progress.update(Math.round(fraction * 1000), 1000, "Zeilen werden geprüft …");
            }
            if (preview.size() < ImportCheck.PREVIEW_ROWS) {
                preview.add(row);
            }
            ParsedRow result = parser.parse(row);
            rows.add(result);
            if (!result.isValid()) {
                errors.add(new RowError(result.line(), result.error()));
            }
        };
        FileContent read = looksLikeJson(content) ? IncidentGeoJsonReader.read(content, validate)
                : IncidentCsvReader.read(content, validate);
        errors.addAll(read.errors());
        if (rows.isEmpty() && errors.isEmpty()) {
            errors.add(new RowError(1, "Die Datei enthält keine Vorfälle, nur die Kopfzeile."));
        }
        errors.sort(Comparator.comparingInt(RowError::line));
        FileContent kept = new FileContent(read.formatName(), read.csvFormat(), read.headers(), preview, read.errors());
        return new ImportCheck(file.getFileName().toString(), kept, rows, errors);
    }

    /** Checks and imports a file; a bad row rejects the whole file with {@link ImportRejectedException}. */
    public ImportResult importFile(Path file, ImportProgress progress) {
        requireWriteAccess();
        return importChecked(check(file, progress), progress);
    }

    /** Imports a file already checked (the dialog checks first, then imports what it showed). */
    public ImportResult importChecked(ImportCheck check, ImportProgress progress) {
        requireWriteAccess();
        if (!check.errors().isEmpty()) {
            throw new ImportRejectedException(check.fileName(), check.errors());
        }
        List<Incident> incidents = check.incidents();
        if (incidents.isEmpty()) {
            throw new UserMessage("Die Datei " + Quote.of(check.fileName()) + " enthält keine Vorfälle.");
        }
        return database.transactionResult(cfg -> store(cfg.dsl(), check, incidents, progress));
    }

    private ImportResult store(DSLContext tx, ImportCheck check, List<Incident> incidents, ImportProgress progress) {
        int batchId = IncidentRepository.insertBatch(tx, check.fileName(), user.name(), false);
        DuplicateIndex known = knownIncidents(tx, incidents);
        List<Incident> fresh = new ArrayList<>(incidents.size());
        for (Incident incident : incidents) {
            if (!known.contains(incident)) {
                known.add(incident);
                fresh.add(incident);
            }
        }
        // In time order the time index grows at its end instead of splitting pages all over (and ids follow time).
        fresh.sort(Comparator.comparing(Incident::occurredAt));
        for (int from = 0; from < fresh.size(); from += CHUNK) {
            cancelIfAsked(progress);
            progress.update(from, fresh.size(), "Vorfälle werden gespeichert …");
            IncidentRepository.insertBatched(tx, fresh.subList(from, Math.min(fresh.size(), from + CHUNK)), batchId);
        }
        cancelIfAsked(progress);
        int duplicates = incidents.size() - fresh.size();
        int approximate = (int) fresh.stream().filter(Incident::approximate).count();
        ImportBatchRepository.recordOutcome(tx, batchId, check.formatDescription(), duplicates, approximate);
        ImportResult result = new ImportResult(batchId, fresh.size(), duplicates, approximate, check.formatDescription(),
                check.encodingNotice());
        AuditLog.append(tx, user.name(), "import_batch", batchId, "IMPORTED", null, auditDetails(check, result));
        progress.update(fresh.size(), fresh.size(), "Import abgeschlossen.");
        return result;
    }

    private static DuplicateIndex knownIncidents(DSLContext tx, List<Incident> incidents) {
        LocalDateTime from = incidents.stream().map(Incident::occurredAt).min(Comparator.naturalOrder()).orElseThrow();
        LocalDateTime to = incidents.stream().map(Incident::occurredAt).max(Comparator.naturalOrder()).orElseThrow();
        DuplicateIndex index = new DuplicateIndex();
        new IncidentRepository(tx).findBetween(from, to.plusSeconds(1)).forEach(index::add);
        return index;
    }

    private static Map<String, Object> auditDetails(ImportCheck check, ImportResult result) {
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("file", check.fileName());
        details.put("format", result.format());
        details.put("imported", result.imported());
        details.put("duplicatesSkipped", result.duplicatesSkipped());
        details.put("approximate", result.approximate());
        return details;
    }

    private void requireWriteAccess() {
        if (!user.canWriteSituation()) {
            throw new PermissionDeniedException("Vorfälle importieren dürfen nur Vorsitz und Administration. "
                    + "Bitte wenden Sie sich an sie.");
        }
    }

    private static void cancelIfAsked(ImportProgress progress) {
        if (progress.isCancelled()) {
            throw new ImportCancelledException();
        }
    }

    private static boolean looksLikeJson(byte[] content) {
        int i = CsvFormatDetector.startsWithBom(content) ? 3 : 0;
        while (i < content.length && Character.isWhitespace(content[i])) {
            i++;
        }
        return i < content.length && content[i] == '{';
    }

    private static byte[] readFile(Path file) {
        try {
            return Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            throw new UserMessage("Die Datei " + file + " gibt es nicht. Bitte prüfen Sie den Pfad.", e);
        } catch (IOException e) {
            throw new UserMessage("Die Datei " + file + " ist nicht lesbar: " + e.getMessage(), e);
        }
    }
}
