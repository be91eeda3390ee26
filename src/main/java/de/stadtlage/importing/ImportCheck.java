package de.stadtlage.importing;

import de.stadtlage.situation.Incident;
import java.util.List;

/**
 * A file read and validated, not yet imported: what the import dialog previews and what the import stores.
 *
 * @param content the file's format and header, with its first {@link #PREVIEW_ROWS} rows as read
 * @param rows    every row, validated
 * @param errors every bad row (the file's structural errors first); empty when the file can be imported
 */
public record ImportCheck(String fileName, FileContent content, List<ParsedRow> rows, List<RowError> errors) {

    /** How many rows of the file the preview shows. */
    public static final int PREVIEW_ROWS = 50;

    /** How many bad rows a message lists. */
    public static final int MAX_LISTED_ERRORS = 20;

    public boolean isImportable() {
        return errors.isEmpty() && !rows.isEmpty();
    }

    public List<Incident> incidents() {
        return rows.stream().filter(ParsedRow::isValid).map(ParsedRow::incident).toList();
    }

    public long approximateCount() {
        return rows.stream().filter(r -> r.isValid() && r.incident().approximate()).count();
    }

    /** "CSV, UTF-8 mit BOM, Semikolon (;)" or "GeoJSON". */
    public String formatDescription() {
        CsvFormat csv = content.csvFormat();
        return csv == null ? content.formatName()
                : content.formatName() + ", " + csv.encodingName() + ", " + csv.delimiterName();
    }

    /**
     * Why the file was read as Windows-1252, with the line and byte where it stopped being UTF-8; "" for UTF-8
     * and GeoJSON. The preview and the command line show it, so a fallback is never silent.
     */
    public String encodingNotice() {
        return content.csvFormat() == null ? "" : content.csvFormat().encodingNotice();
    }

    /** The German message for a file that cannot be imported, listing up to 20 rows. */
    public String errorReport() {
        return ImportRejectedException.report(fileName, errors);
    }
}
